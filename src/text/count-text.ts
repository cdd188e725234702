import twitter from "twitter-text";
import type { Counting } from "../channels/channel-spec.ts";
import { graphemesOf } from "./segments.ts";

const utf8 = new TextEncoder();

/**
 * A grapheme Threads counts as an emoji. Meta says "emoji" without a list, so Relais takes the
 * safe side: any grapheme with a pictographic code point, a regional indicator (flags), a skin
 * tone, a keycap or an emoji variation selector. Text-style symbols such as `©` or `™` are
 * pictographic too, so they cost their bytes (2–3) instead of 1: a little stricter, never over.
 */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u20E3|\uFE0F/u;

export function isEmojiGrapheme(grapheme: string): boolean {
  return EMOJI.test(grapheme);
}

/**
 * The length of a text as the platform counts it against its limit.
 *
 * - `graphemes`: user-perceived characters after NFC (`Intl.Segmenter`).
 * - `twitter`: X's weighted length from the official twitter-text library (it normalises to NFC
 *   itself; CJK and emoji 2, every URL 23, isolates and LRM/RLM 2).
 * - `utf16`: JavaScript's `length` of the text as sent (TikTok's "UTF-16 runes"); not normalised,
 *   because the platform counts the string it receives. Relais sends NFC.
 * - `graphemes-emoji-utf8`: Threads; graphemes after NFC, an emoji grapheme costs its UTF-8 bytes.
 * - `weibo`: graphemes after NFC; a grapheme starting in U+0000–U+00FF (ASCII and Latin-1, what
 *   Weibo calls half-width) counts ½, any other 1, and the total is rounded up. The rule comes
 *   from an old Weibo counter (⚠): half-width katakana and emoji are counted 1 (the strict side);
 *   Weibo's own link shortening is not modelled, so a URL counts its characters.
 */
export function countText(text: string, counting: Counting): number {
  switch (counting) {
    case "graphemes":
      return graphemesOf(text.normalize("NFC")).length;
    case "twitter":
      return twitter.parseTweet(text).weightedLength;
    case "utf16":
      return text.length;
    case "graphemes-emoji-utf8":
      return graphemesOf(text.normalize("NFC")).reduce(
        (total, grapheme) => total + (isEmojiGrapheme(grapheme) ? utf8.encode(grapheme).length : 1),
        0,
      );
    case "weibo": {
      let halves = 0;
      for (const grapheme of graphemesOf(text.normalize("NFC"))) {
        halves += (grapheme.codePointAt(0) ?? 0) <= 0xff ? 1 : 2;
      }
      return Math.ceil(halves / 2);
    }
  }
}
