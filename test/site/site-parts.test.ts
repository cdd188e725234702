import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/build-site.ts";
import { assembleSiteData, recordsOf } from "../../src/site/data/collections.ts";
import { siteDataSchema } from "../../src/site/data/site-data-schema.ts";
import { formatBytes, uiStrings } from "../../src/site/lib/i18n.ts";
import { markdownToText, renderMarkdown, truncateText } from "../../src/site/lib/markdown.ts";
import { neutralShell } from "../../src/site/lib/page-shell.ts";
import { pictureOf } from "../../src/site/lib/pictures.ts";
import { alternates, listedPages, paths } from "../../src/site/lib/site-pages.ts";
import { sitemapIndexXml, sitemapXml } from "../../src/site/lib/sitemap.ts";
import { escapeXml } from "../../src/site/lib/xml.ts";
import { fixtureSiteData, MALICIOUS_BODY, UNLISTED_TOKEN, writeFixture } from "./fixture.ts";

describe("renderMarkdown", () => {
  it("drops raw HTML and unsafe links, keeping their text", () => {
    const html = renderMarkdown(MALICIOUS_BODY);
    expect(html).not.toMatch(
      /<script|<img|<iframe|<div|onerror|onclick|javascript:|vbscript:|data:/i,
    );
    expect(html).toContain("<p>Voir le lien, celui-ci et ce dernier.</p>");
    expect(html).toContain('<a href="https://example.org/histoire">vrai lien</a>');
    expect(html).toContain("<p>photo</p>");
  });

  it.each([
    ["[x](javascript:alert(1))", "<p>x</p>"],
    ["[x](JaVaScRiPt:alert(1))", "<p>x</p>"],
    ["[x](  javascript:alert(1) )", "<p>x</p>"],
    ["[x](&#106;avascript:alert(1))", "<p>x</p>"],
    ["<javascript:alert(1)>", "<p>javascript:alert(1)</p>"],
    ["[x][r]\n\n[r]: data:text/html,<script>alert(1)</script>", "<p>x</p>"],
    [
      '[x](https://a.example/?q="><script>)',
      '<p><a href="https://a.example/?q=%22%3E%3Cscript%3E">x</a></p>',
    ],
    ["[x](mailto:press@example.com)", '<p><a href="mailto:press@example.com">x</a></p>'],
    ["[x](/fr/fr/)", '<p><a href="/fr/fr/">x</a></p>'],
    ["<b onmouseover=alert(1)>gras</b>", "<p>gras</p>"],
    ["# Titre", "<h2>Titre</h2>"],
  ])("renders %j safely", (markdown, expected) => {
    expect(renderMarkdown(markdown)).toBe(expected);
  });

  it("gives plain text for descriptions, cut on a character boundary", () => {
    expect(markdownToText("## Un *titre*\n\nDu `code` et <b>rien</b> d’autre.")).toBe(
      "Un titre Du code et rien d’autre.",
    );
    expect(truncateText("👩‍👩‍👧 famille", 3, "fr")).toBe("👩‍👩‍👧…");
    expect(truncateText("court", 10, "fr")).toBe("court");
  });
});

