/**
 * Grapheme and word segmentation (UAX #29 through `Intl.Segmenter`). Results follow the ICU of
 * the runtime, which Relais pins with its Node version: a new emoji can change a count otherwise.
 */

const graphemeSegmenter = new Intl.Segmenter("und", { granularity: "grapheme" });
const wordSegmenters = new Map<string, Intl.Segmenter>();

/** The user-perceived characters of a text, in order. */
export function graphemesOf(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (part) => part.segment);
}

/** UTF-16 offsets where a grapheme starts, plus the end of the text. */
export function graphemeBoundaries(text: string): number[] {
  const offsets = Array.from(graphemeSegmenter.segment(text), (part) => part.index);
  offsets.push(text.length);
  return offsets;
}

/**
 * UTF-16 offsets where a word, a space or a punctuation run starts, plus the end of the text.
 * ICU finds words in Chinese and Japanese with its dictionaries, so these are useful there too.
 */
export function wordBoundaries(text: string, locale: string): Set<number> {
  let segmenter = wordSegmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: "word" });
    wordSegmenters.set(locale, segmenter);
  }
  const offsets = new Set(Array.from(segmenter.segment(text), (part) => part.index));
  offsets.add(text.length);
  return offsets;
}
