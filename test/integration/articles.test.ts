import path from "node:path";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { KitManifest } from "../../src/pack/manifest-types.ts";
import { buildSampleKits, type SampleKits } from "../support/sample-kits.ts";

/**
 * A story's article for WeChat (cn) and Naver Blog (kr), from the sample house's real kits, read
 * back with a real HTML parser (parse5) and real image decoding (sharp).
 */
type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** What WeChat's editor keeps (docs/channels.md, "Articles"), and the page around it. */
const CONTENT_TAGS = new Set(
  "section p h2 h3 h4 strong em br blockquote ul ol li hr img".split(" "),
);
const PAGE_TAGS = new Set(["html", "head", "meta", "title", "body"]);

const PLACEMENTS = new Set([
  "wechat/article-cover",
  "wechat/cover-square",
  "wechat/article-image",
  "naver/blog",
]);

let kits: SampleKits;

beforeAll(async () => {
  kits = await buildSampleKits(["cn", "kr"], PLACEMENTS);
}, 300_000);

function elementsOf(node: Node): Element[] {
  const children = "childNodes" in node ? node.childNodes : [];
  const own = "tagName" in node ? [node as Element] : [];
  return [...own, ...children.flatMap(elementsOf)];
}

function storyKits(market: string): KitManifest[] {
  return kits.manifest.kits.filter((k) => k.market === market && k.launch.startsWith("story/"));
}

async function checkArticle(kit: KitManifest, folder: string, width: number) {
  const slug = kit.launch.slice("story/".length);
  const name = `${folder}/${slug}-article.html`;
  const html = (await kits.read(kit, name)).toString("utf8");
  const document = parse(html);
  const elements = elementsOf(document);
  const body = elements.find((e) => e.tagName === "body");
  if (!body) throw new Error(`${name} has no body`);
  const inBody = new Set(elementsOf(body).filter((e) => e !== body));
  for (const element of elements) {
    const allowed = inBody.has(element) ? CONTENT_TAGS : PAGE_TAGS;
    expect(allowed.has(element.tagName), `${name}: <${element.tagName}>`).toBe(true);
    for (const attribute of element.attrs) {
      expect(attribute.name, `${name}: <${element.tagName} ${attribute.name}>`).not.toMatch(
        /^(class|id|on.*)$/i,
      );
      if (attribute.name === "style")
        expect(attribute.value, name).not.toMatch(/url\(|@import|expression|font-face/i);
    }
  }
  expect(elements.some((e) => e.tagName === "style" || e.tagName === "script")).toBe(false);
  expect(html).not.toMatch(/<link|<style|<script/i);

  const images = [...inBody].filter((e) => e.tagName === "img");
  const planned = kit.files.filter(
    (f) =>
      f.kind === "image" &&
      f.channel === (folder === "wechat" ? "wechat/article-image" : "naver/blog"),
  );
  expect(images.length, name).toBe(planned.length);
  expect(images.length, name).toBeGreaterThan(0);
  for (const image of images) {
    const src = image.attrs.find((a) => a.name === "src")?.value ?? "";
    const target = path.posix.join(folder, src);
    const file = kit.files.find((f) => f.name === target);
    expect(file, `${name}: ${src} is not a file of the kit`).toBeDefined();
    const meta = await sharp(await kits.read(kit, target)).metadata();
    expect([meta.format, meta.width], target).toEqual(["jpeg", width]);
    expect(image.attrs.find((a) => a.name === "alt")?.value, target).not.toBe("");
  }
  return { html, text: body };
}

function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}

