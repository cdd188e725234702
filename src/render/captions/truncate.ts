import twitter from "twitter-text";
import type { TextLimit } from "../../channels/channel-spec.ts";
import { countText } from "../../text/count-text.ts";
import { graphemeBoundaries, wordBoundaries } from "../../text/segments.ts";

export const ELLIPSIS = "…";

export interface TruncateOptions {
  /** Locale of the text, for word boundaries. @default "und" */
  locale?: string;
}

export interface Truncated {
  /** NFC; ends with `…` when cut, empty when not even one word fits. */
  text: string;
  truncated: boolean;
}

/**
 * Spans a cut must not enter: hashtags (`#tag`, `#话题#`), mentions, isolates (U+2066–U+2069 with
 * their run), and URLs as X finds them. Emoji, flags, skin tones and combining marks are safe by
 * construction: a cut only ever falls on a grapheme boundary.
 */
const TAG_OR_MENTION = /[#＃](?:[^\s#＃]+[#＃]|[\p{L}\p{M}\p{N}_]+)|[@＠][\p{L}\p{M}\p{N}_.]+/gu;
const ISOLATE_RUN = /[\u2066-\u2068][^\u2069]*\u2069/gu;

/** What may be dropped before the ellipsis: spaces, and punctuation that would dangle before it. */
const DANGLING = /^(?:\s+|[,;:.、，；：。·・•\-–—/(（[［{「『《〈«“‘،؛۔])$/u;

function protectedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const pattern of [TAG_OR_MENTION, ISOLATE_RUN]) {
    for (const match of text.matchAll(pattern)) {
      spans.push([match.index, match.index + match[0].length]);
    }
  }
  for (const { indices } of twitter.extractUrlsWithIndices(text)) spans.push(indices);
  return spans;
}

/**
 * The longest start of `text` that passes `fits` once `…` is added, cut on a grapheme boundary
 * outside any hashtag, mention, isolate or URL, and on a word boundary when one is close enough
 * (it must keep at least half of what a cut anywhere would keep; in Chinese and Japanese ICU's
 * dictionaries find the words). Spaces and dangling punctuation before the `…` are dropped.
 * `fits` sees the whole candidate, so callers can test the caption it would make, under any
 * counting. A text that fits as it is comes back unchanged (in NFC).
 */
export function truncateToFit(
  text: string,
  fits: (candidate: string) => boolean,
  options: TruncateOptions = {},
): Truncated {
  const whole = text.normalize("NFC");
  if (fits(whole)) return { text: whole, truncated: false };

  const spans = protectedSpans(whole);
  const cuts = graphemeBoundaries(whole).filter(
    (offset) => !spans.some(([start, end]) => start < offset && offset < end),
  );
  const candidate = (index: number): string | undefined => {
    let last = index;
    while (last > 0 && DANGLING.test(whole.slice(cuts[last - 1], cuts[last]))) last--;
    return last === 0 ? undefined : `${whole.slice(0, cuts[last])}${ELLIPSIS}`;
  };
  const passes = (index: number): boolean => {
    const value = candidate(index);
    return value !== undefined && fits(value);
  };

  // Longer candidates count more under every unit, so a binary search finds the longest that
  // passes; the step back below covers the rare case where a count is not monotonic.
  let low = 0;
  let high = cuts.length - 2;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (passes(middle)) low = middle;
    else high = middle - 1;
  }
  let best = low;
  while (best > 0 && !passes(best)) best--;
  if (best === 0) return { text: "", truncated: true };

  const words = wordBoundaries(whole, options.locale ?? "und");
  const bestOffset = cuts[best] ?? 0;
  for (let index = best; index > 0; index--) {
    const offset = cuts[index] ?? 0;
    if (offset * 2 < bestOffset) break;
    if (words.has(offset) && passes(index)) {
      best = index;
      break;
    }
  }
  return { text: candidate(best) ?? "", truncated: true };
}

/** Truncates a text to a limit under the limit's own counting (see `truncateToFit`). */
export function truncateText(
  text: string,
  limit: TextLimit,
  options: TruncateOptions = {},
): Truncated {
  return truncateToFit(
    text,
    (candidate) => countText(candidate, limit.counting) <= limit.max,
    options,
  );
}
