import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "parse5";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuildReport } from "../../src/report/build-report.ts";
import { runCli } from "../support/run-cli.ts";

/**
 * The sample house, whose Aurèle Nuit (embargoed until 2099) has a press preview in every market
 * it targets. Built before the embargo, every byte of the output but the previews' own folders
 * is searched for anything of it; built after, the preview's address leads to the public kit.
 */
const repo = path.resolve(import.meta.dirname, "../..");
const KIT_SECRET = "kit-secret-7f3a9c2e4b1d8f6a0c5e9b2d4f7a1c3e";
const PRODUCTS = [
  "carre-ruban-de-nuit",
  "etole-tourbillon",
  "bague-couronne-d-eau",
  "minaudiere-poisson-d-or",
];
let work: string;
let before: string;
let report: BuildReport;

async function build(now: string, out: string) {
  process.env.RELAIS_KIT_SECRET = KIT_SECRET;
  try {
    const result = await runCli(["build", "--now", now, "--out", out], work);
    expect(result.code, result.stderr).toBe(0);
  } finally {
    delete process.env.RELAIS_KIT_SECRET;
  }
}

async function everyFile(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** What of the launch must not be anywhere public: slugs, titles, SKUs, image names. */
async function needles(): Promise<string[]> {
  const found = ["aurele-nuit", "AureleNuit", "EMBARGO-", "/preview/", ...PRODUCTS];
  const folders = [
    "content/capsules/aurele-nuit",
    ...PRODUCTS.map((slug) => `content/products/${slug}`),
  ];
  for (const folder of folders) {
    for (const file of await readdir(path.join(repo, folder))) {
      const text = await readFile(path.join(repo, folder, file), "utf8");
      for (const field of ["title", "name", "sku"]) {
        const value = new RegExp(`^${field}:\\s*(.+)$`, "m").exec(text)?.[1];
        if (value) found.push(value.replace(/^["']|["']$/g, ""));
      }
    }
  }
  return found;
}

/** The images of the launch and its products that no other entry of the sample shows. */
async function exclusiveAssets(): Promise<string[]> {
  const family = ["capsules/aurele-nuit", ...PRODUCTS.map((slug) => `products/${slug}`)];
  const listed = (text: string) => [...text.matchAll(/^\s+- ([a-z0-9-]+)$/gm)].map((m) => m[1]);
  const own = new Set<string>();
  const others = new Set<string>();
  for (const kind of ["stories", "capsules", "products"]) {
    for (const slug of await readdir(path.join(repo, "content", kind))) {
      const text = await readFile(path.join(repo, "content", kind, slug, "index.md"), "utf8");
      for (const id of listed(text))
        if (id) (family.includes(`${kind}/${slug}`) ? own : others).add(id);
    }
  }
  const assets = new Set(
    (await readdir(path.join(repo, "content/assets"))).map((f) => f.replace(/\.[a-z]+$/, "")),
  );
  return [...own].filter((id) => assets.has(id) && !others.has(id));
}

/** Every file of dist/ the public may reach or read: not the report, not a preview's folder. */
async function publicFiles(dist: string, previewFolders: readonly string[]): Promise<string[]> {
  const all = [
    ...(await everyFile(path.join(dist, "site"))),
    ...(await everyFile(path.join(dist, "files"))),
    path.join(dist, "manifest.json"),
  ];
  return all.filter((file) => !previewFolders.some((folder) => file.startsWith(folder)));
}

async function leaks(dist: string, previewFolders: readonly string[], patterns: string[]) {
  const found: string[] = [];
  for (const file of await publicFiles(dist, previewFolders)) {
    const bytes = await readFile(file);
    for (const needle of patterns)
      if (bytes.includes(Buffer.from(needle, "utf8")))
        found.push(`${needle} in ${path.relative(dist, file)}`);
  }
  return found;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "relais-preview-"));
  before = path.join(work, "dist");
  const content = path.join(work, "content");
  await cp(path.join(repo, "content"), content, { recursive: true });
  const capsule = await readFile(path.join(content, "capsules/aurele-nuit/index.md"), "utf8");
  expect(capsule).toContain('publishAt: "2099-03-01T10:00"\n  pressPreview: true');
  await writeFile(
    path.join(work, "relais.config.ts"),
    `export default ${JSON.stringify({ content, out: before, cache: path.join(work, "cache") })};\n`,
  );
  await build("2026-12-01T00:00:00Z", before);
  report = JSON.parse(await readFile(path.join(before, "report.json"), "utf8"));
}, 600_000);

describe("a press preview before the embargo", { timeout: 300_000 }, () => {
  const folderOf = (url: string) =>
    path.join(before, "site", new URL(url).pathname.replace(/^\//, ""));

  it("is named in the report, one unlisted address per market", () => {
    const previews = report.pressPreviews ?? [];
    expect(previews.map((p) => p.market).sort()).toEqual(["ae", "cn", "fr", "jp", "kr", "us"]);
    for (const p of previews) {
      expect(p.state).toBe("open");
      expect(new URL(p.url).pathname).toMatch(/^\/[a-z]{2}\/preview\/[0-9a-f]{32}\/$/);
      expect(p.url).not.toContain("aurele");
    }
  });

  it("states the embargo first in the README and on every page, in its language", async () => {
    const fr = (report.pressPreviews ?? []).find((p) => p.market === "fr");
    const folder = folderOf(fr?.url ?? "");
    const readme = await readFile(
      path.join(folder, "EMBARGO-2099-03-01T1000-Europe-Paris_README.txt"),
      "utf8",
    );
    expect(readme.split("\n")[0]).toMatch(/^Embargo : 1 mars 2099 à 10:00 .*\(Europe\/Paris\)$/);
    for (const file of await everyFile(folder)) {
      const name = path.basename(file);
      if (name === "index.html") {
        const html = await readFile(file, "utf8");
        const doc = parse(html);
        const text = JSON.stringify(doc, (key, value) =>
          key === "parentNode" ? undefined : value,
        );
        expect(text).toContain("2099");
        expect(html).toContain('content="noindex, nofollow, noarchive, noimageindex"');
      } else {
        expect(name.startsWith("EMBARGO-2099-03-01T1000-Europe-Paris_"), name).toBe(true);
      }
    }
  });

  it("leaves nothing of the launch anywhere else in the output", async () => {
    const previews = report.pressPreviews ?? [];
    const folders = previews.map((p) => folderOf(p.url));
    const tokens = previews.map((p) => new URL(p.url).pathname.split("/")[3] ?? "∅");
    // The preview's image files, by name and, for the images only the launch shows, by the hash
    // of their bytes (the name they would have in the public files/ folder). silk-ribbon is also
    // le-jardin-de-soie's: its renders are public, byte for byte, whatever the preview does.
    const exclusive = await exclusiveAssets();
    expect(exclusive.sort()).toEqual(["goldfish", "silk-swirl", "water-crown"]);
    const images: string[] = [];
    for (const folder of folders)
      for (const file of await everyFile(folder))
        if (/\.(jpe?g|png|webp|avif)$/.test(file)) {
          images.push(path.basename(file));
          if (exclusive.some((asset) => path.basename(file).includes(asset)))
            images.push(
              createHash("sha256")
                .update(await readFile(file))
                .digest("hex")
                .slice(0, 32),
            );
        }
    expect(images.length).toBeGreaterThan(10);
    const patterns = [...(await needles()), ...tokens, ...images];
    expect(await leaks(before, folders, patterns)).toEqual([]);
    // The same scan finds a preview linked from a public page: it can see a leak.
    const home = path.join(before, "site/fr/fr/index.html");
    const original = await readFile(home, "utf8");
    await writeFile(
      home,
      original.replace("</main>", `<a href="${previews[0]?.url}">x</a></main>`),
    );
    try {
      expect((await leaks(before, folders, patterns)).length).toBeGreaterThan(0);
    } finally {
      await writeFile(home, original);
    }
  });
});

describe("a press preview after the embargo", { timeout: 600_000 }, () => {
  it("sends its address on to the public press kit", async () => {
    const after = path.join(work, "dist-2100");
    await build("2100-01-01T00:00:00Z", after);
    const later: BuildReport = JSON.parse(await readFile(path.join(after, "report.json"), "utf8"));
    const fr = (later.pressPreviews ?? []).find((p) => p.market === "fr");
    expect(fr?.state).toBe("lifted");
    // The same address as before the embargo.
    expect(fr?.url).toBe((report.pressPreviews ?? []).find((p) => p.market === "fr")?.url);
    const page = await readFile(
      path.join(after, "site", new URL(fr?.url ?? "").pathname, "index.html"),
      "utf8",
    );
    const refresh = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(page)?.[1];
    expect(refresh).toBe("/fr/kit/press/capsule-aurele-nuit/");
    expect(page).toContain(
      'rel="canonical" href="http://localhost:4321/fr/kit/press/capsule-aurele-nuit/"',
    );
    await readFile(path.join(after, "site/fr/kit/press/capsule-aurele-nuit/index.html"));
  });
});
