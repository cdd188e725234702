import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { runCli } from "../support/run-cli.ts";
import { imageObjects, images, type ReadImageObject } from "./structured-data.ts";

/**
 * The sample house built for real, then every page that shows an image read back with a
 * JSON-LD processor: each image carries its licence data, and the values are the ones the
 * house wrote in the image's sidecar (content/assets/<id>.yaml), read here from the YAML.
 */
const repo = path.resolve(import.meta.dirname, "../..");
const SITE = "https://press.maison-aurele.example";
const SCHEMA = "http://schema.org/";

interface Sidecar {
  alt: Record<string, string>;
  credit: { creator: string; year?: number };
  licence: { name: string; url?: string };
}

const sidecars = new Map<string, Sidecar>();
/** Every HTML page of dist/site, by URL. */
const pages = new Map<string, string>();
/** Which asset each published kit file shows, from the manifest: `/files/<hash>.jpg` → asset. */
const fileAssets = new Map<string, string>();

beforeAll(async () => {
  const assets = path.join(repo, "content/assets");
  for (const name of await readdir(assets)) {
    if (!name.endsWith(".yaml")) continue;
    sidecars.set(
      name.slice(0, -".yaml".length),
      parseYaml(await readFile(path.join(assets, name), "utf8")) as Sidecar,
    );
  }
  const work = await mkdtemp(path.join(tmpdir(), "relais-licences-"));
  const out = path.join(work, "dist");
  await writeFile(
    path.join(work, "relais.config.ts"),
    `export default ${JSON.stringify({
      content: path.join(repo, "content"),
      out,
      cache: path.join(work, "cache"),
      site: { url: SITE },
    })};\n`,
  );
  process.env.RELAIS_KIT_SECRET = "kit-secret-for-the-licence-data-test";
  const result = await runCli(["build", "--now", "2026-12-01T00:00:00Z"], work);
  delete process.env.RELAIS_KIT_SECRET;
  expect(result.code, result.stderr).toBe(0);
  const manifest = JSON.parse(await readFile(path.join(out, "manifest.json"), "utf8")) as {
    kits: { files: { path: string; asset?: string }[] }[];
    moments?: { files: { path: string; asset?: string }[] }[];
  };
  for (const kit of [...manifest.kits, ...(manifest.moments ?? [])])
    for (const file of kit.files) if (file.asset) fileAssets.set(`/${file.path}`, file.asset);
  const site = path.join(out, "site");
  for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const file = path.join(entry.parentPath, entry.name);
    // Kit files published under files/ (a story's WeChat or Naver article) are downloads to
    // paste from, not pages of the site: their images are the kit's own files, beside them.
    if (path.relative(site, file).startsWith(`files${path.sep}`)) continue;
    // So are an article's copies on the web (`…/wechat-article/`), made to be selected and
    // pasted, and the press previews, kept out of every search engine (`noimageindex`): the
    // licence data is for pages a search engine may show images of.
    const relative = path.relative(site, file).split(path.sep).join("/");
    if (/\/(wechat|naver)-article\/index\.html$/.test(relative)) continue;
    if (/^[a-z]{2}\/preview\//.test(relative)) continue;
    const url = `/${path.relative(site, file).split(path.sep).join("/")}`.replace(
      /index\.html$/,
      "",
    );
    pages.set(url, await readFile(file, "utf8"));
  }
}, 600_000);

/** The asset an `<img>` shows: a kit file by the manifest, a site picture by its alt text. */
function assetOf(src: string, alt: string): string {
  const byFile = fileAssets.get(src);
  if (byFile) return byFile;
  const byAlt = [...sidecars].filter(([, sidecar]) => Object.values(sidecar.alt).includes(alt));
  if (byAlt.length !== 1) throw new Error(`no single asset has the alt text "${alt}" (${src})`);
  return byAlt[0]?.[0] ?? "";
}

/** What a page shows a reader: its HTML without the structured data itself. */
const visible = (html: string) =>
  html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, "");
const isUnlisted = (html: string) => html.includes('<meta name="robots" content="noindex');

describe("the images' licence data (schema.org ImageObject)", { timeout: 120_000 }, () => {
  it("is on every page that shows an image, for each image, with the sidecar's credit and licence", async () => {
    let checked = 0;
    const pagesWithImages = new Set<string>();
    for (const [url, html] of pages) {
      const shown = images(html);
      const objects = await imageObjects(html);
      if (shown.length === 0) {
        expect(objects, url).toEqual([]);
        continue;
      }
      pagesWithImages.add(url);
      const bySrc = new Map(objects.map((o) => [o.contentUrl, o]));
      // One object per distinct file shown: none for an image the page does not show.
      expect(bySrc.size, url).toBe(objects.length);
      expect(new Set(shown.map((img) => new URL(img.src, SITE).href)), url).toEqual(
        new Set(bySrc.keys()),
      );
      for (const img of shown) {
        const object = bySrc.get(new URL(img.src, SITE).href) as ReadImageObject;
        const asset = assetOf(img.src, img.alt);
        const sidecar = sidecars.get(asset) as Sidecar;
        const { creator, year } = sidecar.credit;
        const credit = `© ${creator}${year === undefined ? "" : ` ${year}`}`;
        const where = `${url} ${img.src} (${asset})`;
        expect(object.license, where).toBe(sidecar.licence.url);
        expect(object.creditText, where).toBe(credit);
        expect(object.copyrightNotice, where).toBe(credit);
        expect(object.creator, where).toEqual({ types: [`${SCHEMA}Person`], name: creator });
        if (img.alt) expect(object.caption, where).toBe(img.alt);
        // The page behind acquireLicensePage is on the site and states the credit and licence;
        // a public page never names an unlisted one.
        const licencePage = object.acquireLicensePage ?? "";
        expect(licencePage.startsWith(`${SITE}/`), where).toBe(true);
        const terms = pages.get(licencePage.slice(SITE.length));
        expect(terms, `${where}: ${licencePage}`).toBeDefined();
        expect(visible(terms ?? ""), where).toContain(creator);
        expect(visible(terms ?? ""), where).toContain(sidecar.licence.name);
        if (!isUnlisted(html)) expect(isUnlisted(terms ?? ""), where).toBe(false);
        checked += 1;
      }
    }
    // Market homes, stories, capsules, kit lists, kits and press originals, in every locale.
    expect(checked).toBeGreaterThan(1_000);
    for (const kind of [/^\/fr\/fr\/$/, /\/stories\//, /\/capsules\//, /\/kit\/press\/fr\/$/]) {
      expect(
        [...pagesWithImages].some((url) => kind.test(url)),
        String(kind),
      ).toBe(true);
    }
  });

  it("gives each press original's page, in every locale, its image with that page to license it", async () => {
    const originals = [...pages.keys()].filter((url) =>
      /\/image-[a-z0-9-]+\/[a-z-]+\/$/i.test(url),
    );
    expect(originals.length).toBeGreaterThan(20);
    const locales = new Set(originals.map((url) => url.split("/").at(-2)));
    expect([...locales]).toEqual(expect.arrayContaining(["fr", "en", "ar", "ja", "zh-Hans"]));
    for (const url of originals) {
      const objects = await imageObjects(pages.get(url) ?? "");
      expect(objects, url).toHaveLength(1);
      expect(objects[0]?.acquireLicensePage, url).toBe(`${SITE}${url}`);
    }
  });
});
