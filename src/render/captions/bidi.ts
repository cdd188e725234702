import twitter from "twitter-text";

/**
 * Right-to-left captions (Arabic). A Latin run inside Arabic text is laid out by the Unicode
 * bidirectional algorithm, which moves the neutral characters at its edges: `#MaisonAurele` shows
 * as `MaisonAurele#`, a URL's slashes and a licence's digits drift. Wrapping the run in FIRST
 * STRONG ISOLATE (U+2068) … POP DIRECTIONAL ISOLATE (U+2069) makes it one unit that keeps its own
 * order. Isolates are what the reference allows: the embeddings U+202A–U+202E may be rejected by
 * X, and marks (LRM/RLM) fix one side only. They are not free: X weighs each 2, other platforms 1,
 * so they go only where a Latin run meets right-to-left text, and they are counted like any other
 * character of the caption.
 */
export const FSI = "\u2068";
export const PDI = "\u2069";

/** Letters of the scripts written right to left. */
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u;
const LETTER = /\p{L}/u;

/** The direction of the first letter of a text, or none when it has no letter (digits, marks). */
export function firstStrongDirection(text: string): "ltr" | "rtl" | undefined {
  for (const char of text) {
    if (RTL_LETTER.test(char)) return "rtl";
    if (LETTER.test(char)) return "ltr";
  }
  return undefined;
}

/** Wraps a run that starts left to right in an isolate; other runs are returned as they are. */
export function isolateLtr(run: string): string {
  if (run.startsWith(FSI) || firstStrongDirection(run) !== "ltr") return run;
  return `${FSI}${run}${PDI}`;
}

/** Wraps each URL of a text in an isolate (URLs as X finds them, bare domains included). */
export function isolateUrls(text: string): string {
  let result = "";
  let from = 0;
  for (const { indices } of twitter.extractUrlsWithIndices(text)) {
    const [start, end] = indices;
    const isolated = text[start - 1] === FSI && text[end] === PDI;
    result += text.slice(from, start);
    result += isolated ? text.slice(start, end) : `${FSI}${text.slice(start, end)}${PDI}`;
    from = end;
  }
  return result + text.slice(from);
}