describe("a story's WeChat article", { timeout: 120_000 }, () => {
  it("is only allowed tags with inline styles, its images the kit's 1080-wide renders", async () => {
    const cn = storyKits("cn");
    expect(cn.length).toBeGreaterThan(0);
    const stories = new Set(cn.map((kit) => kit.launch));
    expect(stories.size).toBeGreaterThanOrEqual(2);
    for (const kit of cn) {
      const { text } = await checkArticle(kit, "wechat", 1080);
      // The author line: the house, and who made each image shown.
      const words = textOf(text);
      expect(words).toContain("Maison Aurèle");
      const creators = kit.files
        .filter((f) => f.channel === "wechat/article-image" && f.kind === "image")
        .map((f) => f.credit ?? "");
      expect(creators.length).toBeGreaterThan(0);
    }
  });

  it("comes with its title, author and digest within WeChat's fields, and its covers", async () => {
    for (const kit of storyKits("cn")) {
      const slug = kit.launch.slice("story/".length);
      const fieldsFile = kit.files.find((f) => f.kind === "article-fields");
      expect(fieldsFile?.name).toBe(`wechat/${slug}-article.zh-Hans.txt`);
      const fields = (await kits.read(kit, fieldsFile?.name ?? "")).toString("utf8").split("\n");
      const fieldValue = (label: string) => fields[fields.indexOf(label) + 1] ?? "";
      const graphemes = (s: string) =>
        [...new Intl.Segmenter("zh", { granularity: "grapheme" }).segment(s)].length;
      expect(graphemes(fieldValue("标题"))).toBeLessThanOrEqual(32);
      expect(fieldValue("作者")).toBe("Maison Aurèle");
      expect(graphemes(fieldValue("摘要"))).toBeGreaterThan(10);
      expect(graphemes(fieldValue("摘要"))).toBeLessThanOrEqual(128);
      for (const cover of ["wechat/article-cover/", "wechat/cover-square/"]) {
        const line = fields.find((l) => l.startsWith(cover)) ?? "";
        const file = line.split("（")[0] ?? "";
        expect(
          kit.files.some((f) => f.name === file),
          `${kit.id}: ${line}`,
        ).toBe(true);
      }
      const readme = (await kits.read(kit, "README.txt")).toString("utf8");
      expect(readme).toContain(`wechat/${slug}-article.html`);
      expect(readme).toContain("全选");
    }
  });
});

describe("a story's article on the web", { timeout: 120_000 }, () => {
  // WeChat's editor fetches a pasted image from its address: pasted from a file opened from the
  // kit, the images arrive empty. The site serves a copy whose images load from the site.
  it("is the kit's article, kept out of search, its images at their published addresses", async () => {
    for (const kit of [...storyKits("cn"), ...storyKits("kr")]) {
      const [copy, ...more] = kits.articleWebCopies.get(kit.id) ?? [];
      expect(more).toEqual([]);
      const folder = kit.market === "cn" ? "wechat" : "naver";
      expect(copy?.channel).toBe(folder === "wechat" ? "wechat/article-image" : "naver/blog");
      const own = parse(
        (await kits.read(kit, `${folder}/${kit.launch.slice(6)}-article.html`)).toString("utf8"),
      );
      const web = parse(copy?.html ?? "");
      const bodyOf = (document: Node) => elementsOf(document).find((e) => e.tagName === "body");
      const [ownBody, webBody] = [bodyOf(own), bodyOf(web)];
      if (!ownBody || !webBody) throw new Error(`${kit.id}: an article without a body`);
      expect(textOf(webBody)).toBe(textOf(ownBody));
      const robots = elementsOf(web).find(
        (e) => e.tagName === "meta" && e.attrs.some((a) => a.value === "robots"),
      );
      expect(robots?.attrs.find((a) => a.name === "content")?.value).toBe("noindex, nofollow");
      expect(copy?.html).not.toMatch(/<style|<script|<link| class=/i);
      const srcs = elementsOf(webBody)
        .filter((e) => e.tagName === "img")
        .map((e) => e.attrs.find((a) => a.name === "src")?.value);
      const published = kit.files
        .filter((f) => f.kind === "image" && f.channel === copy?.channel)
        .map((f) => `/${f.path}`);
      expect(srcs.length).toBeGreaterThan(0);
      expect([...srcs].sort()).toEqual([...published].sort());
    }
  });
});

describe("a story's Naver Blog article", { timeout: 120_000 }, () => {
  it("follows the same rules, with the kit's naver/blog images", async () => {
    const kr = storyKits("kr");
    expect(kr.length).toBeGreaterThan(0);
    for (const kit of kr) {
      const { text } = await checkArticle(kit, "naver", 1080);
      expect(textOf(text)).toContain("Maison Aurèle");
      const readme = (await kits.read(kit, "README.txt")).toString("utf8");
      expect(readme).toContain(`naver/${kit.launch.slice("story/".length)}-article.html`);
    }
  });
});
