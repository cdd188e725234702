import type { Element, ElementContent, Root, RootContent } from "hast";
import { type Schema, sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import type { Nodes as MdastNodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toHast } from "mdast-util-to-hast";

/**
 * The tags an article's content may hold: what WeChat's editor (a UEditor) keeps when HTML is
 * pasted into it, narrowed to what a story needs (docs/channels.md, "Articles", has the sources).
 * Links are not among them: an article's body may only link to other WeChat articles, so a link
 * is left as its text. The same set serves Naver Blog, whose editor is not documented.
 */
export const ARTICLE_TAGS = [
  "section",
  "p",
  "h2",
  "h3",
  "h4",
  "strong",
  "em",
  "br",
  "blockquote",
  "ul",
  "ol",
  "li",
  "hr",
  "img",
] as const;

/** The document around the content, so the file opens in a browser as a page of its own. */
export const DOCUMENT_TAGS = ["html", "head", "meta", "title", "body"] as const;

/**
 * What survives of a story's Markdown: the tags above, `src` and `alt` on images and nothing
 * else; no comment, no doctype. Raw HTML in a body never gets this far (mdast-util-to-hast drops
 * it unless told otherwise), so this is the second wall, not the only one.
 */
const schema: Schema = {
  tagNames: [...ARTICLE_TAGS],
  attributes: { img: ["src", "alt"] },
  protocols: { src: ["http", "https"] },
  ancestors: { li: ["ol", "ul"] },
  required: {},
  clobber: [],
  clobberPrefix: "",
  strip: ["script", "style", "template", "iframe", "noscript", "textarea", "title", "svg", "math"],
  allowComments: false,
  allowDoctypes: false,
};

/**
 * Inline styles, the only styling WeChat's editor keeps (no `<style>`, no `class`). Sizes follow
 * WeChat's reading view: 16 px text on a 1.75 line, 677 px wide at most on a desktop.
 */
const STYLES: Record<string, string> = {
  section: "margin:0;padding:0",
  p: "margin:0 0 1.2em;font-size:16px;line-height:1.75;color:#333333",
  h2: "margin:1.8em 0 0.8em;font-size:19px;line-height:1.4;font-weight:bold;color:#1a1a1a",
  h3: "margin:1.6em 0 0.6em;font-size:17px;line-height:1.4;font-weight:bold;color:#1a1a1a",
  h4: "margin:1.4em 0 0.6em;font-size:16px;line-height:1.4;font-weight:bold;color:#1a1a1a",
  strong: "font-weight:bold",
  em: "font-style:italic",
  blockquote: "margin:0 0 1.2em;padding:0 0 0 1em;border-left:3px solid #d9d2c5;color:#666666",
  // WeChat's editor resets list styles it is not given inline, so each list says its own.
  ul: "margin:0 0 1.2em;padding:0 0 0 1.4em;list-style-type:disc",
  ol: "margin:0 0 1.2em;padding:0 0 0 1.4em;list-style-type:decimal",
  li: "margin:0 0 0.4em;font-size:16px;line-height:1.75;color:#333333",
  hr: "margin:2em auto;width:30%;border:0;border-top:1px solid #d9d2c5",
  img: "display:block;width:100%;height:auto;margin:0 auto",
};

const FIGURE = "margin:0 0 0.4em;padding:0";
const CREDIT = "margin:0 0 1.6em;font-size:12px;line-height:1.5;color:#888888;text-align:center";
const BYLINE = "margin:0 0 1.8em;font-size:14px;line-height:1.6;color:#888888";
const CLOSING = "margin:0 0 0.6em;font-size:12px;line-height:1.6;color:#999999";

/** One of the story's images as the article shows it: a file of the kit beside the article. */
export interface ArticleImage {
  asset: string;
  /** Relative to the article file: `article-image/la-maison-1854-01-wood-grain.jpg`. */
  src: string;
  alt: string;
  /** The credit line shown under the image. */
  credit: string;
}

export interface ArticleInput {
  /** The story's Markdown body in the kit's locale. */
  body: string;
  locale: string;
  direction: "ltr" | "rtl";
  /** The page title when the file is opened (WeChat takes the title in a field of its own). */
  title: string;
  /** The author line: the house and the image credits. */
  byline: string;
  /** Hero first. An image the body names (`![alt](asset-id)`) stands there; the others are spread. */
  images: readonly ArticleImage[];
  /** Legal lines, at the end. */
  closing: readonly string[];
}

export interface Article {
  /** The whole file: a page to open in a browser. */
  html: string;
  /** What is pasted: the content without the page around it (WeChat's limit counts this). */
  content: string;
}

/**
 * A story as an article to paste into WeChat's or Naver's editor: its Markdown turned into HTML
 * by mdast-util-to-hast, cleaned by hast-util-sanitize against the allow-list above, given inline
 * styles, the story's images and the author line, and written by hast-util-to-html. Content is
 * data: raw HTML in a body, a script or a style, never comes through.
 */
export function articleHtml(
  input: ArticleInput,
  /** A copy served on the web: kept out of search engines, as the kit it belongs to. */
  options: { web?: boolean } = {},
): Article {
  const mdast = dropRawContent(fromMarkdown(input.body.normalize("NFC")));
  // Headings are renamed first: the sanitizer would drop an `h1` and leave its text loose. A
  // link, not allowed, is left as its text by the sanitizer: an article links only to WeChat's.
  const hast = toHast(mdast) as Root;
  const tree = sanitize({ ...hast, children: renameHeadings(hast.children) }, schema) as Root;
  const blocks = placeImages(
    tree.children.filter((node): node is ElementContent => node.type !== "doctype"),
    input.images,
  );
  const content: Element = h("section", { style: sectionStyle(input.direction) }, [
    h("p", { style: BYLINE }, [text(input.byline)]),
    ...blocks.map((block) => styled(block, justified(input.locale))),
    ...input.closing.map((line) => h("p", { style: CLOSING }, [text(line)])),
  ]);
  const page: Root = {
    type: "root",
    children: [
      { type: "doctype" },
      h("html", { lang: input.locale, dir: input.direction }, [
        h("head", {}, [
          h("meta", { charSet: "utf-8" }, []),
          h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }, []),
          ...(options.web ? [h("meta", { name: "robots", content: "noindex, nofollow" }, [])] : []),
          h("title", {}, [text(input.title)]),
        ]),
        h("body", { style: "margin:0;background:#ffffff" }, [content]),
      ]),
    ],
  };
  return { html: `${toHtml(page)}\n`, content: toHtml(content) };
}

