import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { micromark, type Options } from "micromark";

type HtmlExtension = NonNullable<Options["htmlExtensions"]>[number];

/**
 * Raw HTML in a body is dropped, not shown: with micromark's safe defaults it would be escaped
 * and printed as text, which no reader wants to see. Buffering the HTML and discarding the
 * buffer leaves nothing of it in the page.
 */
const dropRawHtml: HtmlExtension = {
  enter: {
    htmlFlow() {
      this.buffer();
    },
    htmlText() {
      this.buffer();
    },
  },
  exit: {
    htmlFlow() {
      this.resume();
    },
    htmlText() {
      this.resume();
    },
  },
};

/**
 * Renders an entry's Markdown body for a page or a feed. micromark's defaults keep only safe
 * link protocols (a `javascript:`, `data:` or `vbscript:` URL becomes an empty href); such a link
 * is then left as its text. Images in a body are left as their alt text: the site shows only
 * images that went through the pipeline's rights checks, with their credit (see `bodyParts` for
 * those). A body's `#` title becomes a second-level heading, the page's own title being the only
 * first-level one.
 */
export function renderMarkdown(markdown: string): string {
  return finish(micromark(markdown, { htmlExtensions: [dropRawHtml] }));
}

/** A piece of a body: HTML, or one of the entry's own images standing alone where it was placed. */
export type BodyPart = { html: string } | { image: string };

/**
 * The body in pieces, an image standing alone in its paragraph (a Portable Text image block)
 * becoming its own piece when it names one of the entry's images (`images`: asset ids this page
 * may show, their rights checked), so the page shows that picture with its credit there. Any
 * other image is left as its alt text, as in `renderMarkdown`.
 */
export function bodyParts(markdown: string, images: ReadonlySet<string>): BodyPart[] {
  const html = micromark(markdown, { htmlExtensions: [dropRawHtml] });
  const parts: BodyPart[] = [];
  let last = 0;
  for (const match of html.matchAll(LONE_IMAGE)) {
    const asset = decodeHtml(match[1] ?? "");
    if (!images.has(asset)) continue;
    parts.push({ html: html.slice(last, match.index) }, { image: asset });
    last = match.index + match[0].length;
  }
  parts.push({ html: html.slice(last) });
  return parts
    .map((part) => ("html" in part ? { html: finish(part.html) } : part))
    .filter((part) => !("html" in part) || part.html !== "");
}

/** micromark's own markup for a paragraph holding one image and nothing else. */
const LONE_IMAGE = /<p><img src="([^"]*)" alt="[^"]*"(?: title="[^"]*")? \/><\/p>/g;

function decodeHtml(text: string): string {
  return text
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** micromark's own output is the only markup left, so its exact shapes can be matched. */
function finish(html: string): string {
  return html
    .replace(/<img src="[^"]*" alt="([^"]*)"(?: title="[^"]*")? \/>/g, "$1")
    .replace(/<a href=""(?: title="[^"]*")?>([\s\S]*?)<\/a>/g, "$1")
    .replace(/<(\/?)h1>/g, "<$1h2>")
    .trim();
}

/** The text of a Markdown body without markup, e.g. for a page description. */
export function markdownToText(markdown: string): string {
  const parts: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === "text" || node.type === "inlineCode") parts.push(node.value);
    else if (node.type === "html" || node.type === "code") return;
    else if ("children" in node) {
      for (const child of node.children) visit(child);
      if (node.type === "paragraph" || node.type === "heading") parts.push(" ");
    }
  };
  visit(fromMarkdown(markdown));
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** Shortens text to at most `max` characters as a reader sees them, ending with an ellipsis. */
export function truncateText(text: string, max: number, locale: string): string {
  const graphemes = [...new Intl.Segmenter(locale, { granularity: "grapheme" }).segment(text)];
  if (graphemes.length <= max) return text;
  return `${graphemes
    .slice(0, max - 1)
    .map((g) => g.segment)
    .join("")
    .trimEnd()}…`;
}
