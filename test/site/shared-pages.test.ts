import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { houseWithPhotos, markdown, minimalHouse, writeHouse } from "../support/house.ts";
import { runCli } from "../support/run-cli.ts";

const SITE = "http://localhost:4321";
const detail = minimalHouse()["assets/detail.yaml"] as Record<string, unknown>;

/**
 * Two things only France may show, in a house of two markets (fr, jp): a story embargoed in
 * Japan until 2099, with its own image, and an image licensed for France alone, on a story
 * published in both. The pages every market shares must show neither.
 */
async function house() {
  const photo = (name: string) =>
    readFile(path.resolve(import.meta.dirname, "../../content/assets", name));
  return houseWithPhotos({
    "assets/france-only.yaml": {
      ...detail,
      file: "france-only.jpg",
      alt: { fr: "Un ruban réservé à la France", en: "A ribbon for France alone" },
      licence: { name: "Agence", usage: ["social", "editorial"], territories: { allow: ["fr"] } },
    },
    "assets/france-only.jpg": await photo("silk-ribbon.jpg"),
    "assets/garden.yaml": {
      ...detail,
      file: "garden.jpg",
      alt: { fr: "Un jardin secret au crépuscule", en: "A secret garden at dusk" },
    },
    "assets/garden.jpg": await photo("green-meadow.jpg"),
    // Published in both markets, the newest of all; its hero may be used in France only.
    "stories/atelier/index.md": markdown(
      {
        title: "L'atelier",
        hero: "france-only",
        gallery: ["detail"],
        embargo: { publishAt: "2026-11-28T10:00" },
      },
      "L'atelier de la rue de Turenne.",
    ),
    "stories/atelier/index.en.md": markdown({ title: "The workshop" }, "The workshop."),
    // Published in France, embargoed in Japan.
    "stories/jardin-secret/index.md": markdown(
      {
        title: "Le jardin secret",
        hero: "garden",
        embargo: { publishAt: "2026-11-25T10:00", markets: { jp: "2099-03-01T10:00" } },
      },
      "Derrière le mur, un jardin.",
    ),
    "stories/jardin-secret/index.en.md": markdown(
      { title: "The secret garden" },
      "Behind the wall, a garden.",
    ),
  });
}

let site: string;
/** Every file of dist/site, by its path from the site root (`/fr/fr/index.html`). */
const files = new Map<string, Buffer>();

beforeAll(async () => {
  const root = await writeHouse(await house());
  const result = await runCli(
    ["build", "--content", ".", "--out", "dist", "--now", "2026-12-01T00:00:00Z"],
    root,
  );
  expect(result.code, result.stderr).toBe(0);
  site = path.join(root, "dist/site");
  for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(`/${path.relative(site, file).split(path.sep).join("/")}`, await readFile(file));
  }
}, 180_000);

function page(urlPath: string): string {
  const bytes = files.get(urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath);
  if (!bytes) throw new Error(`no page at ${urlPath}`);
  return bytes.toString("utf8");
}

const meta = (html: string, key: string) =>
  html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`))?.[1];

/** France's own files: its pages and its kits. Everything else is seen outside France. */
const isFrance = (file: string) => file.startsWith("/fr/") || file.startsWith("/kits/fr/");

describe("pages every market shares", { timeout: 60_000 }, () => {
  it("show nothing of a story embargoed in one market, anywhere outside that market's folder", () => {
    const story = page("/fr/en/stories/jardin-secret/");
    const image = meta(story, "og:image");
    expect(image).toMatch(/^http:\/\/localhost:4321\/_img\/[0-9a-f]+\.jpg$/);
    expect(files.has("/jp/en/stories/jardin-secret/index.html")).toBe(false);
    const secrets = [
      "jardin-secret",
      "Le jardin secret",
      "The secret garden",
      "Un jardin secret au crépuscule",
      "A secret garden at dusk",
      image?.slice(SITE.length) ?? "",
    ];
    for (const [file, bytes] of files) {
      if (isFrance(file)) continue;
      for (const text of secrets) expect(bytes.includes(text), `${text} in ${file}`).toBe(false);
    }
  });

  it("show no image licensed for one market, anywhere outside that market's folder", () => {
    // In France the story leads with the image; in Japan with its gallery image.
    const inFrance = meta(page("/fr/en/stories/atelier/"), "og:image");
    const inJapan = meta(page("/jp/en/stories/atelier/"), "og:image");
    expect(inFrance).toBeDefined();
    expect(inJapan).not.toBe(inFrance);
    const secrets = [
      "Un ruban réservé à la France",
      "A ribbon for France alone",
      inFrance?.slice(SITE.length) ?? "",
    ];
    // The image's own renders for France's pages (every width and format).
    for (const url of page("/fr/en/stories/atelier/").match(/\/_img\/[0-9a-f]+\.\w+/g) ?? []) {
      if (!page("/jp/en/stories/atelier/").includes(url)) secrets.push(url);
    }
    expect(secrets.length).toBeGreaterThan(3);
    for (const [file, bytes] of files) {
      if (isFrance(file)) continue;
      for (const text of secrets) expect(bytes.includes(text), `${text} in ${file}`).toBe(false);
    }
  });

  it("give the market chooser the newest image every market and audience may show", () => {
    const chooser = page("/");
    // The workshop story is published in both markets; of its images only the gallery's may
    // be used in both, as Japan's page of the story shows.
    const image = meta(page("/jp/en/stories/atelier/"), "og:image");
    expect(meta(chooser, "og:image")).toBe(image);
    expect(meta(chooser, "twitter:image")).toBe(image);
    // The chooser speaks English; the image has alt text in French only, the brand's locale.
    expect(meta(chooser, "og:image:alt")).toBe("Une couture sellier");
    expect(meta(page("/404.html"), "og:image")).toBeUndefined();
  });

  it("list each market's pages in that market's own sitemap only", () => {
    const index = page("/sitemap.xml");
    expect(index).toContain(`<loc>${SITE}/fr/sitemap.xml</loc>`);
    expect(index).toContain(`<loc>${SITE}/jp/sitemap.xml</loc>`);
    expect(page("/fr/sitemap.xml")).toContain(`${SITE}/fr/en/stories/jardin-secret/`);
    expect(page("/jp/sitemap.xml")).toContain(`${SITE}/jp/en/stories/atelier/`);
    expect(page("/sitemap-shared.xml")).toContain(`<loc>${SITE}/</loc>`);
  });
});