describe("site parts", () => {
  it("escapes XML and removes characters XML cannot carry", () => {
    expect(escapeXml(`a & b < c > d " e ' f\u0000\u0008g\uFFFF`)).toBe(
      "a &amp; b &lt; c &gt; d &quot; e &apos; fg",
    );
  });

  it("writes file sizes the locale's way", () => {
    expect(formatBytes(4_218_880, "en")).toBe("4.2 MB");
    expect(formatBytes(4_218_880, "fr")).toBe("4,2\u202fMo");
    expect(formatBytes(999_960, "en")).toBe("1 MB");
    expect(formatBytes(512, "en")).toBe("512 byte");
  });

  it("falls back from a locale to its language, then to English", () => {
    expect(uiStrings("zh-Hans-CN").pressKit).toBe("媒体资料包");
    expect(uiStrings("zh-TW").pressKit).toBe("媒體資料包");
    expect(uiStrings("fr-CA").pressKit).toBe("Kit presse");
    expect(uiStrings("de").pressKit).toBe("Press kit");
  });

  it("orders a picture's sources AVIF, WebP, then JPEG on the img", () => {
    const image = fixtureSiteData().markets[0]?.entries[0]?.images[0];
    if (!image) throw new Error("fixture has an image");
    const picture = pictureOf({ ...image, sources: [...image.sources].reverse() });
    expect(picture.sources.map((s) => s.type)).toEqual(["image/avif", "image/webp"]);
    expect(picture.srcset).toBe(
      "/_img/silk-swirl-480.jpg 480w, /_img/silk-swirl-960.jpg 960w, /_img/silk-swirl-1600.jpg 1600w",
    );
    expect(picture.src).toBe("/_img/silk-swirl-960.jpg");
    expect([picture.width, picture.height]).toEqual([1600, 1200]);
  });

  it("never lists an unlisted kit, nor lets it point at another market's", () => {
    const data = fixtureSiteData();
    expect(JSON.stringify(listedPages(data))).not.toContain(UNLISTED_TOKEN);
    const ae = data.markets[0];
    const unlisted = ae?.kits.find((kit) => !kit.listed);
    if (!unlisted) throw new Error("fixture has an unlisted kit");
    expect(
      alternates(data, { kind: "kit", market: "ae", kit: unlisted }).map((a) => a.href),
    ).toEqual([
      `https://press.example.com${paths.kit(unlisted, "ar")}`,
      `https://press.example.com${paths.kit(unlisted, "en")}`,
    ]);
  });

  it("shows no image on shared pages when no image may be shown in every market", () => {
    const data = fixtureSiteData();
    expect(neutralShell(data, { kind: "chooser" }).og.image).toEqual({
      url: "https://press.example.com/_img/wood-grain-og.jpg",
      alt: "A worn wooden workbench",
    });
    delete data.sharedImage;
    // The markets still have images; none of them is taken for a page they all share.
    expect(data.markets[0]?.entries[0]?.images.length).toBeGreaterThan(0);
    for (const kind of ["chooser", "not-found"] as const) {
      expect(neutralShell(data, { kind }).og.image, kind).toBeUndefined();
    }
  });

  it("keeps the shared image through Astro's content collections", () => {
    const data = fixtureSiteData();
    const collections = {
      site: recordsOf(data, "site").map(([, record]) => record),
      markets: recordsOf(data, "markets").map(([, record]) => record),
      entries: recordsOf(data, "entries").map(([, record]) => record),
      kits: recordsOf(data, "kits").map(([, record]) => record),
      ambassadors: recordsOf(data, "ambassadors").map(([, record]) => record),
    };
    expect(assembleSiteData(collections)).toEqual(data);
    delete data.sharedImage;
    expect(
      assembleSiteData({ ...collections, site: recordsOf(data, "site").map(([, r]) => r) }),
    ).toEqual(data);
  });

  it("lists an entry of one market only in that market's sitemap, never in a shared one", () => {
    const data = fixtureSiteData();
    const [ae, jp] = data.markets;
    if (!ae || !jp) throw new Error("fixture has two markets");
    // The capsule is still embargoed in Japan: only ae has it.
    jp.entries = jp.entries.filter((entry) => entry.type !== "capsule");
    for (const kit of jp.kits)
      kit.launches = kit.launches.filter((l) => l.launch.type !== "capsule");
    expect(sitemapXml(data, ae)).toContain("/ae/ar/capsules/aurele-nuit/");
    for (const shared of [sitemapXml(data), sitemapXml(data, jp), sitemapIndexXml(data)]) {
      expect(shared).not.toContain("aurele-nuit");
    }
  });

  it("accepts the fixture and refuses data that would make unsafe URLs", () => {
    expect(siteDataSchema.safeParse(fixtureSiteData()).success).toBe(true);
    const bad = fixtureSiteData();
    const market = bad.markets[0];
    const image = market?.entries[0]?.images[0];
    if (!market || !image) throw new Error("fixture has an image");
    image.og = "javascript:alert(1)";
    market.entries[0] = { ...market.entries[0], slug: "../../etc" } as (typeof market.entries)[0];
    const issues = siteDataSchema.safeParse(bad).error?.issues.map((i) => i.path.join("."));
    expect(issues).toEqual(
      expect.arrayContaining(["markets.0.entries.0.slug", "markets.0.entries.0.images.0.og"]),
    );
  });
});

describe("buildSite failures", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "relais-site-fail-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("names the bad fields of invalid data before Astro starts", async () => {
    const file = path.join(dir, "bad.json");
    await writeFile(
      file,
      JSON.stringify({ ...fixtureSiteData(), schemaVersion: 2, site: "ftp://x" }),
    );
    const build = buildSite({ dataFile: file, outDir: path.join(dir, "out"), root: dir });
    await expect(build).rejects.toThrow(
      /does not match SiteData:\n {2}schemaVersion: .*\n {2}site: /,
    );
  });

  it("throws when Astro fails, and leaves the environment as it was", async () => {
    const dataFile = await writeFixture(dir, fixtureSiteData());
    const before = { ...process.env };
    // No astro.config.mjs in this root: Astro refuses to start.
    const build = buildSite({ dataFile, outDir: path.join(dir, "out"), root: dir });
    await expect(build).rejects.toThrow(/\[relais\] \[site\] The site build failed/);
    expect(process.env).toEqual(before);
  });
});
