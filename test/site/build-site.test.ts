import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/build-site.ts";
import { fixtureSiteData, UNLISTED_TOKEN, writeFixture } from "./fixture.ts";
import { findAll, parseXml } from "./xml.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SITE = "https://press.example.com";

let dir: string;
let out: string;
/** Every file of the built site, by its path from the site root (`/ae/ar/index.html`). */
const files = new Map<string, string>();

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "relais-site-test-"));
  out = path.join(dir, "site");
  const dataFile = await writeFixture(dir, fixtureSiteData());
  await buildSite({ dataFile, outDir: out, root: ROOT });
  for (const entry of await readdir(out, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(
      `/${path.relative(out, file).split(path.sep).join("/")}`,
      await readFile(file, "utf8"),
    );
  }
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function page(urlPath: string): string {
  const html = files.get(urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath);
  if (html === undefined)
    throw new Error(`no page at ${urlPath}; built: ${[...files.keys()].join(", ")}`);
  return html;
}

const htmlPages = () => [...files].filter(([file]) => file.endsWith(".html"));
const feeds = () => [...files].filter(([file]) => /\/(rss\.xml|atom\.xml|feed\.json)$/.test(file));
const tags = (html: string, name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, "g")) ?? [];
const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

describe("buildSite", () => {
  it("builds every page of the URL scheme", () => {
    for (const urlPath of [
      "/",
      "/404.html",
      "/ae/ar/",
      "/ae/en/",
      "/jp/ja/",
      "/jp/en/",
      "/ae/ar/stories/la-maison-1854/",
      "/jp/ja/capsules/aurele-nuit/",
      "/ae/kit/public/ar/",
      "/ae/kit/public/",
      `/ae/kit/${UNLISTED_TOKEN}/en/`,
      `/ae/kit/${UNLISTED_TOKEN}/capsule-aurele-nuit/ar/`,
      "/ae/kit/public/capsule-aurele-nuit/",
      "/jp/kit/public/capsule-aurele-nuit/ja/",
      "/jp/ja/rss.xml",
      "/jp/ja/atom.xml",
      "/jp/ja/feed.json",
      "/sitemap.xml",
      "/sitemap-shared.xml",
      "/ae/sitemap.xml",
      "/jp/sitemap.xml",
      "/robots.txt",
    ]) {
      expect(() => page(urlPath), urlPath).not.toThrow();
    }
  });

  it("ships no JavaScript but the kit pages' archive button: no other script, no event handler", () => {
    const kitPage = /^\/[a-z]{2}\/kit\/[^/]+\/[a-z]+-[a-z0-9-]+\/[a-z]{2}\/index\.html$/;
    const scripts = new Set<string>();
    for (const [file, html] of htmlPages()) {
      // JSON-LD (the images' licence data) is data that no browser runs: every other script counts.
      const found = [...html.matchAll(/<script\b[^>]*>/gi)]
        .map((m) => m[0])
        .filter((tag) => !/\stype="application\/ld\+json"/.test(tag));
      expect(found.length, file).toBe(kitPage.test(file) ? 1 : 0);
      for (const tag of found) scripts.add(/ src="([^"]+)"/.exec(tag)?.[1] ?? "inline");
      expect(html, file).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
    }
    const js = [...files.keys()].filter((file) => /\.m?js$/.test(file));
    expect(js).toHaveLength(1);
    expect([...scripts]).toEqual(js);
  });

  it("renders a Markdown body without its raw HTML or unsafe links", () => {
    for (const urlPath of ["/ae/ar/stories/la-maison-1854/", "/jp/en/stories/la-maison-1854/"]) {
      const html = page(urlPath);
      expect(html).not.toMatch(/onerror/i);
      expect(html).not.toMatch(/javascript:/i);
      expect(html).not.toMatch(/vbscript:/i);
      expect(html).not.toMatch(/data:text/i);
      expect(html).not.toMatch(/<iframe/i);
      expect(html).not.toMatch(/onclick/i);
      expect(html).not.toContain('href=""');
      // What is safe stays: the heading, the text of the dropped links, a real link, emphasis.
      expect(html).toContain("<h2>L’atelier</h2>");
      expect(html).toContain("Voir le lien, celui-ci et ce dernier.");
      expect(html).toContain('<a href="https://example.org/histoire">vrai lien</a>');
      expect(html).toContain("<em>l’emphase</em>");
    }
    for (const [file, body] of feeds()) {
      expect(body, file).not.toMatch(/javascript:|onerror|<iframe|&lt;iframe/i);
    }
  });

  it("shows an image the body places where it stands, and not again in the gallery", () => {
    const html = page("/jp/en/stories/la-maison-1854/");
    const placed = html.indexOf('<picture class="inline"');
    expect(placed).toBeGreaterThan(html.indexOf("<em>l’emphase</em>"));
    expect(placed).toBeLessThan(html.lastIndexOf("After the silk."));
    expect(html.slice(placed, html.indexOf("</picture>", placed))).toContain(
      'alt="A swirl of silk"',
    );
    expect(html).not.toContain('id="gallery-title"');
    // The Japanese text places no image: the story's second image is in its gallery.
    expect(page("/jp/ja/stories/la-maison-1854/")).toContain('id="gallery-title"');
  });

  it("writes Arabic pages right to left and the others left to right", () => {
    for (const [file, html] of htmlPages()) {
      const root = tags(html, "html")[0] ?? "";
      // A kit's language chooser (`/ae/kit/<segment>/`) speaks its market's first language.
      if (/^\/ae\/(ar\/|kit\/(?!.*\/en\/).*index\.html$)/.test(file)) {
        expect(attribute(root, "lang"), file).toBe("ar");
        expect(attribute(root, "dir"), file).toBe("rtl");
      } else if (file.startsWith("/jp/ja/")) {
        expect(attribute(root, "lang"), file).toBe("ja");
        expect(attribute(root, "dir"), file).toBe("ltr");
      } else {
        expect(attribute(root, "dir"), file).toBe("ltr");
      }
    }
  });

  it("marks text shown in a fallback language", () => {
    const html = page("/ae/ar/capsules/aurele-nuit/");
    expect(html).toMatch(/<h1 lang="en" dir="ltr">Aurèle Nuit<\/h1>/);
    expect(html).toContain("معروض باللغة الإنجليزية");
    expect(page("/jp/ja/capsules/aurele-nuit/")).not.toContain('class="fallback-note"');
  });

  it("gives every page an absolute canonical URL, and hreflang alternates with x-default", () => {
    for (const [file, html] of htmlPages()) {
      if (file === "/404.html") continue;
      const canonical = tags(html, "link").find((tag) => tag.includes('rel="canonical"'));
      const expected = `${SITE}${file.replace(/index\.html$/, "")}`;
      expect(canonical && attribute(canonical, "href"), file).toBe(expected);
    }
    const alternates = (html: string) =>
      Object.fromEntries(
        tags(html, "link")
          .filter((tag) => tag.includes('rel="alternate"') && tag.includes("hreflang="))
          .map((tag) => [attribute(tag, "hreflang"), attribute(tag, "href")]),
      );
    const story = alternates(page("/jp/ja/stories/la-maison-1854/"));
    expect(story).toEqual({
      "ar-AE": `${SITE}/ae/ar/stories/la-maison-1854/`,
      "en-AE": `${SITE}/ae/en/stories/la-maison-1854/`,
      "ja-JP": `${SITE}/jp/ja/stories/la-maison-1854/`,
      "en-JP": `${SITE}/jp/en/stories/la-maison-1854/`,
      "x-default": `${SITE}/`,
    });
    expect(Object.keys(alternates(page("/ae/en/")))).toEqual([
      "ar-AE",
      "en-AE",
      "ja-JP",
      "en-JP",
      "x-default",
    ]);
    expect(alternates(page("/jp/ja/")).ja_JP).toBeUndefined();
  });

  it("describes each entry page for sharing with its first image", () => {
    const html = page("/ae/ar/stories/la-maison-1854/");
    expect(html).toContain(`<meta property="og:image" content="${SITE}/_img/wood-grain-og.jpg">`);
    expect(html).toContain(`<meta name="twitter:image" content="${SITE}/_img/wood-grain-og.jpg">`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toContain('<meta property="og:locale" content="ar_AE">');
    expect(html).toMatch(/<title>١٨٥٤، ورشة شارع تورين — Maison Aurèle<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]+">/);
  });

  it("keeps the unlisted kit out of search engines, the sitemap, the feeds and every other page", () => {
    const kitPages = htmlPages().filter(([file]) => file.startsWith(`/ae/kit/${UNLISTED_TOKEN}/`));
    expect(kitPages.map(([file]) => file).sort()).toEqual([
      `/ae/kit/${UNLISTED_TOKEN}/ar/index.html`,
      `/ae/kit/${UNLISTED_TOKEN}/capsule-aurele-nuit/ar/index.html`,
      `/ae/kit/${UNLISTED_TOKEN}/capsule-aurele-nuit/en/index.html`,
      `/ae/kit/${UNLISTED_TOKEN}/capsule-aurele-nuit/index.html`,
      `/ae/kit/${UNLISTED_TOKEN}/en/index.html`,
      `/ae/kit/${UNLISTED_TOKEN}/index.html`,
    ]);
    for (const [file, html] of kitPages) {
      expect(html, file).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(html, file).toContain('<meta name="referrer" content="no-referrer">');
    }
    for (const [file, body] of files) {
      if (file.startsWith(`/ae/kit/${UNLISTED_TOKEN}/`)) continue;
      expect(body, file).not.toContain(UNLISTED_TOKEN);
      expect(body, file).not.toContain("Ambassadeurs");
    }
    for (const urlPath of ["/ae/kit/public/ar/", "/ae/ar/"]) {
      expect(page(urlPath)).not.toContain('name="robots"');
    }
  });

  it("lists an audience's kits, one card per launch, with its size", () => {
    const html = page(`/ae/kit/${UNLISTED_TOKEN}/en/`);
    expect(html).toContain(`href="/ae/kit/${UNLISTED_TOKEN}/capsule-aurele-nuit/en/"`);
    expect(html).toContain("5 files · 4.2 MB");
    // Sizes and counts are written the page locale's way.
    expect(page("/jp/kit/public/ja/")).toContain("3ファイル・4.2 MB");
  });

  it("shows a kit per placement: each image as the file itself with its download, the caption and hashtags as text", () => {
    const html = page(`/ae/kit/${UNLISTED_TOKEN}/capsule-aurele-nuit/en/`);
    expect(html).toContain('id="placement-snapchat-story"');
    // The image shown is the file itself (a long press saves it); the link below downloads it.
    expect(html).toMatch(
      /<img src="\/files\/snapchatstoryaurelenuit01silkswi\.jpg" width="1080" height="1350" alt="A swirl of silk" loading="lazy">\s*<figcaption><a href="\/files\/snapchatstoryaurelenuit01silkswi\.jpg" download="aurele-nuit-01-silk-swirl\.jpg" data-kit-file="snapchat\/story\/aurele-nuit-01-silk-swirl\.jpg">Download \(412 kB\)<\/a>/,
    );
    // The caption is the kit's Arabic, marked as such on an English page, ready to select whole.
    expect(html).toContain('<p class="caption-text" lang="ar" dir="rtl">أوريل نوي\nحرير لليل.');
    expect(html).toContain("#أوريل_نوي #MaisonAurele");
    expect(html).toContain("Download the whole kit (4.2 MB)");
    expect(html).toContain('data-kit-archive="maison-aurele_aurele-nuit_ae_ambassadeurs"');
    // Narrower widths a placement wants are offered beside the image.
    const line = page("/jp/kit/public/capsule-aurele-nuit/ja/");
    expect(line).toContain("幅240pxも");
    expect(line).toContain('data-kit-file="line/rich-message/aurele-nuit-01-silk-swirl-w700.jpg"');
  });

  it("links a capsule to its listed kits, and shows its products", () => {
    const html = page("/ae/en/capsules/aurele-nuit/");
    expect(html).toContain('href="/ae/kit/public/capsule-aurele-nuit/en/"');
    expect(html).toContain("Carré Nuit 90");
    expect(html).toContain("AU-CN-90");
  });

  it("lists the market's stories and capsules newest first", () => {
    const html = page("/jp/ja/");
    const capsule = html.indexOf('href="/jp/ja/capsules/aurele-nuit/"');
    const story = html.indexOf('href="/jp/ja/stories/la-maison-1854/"');
    expect(capsule).toBeGreaterThan(0);
    expect(story).toBeGreaterThan(capsule);
    expect(html).not.toContain("/products/");
  });

  it("writes responsive images with their size, and loads only the first one eagerly", () => {
    for (const [file, html] of htmlPages()) {
      const images = tags(html, "img");
      for (const img of images) {
        expect(attribute(img, "width"), `${file}: ${img}`).toMatch(/^\d+$/);
        expect(attribute(img, "height"), `${file}: ${img}`).toMatch(/^\d+$/);
        expect(attribute(img, "alt"), `${file}: ${img}`).toBeDefined();
      }
      images.forEach((img, index) => {
        expect(attribute(img, "loading"), `${file} image ${index}`).toBe(
          index === 0 ? "eager" : "lazy",
        );
      });
      for (const picture of html.match(/<picture\b[\s\S]*?<\/picture>/g) ?? []) {
        const sources = tags(picture, "source");
        expect(sources.map((s) => attribute(s, "type"))).toEqual(["image/avif", "image/webp"]);
        for (const tag of [...sources, ...tags(picture, "img")]) {
          expect(attribute(tag, "srcset"), tag).toMatch(
            /^(\/_img\/\S+ \d+w)(, \/_img\/\S+ \d+w)*$/,
          );
          expect(attribute(tag, "sizes"), tag).toBeTruthy();
        }
      }
    }
    expect(tags(page("/ae/ar/stories/la-maison-1854/"), "picture").length).toBeGreaterThan(1);
  });

  it("keeps every page within 50 KB gzipped, with one stylesheet every page shares", () => {
    const sheets = new Set<string>();
    for (const [file, html] of htmlPages()) {
      expect(html, file).not.toMatch(/<style>/);
      const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
      expect(links, file).toHaveLength(1);
      sheets.add(links[0] ?? "");
      expect(gzipSync(html).length, file).toBeLessThanOrEqual(50 * 1024);
    }
    expect(sheets.size).toBe(1);
    const [sheet] = [...sheets];
    const css = files.get(sheet ?? "");
    expect(css && gzipSync(css).length).toBeLessThanOrEqual(10 * 1024);
  });

  it("has landmarks, a skip link and a language switcher", () => {
    for (const [file, html] of htmlPages()) {
      expect(html, file).toMatch(/<a class="skip-link" href="#main">/);
      expect(html, file).toMatch(/<header class="site-header">/);
      expect(html, file).toMatch(/<nav aria-label="[^"]+">/);
      expect(html, file).toMatch(/<main id="main" tabindex="-1">/);
      expect(html, file).toMatch(/<footer class="site-footer">/);
      expect((html.match(/<h1[\s>]/g) ?? []).length, file).toBe(1);
    }
    expect(page("/ae/ar/")).toMatch(
      /<a href="\/ae\/en\/" hreflang="en" lang="en" dir="ltr">English<\/a>/,
    );
  });

  it("writes RSS 2.0, Atom and JSON Feed 1.1 per market and locale, with the story", () => {
    const storyUrl = `${SITE}/ae/ar/stories/la-maison-1854/`;
    const rss = parseXml(page("/ae/ar/rss.xml"));
    expect(rss.name).toBe("rss");
    expect(rss.attributes.version).toBe("2.0");
    const items = findAll(rss, "item");
    expect(items.map((item) => findAll(item, "link")[0]?.text)).toContain(storyUrl);
    expect(findAll(rss, "language")[0]?.text).toBe("ar-AE");

    const atom = parseXml(page("/ae/ar/atom.xml"));
    expect(atom.name).toBe("feed");
    expect(atom.attributes.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(findAll(atom, "entry").map((entry) => findAll(entry, "id")[0]?.text)).toContain(
      storyUrl,
    );

    const json = JSON.parse(page("/ae/ar/feed.json"));
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.items.map((item: { url: string }) => item.url)).toContain(storyUrl);
    expect(json.items[0].date_published).toBe("2026-06-01T08:00:00Z");

    // Every feed parses, in every market and locale.
    expect(feeds()).toHaveLength(12);
    for (const [file, body] of feeds()) {
      if (file.endsWith(".json")) expect(() => JSON.parse(body), file).not.toThrow();
      else expect(() => parseXml(body), file).not.toThrow();
    }
    // Characters that mean something in XML arrive escaped and come back intact.
    const dek = findAll(parseXml(page("/jp/en/atom.xml")), "summary").map((s) => s.text);
    expect(dek).toContain("Silk for the night — & nothing <else>.");
  });

  it("links every market page to its feeds", () => {
    const html = page("/jp/ja/");
    expect(html).toContain('<link rel="alternate" type="application/rss+xml"');
    expect(html).toContain('href="/jp/ja/atom.xml"');
    expect(html).toContain('type="application/feed+json"');
  });

  it("writes a sitemap per market, one of the shared pages, an index of them, and a robots.txt", () => {
    const index = parseXml(page("/sitemap.xml"));
    expect(index.name).toBe("sitemapindex");
    expect(findAll(index, "loc").map((loc) => loc.text)).toEqual([
      `${SITE}/sitemap-shared.xml`,
      `${SITE}/ae/sitemap.xml`,
      `${SITE}/jp/sitemap.xml`,
    ]);
    const locations = (urlPath: string) =>
      findAll(parseXml(page(urlPath)), "loc").map((loc) => loc.text);
    expect(locations("/sitemap-shared.xml")).toEqual([`${SITE}/`]);
    const ae = locations("/ae/sitemap.xml");
    expect(ae).toContain(`${SITE}/ae/ar/`);
    expect(ae).toContain(`${SITE}/ae/ar/stories/la-maison-1854/`);
    expect(ae).toContain(`${SITE}/ae/kit/public/ar/`);
    // A sitemap lists its own folder's pages only, as the protocol wants.
    expect(ae.every((loc) => loc.startsWith(`${SITE}/ae/`))).toBe(true);
    const jp = locations("/jp/sitemap.xml");
    expect(jp).toContain(`${SITE}/jp/ja/capsules/aurele-nuit/`);
    expect(jp.every((loc) => loc.startsWith(`${SITE}/jp/`))).toBe(true);
    expect(page("/robots.txt")).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`);
  });

  it("gives the pages every market shares only the image every market may show", () => {
    const chooser = page("/");
    expect(chooser).toContain(
      `<meta property="og:image" content="${SITE}/_img/wood-grain-og.jpg">`,
    );
    expect(chooser).toContain('<meta property="og:image:alt" content="A worn wooden workbench">');
    expect(chooser).toContain(
      `<meta name="twitter:image" content="${SITE}/_img/wood-grain-og.jpg">`,
    );
    // Not the first market's newest entry (the capsule, with its silk images).
    expect(chooser).not.toContain("silk-");
    const notFound = page("/404.html");
    expect(notFound).not.toContain("og:image");
    expect(notFound).toContain('<meta name="twitter:card" content="summary">');
  });

  it("has a market chooser that names each market in its own language, linking its first locale", () => {
    const html = page("/");
    expect(html).toContain('<a href="/ae/ar/" lang="ar" dir="rtl">الإمارات العربية المتحدة</a>');
    expect(html).toContain('<a href="/jp/ja/" lang="ja">日本</a>');
    // Then in the page's own language.
    expect(html).toContain('<p class="market-name">United Arab Emirates</p>');
    expect(html).toContain('<p class="market-name">Japan</p>');
    expect(html).toMatch(/<html lang="en" dir="ltr">/);
  });
});

describe("buildSite: every label in the page's language", () => {
  it("names the market in the page's language: heading, header, <title> and feeds", () => {
    const html = page("/jp/ja/");
    expect(html).toContain("<title>Maison Aurèle — 日本</title>");
    expect(html).toContain('<meta property="og:title" content="Maison Aurèle — 日本">');
    expect(html).toContain('<span class="brand-context">日本</span>');
    expect(html).toContain("Maison Aurèle · <span>日本</span>");
    expect(page("/ae/ar/")).toContain("<title>Maison Aurèle — الإمارات العربية المتحدة</title>");
    expect(page("/ae/en/")).toContain("<title>Maison Aurèle — United Arab Emirates</title>");
    expect(page("/jp/ja/rss.xml")).toContain("<title>Maison Aurèle — 日本</title>");
    expect(page("/jp/en/feed.json")).toContain('"title": "Maison Aurèle — Japan"');
    for (const [file, body] of files) {
      // Kit pages and pack cards are being rewritten with kits: they still read the kit's name.
      if (file.includes("/kit/")) continue;
      expect(body, file).not.toMatch(/Japon|Émirats arabes unis/);
    }
  });

  it("names each kit's audience in the page's language, with its description", () => {
    const html = page("/jp/ja/");
    expect(html).toMatch(
      /<a href="\/jp\/kit\/public\/ja\/">\s*<span>ファン<\/span>向けキット\s*<\/a>/,
    );
    expect(html).toContain("<p>メゾンのファンの皆さま。</p>");
    expect(page("/jp/en/")).toMatch(/Kit · <span>Fans<\/span>/);
  });

  it("marks a name that fell back to another language with its lang and dir", () => {
    const html = page("/ae/ar/");
    expect(html).toContain('حزمة <span lang="en" dir="ltr">Fans</span>');
    expect(page("/ae/en/")).toContain("Kit · <span>Fans</span>");
  });

  it("marks alt text that fell back to another language", () => {
    const html = page("/ae/ar/capsules/aurele-nuit/");
    expect(html).toMatch(/alt="A silk ribbon" lang="en" dir="ltr"/);
    expect(page("/jp/ja/capsules/aurele-nuit/")).not.toMatch(/alt="シルクのリボン" lang=/);
  });

  it("shows a story's era in the page's language only", () => {
    expect(page("/jp/ja/stories/la-maison-1854/")).toContain(" · 第二帝政期");
    expect(page("/ae/ar/stories/la-maison-1854/")).toContain(" · عهد الإمبراطورية الثانية");
    expect(page("/jp/ja/stories/la-maison-1854/")).not.toContain("Second Empire");
    expect(page("/jp/en/stories/la-maison-1854/")).toContain(" · Second Empire");
  });

  it("says 'page not found' in every language of the site, each block in its own", () => {
    const html = page("/404.html");
    expect(html).toMatch(/<html lang="en" dir="ltr">/);
    expect(html).toContain('<h1 id="not-found-en">Page not found</h1>');
    expect(html).toMatch(
      /<section lang="ar" dir="rtl" aria-labelledby="not-found-ar">\s*<h2 id="not-found-ar">الصفحة غير موجودة<\/h2>/,
    );
    expect(html).toMatch(
      /<section lang="ja" aria-labelledby="not-found-ja">\s*<h2 id="not-found-ja">ページが見つかりません<\/h2>/,
    );
    // Each block links the markets that speak its language, named in it.
    expect(html).toMatch(/<a href="\/jp\/ja\/" hreflang="ja-JP">日本<\/a>/);
    expect(html).toMatch(/<a href="\/ae\/ar\/" hreflang="ar-AE">الإمارات العربية المتحدة<\/a>/);
    expect(html).toMatch(/<a href="\/jp\/en\/" hreflang="en-JP">Japan<\/a>/);
  });
});