/** Elements whose content is code or markup, never text to read. */
const RAW_CONTENT = /^<(script|style|template|iframe|noscript|textarea|title|svg|math)\b/i;

/**
 * Inline raw HTML reaches the tree as separate tags with the text between them: `<script>` and
 * `</script>` are dropped as HTML, but the code between them would be left as text. This drops
 * that text too, from an opening tag of such an element to its closing tag.
 */
function dropRawContent<T extends MdastNodes>(node: T): T {
  if (!("children" in node)) return node;
  const kept: MdastNodes[] = [];
  let closing: RegExp | undefined;
  for (const child of node.children as MdastNodes[]) {
    if (closing) {
      if (child.type === "html" && closing.test(child.value)) closing = undefined;
      continue;
    }
    const open = child.type === "html" ? RAW_CONTENT.exec(child.value) : null;
    if (open && child.type === "html" && !new RegExp(`</${open[1]}`, "i").test(child.value))
      closing = new RegExp(`^</${open[1]}\\s*>`, "i");
    kept.push(dropRawContent(child));
  }
  return { ...node, children: kept };
}

function sectionStyle(direction: "ltr" | "rtl"): string {
  const base = "max-width:677px;margin:0 auto;padding:24px 16px;box-sizing:border-box";
  return direction === "rtl" ? `${base};direction:rtl;text-align:right` : base;
}

