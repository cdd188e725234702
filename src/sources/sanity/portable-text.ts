import { portableTextToMarkdown } from "@portabletext/markdown";

/**
 * Portable Text → the Markdown Relais reads for a body, with `@portabletext/markdown` (the
 * Portable Text project's own converter): headings, paragraphs, marks, links, lists (nested),
 * quotes, code and images keep their structure. Captions and the press kit site then read the
 * same text whichever source it came from.
 */

/** A block the conversion could not hold, by its place in the field. */
export interface LeftOutBlock {
  index: number;
  type: string;
}

export interface ConvertedPortableText {
  markdown: string;
  /** Blocks with no Markdown form (a video embed, a form): left out, and reported as warnings. */
  leftOut: LeftOutBlock[];
}

export function convertPortableText(blocks: readonly unknown[]): ConvertedPortableText {
  const leftOut: LeftOutBlock[] = [];
  const markdown = portableTextToMarkdown(blocks as Parameters<typeof portableTextToMarkdown>[0], {
    types: {
      image: ({ value, index }) => {
        const source = imageSource(value);
        if (source === undefined) {
          leftOut.push({ index: index ?? -1, type: "image" });
          return "";
        }
        return `![${escapeAlt(textOf(value, "alt"))}](<${source}>)`;
      },
    },
    // The library's default writes an unknown object as a JSON code block: an editor's embed
    // would then be printed, braces and all, on the page and in captions.
    unknownType: ({ value, index }) => {
      leftOut.push({ index: index ?? -1, type: typeOf(value) });
      return "";
    },
  });
  return { markdown: markdown.replace(/\n{3,}/g, "\n\n").trim(), leftOut };
}

/**
 * Where an image block points: the asset's URL when the projection followed the reference
 * (`asset->`), else the asset's id (`image-<sha1>-<w>x<h>-<ext>`), which is also the Relais id of
 * an asset read from `sanity.imageAsset` documents. A story page shows it where it stands when it
 * is one of the entry's images (its gallery, with its credit and licence), else its alt text.
 */
function imageSource(value: unknown): string | undefined {
  const asset = (value as { asset?: unknown } | null)?.asset as
    | { url?: unknown; _ref?: unknown; _id?: unknown }
    | undefined;
  for (const candidate of [asset?.url, asset?._ref, asset?._id, (value as { src?: unknown }).src]) {
    if (typeof candidate === "string" && candidate !== "" && !/[\s<>]/.test(candidate))
      return candidate;
  }
  return undefined;
}

function textOf(value: unknown, field: string): string {
  const text = (value as Record<string, unknown> | null)?.[field];
  return typeof text === "string" ? text : "";
}

function typeOf(value: unknown): string {
  const type = (value as { _type?: unknown } | null)?._type;
  return typeof type === "string" ? type : "unknown";
}

function escapeAlt(alt: string): string {
  return alt.replace(/[\\[\]]/g, (character) => `\\${character}`).replace(/\s+/g, " ");
}
