import type { ChannelSpec } from "../../channels/channel-spec.ts";

export type HashtagRules = ChannelSpec["text"]["hashtags"];
export type HashtagSyntax = HashtagRules["syntax"];

/** Where a caption's hashtags come from, each list in the house's own order. */
export interface HashtagSources {
  /** The capsule's campaign handle (without `#`/`@`), when the entry belongs to a capsule. */
  campaignHandle?: string | undefined;
  /** The capsule's hashtags. */
  capsule?: readonly string[];
  /** The market's hashtags. */
  market?: readonly string[];
  /** The brand's hashtags. */
  brand?: readonly string[];
}

/** A hashtag chosen for a caption: its name (no `#`) and whether the caption must keep it. */
export interface ChosenHashtag {
  name: string;
  /**
   * Campaign and capsule hashtags say what the post is about: they stay when the caption is
   * shortened. Market and brand hashtags may be dropped for length, the brand's first.
   */
  required: boolean;
}

/** Whatever is not a letter, a combining mark, a digit or `_`: no platform keeps it in a tag. */
const NOT_IN_TAG = /[^\p{L}\p{M}\p{N}_]/gu;
const HAS_LETTER = /\p{L}/u;

/**
 * A hashtag's bare name: NFC, without `#`/`＃` on either side (so `#话题#` written as such is
 * accepted), without spaces or punctuation. Empty when nothing usable remains, or when no letter
 * remains: X and Instagram ignore all-digit tags such as `#1854`.
 */
export function normalizeHashtag(tag: string): string {
  const name = tag.normalize("NFC").replace(NOT_IN_TAG, "");
  return HAS_LETTER.test(name) ? name : "";
}

/** A hashtag in a platform's syntax: `#tag`, Weibo's `#话题#`, or nothing. */
export function formatHashtag(name: string, syntax: HashtagSyntax): string {
  switch (syntax) {
    case "hash":
      return `#${name}`;
    case "hash-both-sides":
      return `#${name}#`;
    case "none":
      return "";
  }
}

/**
 * The hashtags of a caption, most specific first: campaign handle, capsule, market, brand.
 * Most specific first because the channel's cap (Instagram: 5) keeps the head of the list: the
 * campaign tag is what this post is about and joins it to the campaign's other posts, the
 * market's tags reach that market's audience, while the brand's tags are on every post of the
 * house and so say the least about this one. Duplicates are dropped without regard to case,
 * keeping the first spelling; syntax `none` or a cap of 0 gives no hashtag.
 */
export function chooseHashtags(sources: HashtagSources, rules: HashtagRules): ChosenHashtag[] {
  if (rules.syntax === "none") return [];
  const ordered: ChosenHashtag[] = [
    ...[sources.campaignHandle ?? "", ...(sources.capsule ?? [])].map((name) => ({
      name,
      required: true,
    })),
    ...[...(sources.market ?? []), ...(sources.brand ?? [])].map((name) => ({
      name,
      required: false,
    })),
  ];
  const seen = new Set<string>();
  const chosen: ChosenHashtag[] = [];
  for (const tag of ordered) {
    const name = normalizeHashtag(tag.name);
    const key = name.toLowerCase();
    if (name === "" || seen.has(key)) continue;
    seen.add(key);
    chosen.push({ name, required: tag.required });
  }
  return chosen.slice(0, rules.max ?? chosen.length);
}