/** Blocks of the body with the story's images: where the body names them, else spread out. */
function placeImages(blocks: ElementContent[], images: readonly ArticleImage[]): ElementContent[] {
  const byAsset = new Map(images.map((image) => [image.asset, image]));
  const placed = new Set<string>();
  const out: ElementContent[] = [];
  for (const block of blocks) {
    const named = loneImage(block);
    if (named !== undefined) {
      const image = byAsset.get(named);
      if (image && !placed.has(image.asset)) {
        placed.add(image.asset);
        out.push(...figure(image));
        continue;
      }
    }
    out.push(dropImages(block));
  }
  // The hero opens the article; each other image comes before a section, from the second on,
  // the rest at the end: a story reads with its pictures, not after them.
  const rest = images.filter((image) => !placed.has(image.asset));
  const [hero, ...gallery] = rest;
  const result: ElementContent[] = hero ? [...figure(hero)] : [];
  let sections = 0;
  for (const block of out) {
    if (block.type === "element" && block.tagName === "h2") {
      sections += 1;
      const next = sections > 1 ? gallery.shift() : undefined;
      if (next) result.push(...figure(next));
    }
    result.push(block);
  }
  for (const image of gallery) result.push(...figure(image));
  return result;
}

/** The asset a paragraph names when it holds one image and nothing else. */
function loneImage(block: ElementContent): string | undefined {
  if (block.type !== "element" || block.tagName !== "p") return undefined;
  const parts = block.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  const [only] = parts;
  if (parts.length !== 1 || only?.type !== "element" || only.tagName !== "img") return undefined;
  const src = only.properties.src;
  if (typeof src !== "string") return undefined;
  try {
    return decodeURIComponent(src);
  } catch {
    return src;
  }
}

/** An image the body names that is not one of the story's is left as its alt text. */
function dropImages<T extends ElementContent>(node: T): T {
  if (node.type !== "element") return node;
  const children = node.children.map((child): ElementContent => {
    if (child.type === "element" && child.tagName === "img") {
      const alt = child.properties.alt;
      return text(typeof alt === "string" ? alt : "");
    }
    return dropImages(child);
  });
  return { ...node, children };
}

function figure(image: ArticleImage): Element[] {
  return [
    h("p", { style: FIGURE }, [
      h("img", { src: image.src, alt: image.alt, style: STYLES.img ?? "" }, []),
    ]),
    h("p", { style: CREDIT }, [text(image.credit)]),
  ];
}

/** The page's title is WeChat's own field: a body's `#` is a section, and levels stay ≤ 4. */
function renameHeadings(nodes: readonly RootContent[]): RootContent[] {
  const rename: Record<string, string> = { h1: "h2", h5: "h4", h6: "h4" };
  return nodes.map((node) =>
    node.type === "element" && rename[node.tagName]
      ? { ...node, tagName: rename[node.tagName] as string }
      : node,
  );
}

/**
 * Chinese and Japanese paragraphs are justified, as WeChat's own articles are; a language
 * written with spaces between words (Korean among them) would get gaps, so it is not.
 */
function justified(locale: string): boolean {
  return ["zh", "ja"].includes(new Intl.Locale(locale).language);
}

/** Each element gets its tag's inline style; a list item's content sits in a section. */
function styled<T extends ElementContent>(node: T, justify: boolean): T {
  if (node.type !== "element") return node;
  if (node.properties.style !== undefined) return node;
  let children = node.children.map((child) => styled(child, justify));
  if (node.tagName === "li" && !children.some((c) => c.type === "element" && c.tagName === "p")) {
    children = [h("section", { style: STYLES.section ?? "" }, children)];
  }
  const own = STYLES[node.tagName];
  const style = own && justify && node.tagName === "p" ? `${own};text-align:justify` : own;
  return { ...node, properties: style ? { style } : {}, children };
}

function h(
  tagName: string,
  properties: Element["properties"],
  children: ElementContent[],
): Element {
  return { type: "element", tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: "text", value };
}
