import twitter from "twitter-text";
import type { ChannelSpec, Counting } from "../../channels/channel-spec.ts";
import type { Brand } from "../../model/brand.ts";
import type { CapsuleData, CapsuleText, ProductText, StoryText } from "../../model/entries.ts";
import type { MarketData, TextDirection } from "../../model/market.ts";
import type { ResolvedLocale } from "../../plan/types.ts";
import { countText } from "../../text/count-text.ts";
import type { DisclosureLines } from "../../text/disclosure-lines.ts";
import { legalLines } from "../../text/legal-lines.ts";
import { captionLinkLine } from "../../text/tracked-link.ts";
import { isolateLtr, isolateUrls } from "./bidi.ts";
import { type CaptionWarning, captionWarning } from "./caption-warnings.ts";
import { type CreditedImage, creditLines } from "./credit-lines.ts";
import { type ChosenHashtag, chooseHashtags, formatHashtag } from "./hashtags.ts";
import { markdownToText } from "./markdown-text.ts";
import { truncateToFit } from "./truncate.ts";

export interface CaptionInput {
  /** The entry's text in the resolved locale; `body` is Markdown. */
  text: StoryText | CapsuleText | ProductText;
  /** The locale of that text and its direction (the plan's `ResolvedLocale`). */
  locale: Pick<ResolvedLocale, "locale" | "direction">;
  brand: Pick<Brand, "name" | "defaultLocale" | "hashtags" | "creditLine" | "legalLines">;
  market: Pick<MarketData, "hashtags" | "legalLines">;
  /** The capsule the entry is or belongs to: its campaign handle and hashtags come first. */
  capsule?: Pick<CapsuleData, "hashtags" | "campaignHandle"> | undefined;
  /** The images published with the caption, in order: each distinct credit gets a line. */
  images: readonly CreditedImage[];
  /** The channel's text rules. */
  rules: ChannelSpec["text"];
  /**
   * The market's disclosure lines for this audience, channel and images (`disclosureLines`):
   * like the legal lines, they never give way. @default none (an audience whose posts are not
   * paid or gifted, and no retouched image)
   */
  disclosure?: DisclosureLines | undefined;
  /**
   * An ambassador's tracked link (`trackedLink`): a block of its own after the text, before the
   * hashtags. Like the disclosure it never gives way (the plan does not offer a placement where
   * it cannot fit: `tracked-link-over-limit`). @default none
   */
  link?: string | undefined;
}

export interface Caption {
  locale: string;
  direction: TextDirection;
  /** The caption, NFC, lines separated by `\n`, no trailing newline. */
  text: string;
  /** The text's length under `counting`. More than `limit` only with a `CaptionOverLimit` warning. */
  length: number;
  limit: number;
  counting: Counting;
  /** True when the body, the dek, the title or hashtags were shortened or left out. */
  truncated: boolean;
  /**
   * True when the credit line did not fit: the credit is then in the kit's README and in each
   * image's XMP, never dropped.
   */
  creditMoved: boolean;
  /** The hashtags in the text, without their syntax, most specific first. */
  hashtags: string[];
  warnings: CaptionWarning[];
}

interface Parts {
  title: string;
  dek: string;
  body: string;
  hashtags: ChosenHashtag[];
  /** Whether the credit lines are in the caption. */
  credits: boolean;
}

/**
 * The caption of one entry for one channel, market and locale, or undefined when the channel
 * takes no caption (a story image).
 *
 * Layout: title; blank line; dek and body (plain text from the Markdown); blank line; an
 * ambassador's tracked link; blank line; the hashtag line, the credit lines and the legal lines,
 * one a line. A caption never ships over its limit:
 * when it is too long the parts give way in this order (the house's product decision): the
 * hashtags beyond the first (the least specific first), then the body and then the dek (each cut
 * at a word with `…`, then left out), then the title (shortened at a word or grapheme boundary
 * with `…`), then the credit lines (they move to the kit's README and stay in each image's XMP:
 * `creditMoved`), then the first hashtag and the title itself. The legal lines and the
 * disclosure never move: the plan does not offer a placement where they alone exceed its limit
 * (`legal-lines-over-limit`, `disclosure-over-limit`), so `CaptionOverLimit` is only a last guard.
 *
 * The disclosure (`Publicité`, `#ad`, `广告`…) is the caption's first lines, a blank line before
 * the title, where the market or platform wants it at the start (the default: FTC, KFTC and
 * Japan's CAA want it seen before "more"); after the legal lines where it wants it at the end.
 *
 * Right-to-left locales: Latin hashtags, the values filled into the credit line (names, licence,
 * brand), a Latin title and URLs are wrapped in isolates (see `bidi.ts`); the isolates are part
 * of the text and counted as the platform counts them.
 */
export function buildCaption(input: CaptionInput): Caption | undefined {
  const limit = input.rules.caption;
  if (limit === undefined) return undefined;
  const { locale, direction } = input.locale;
  const rtl = direction === "rtl";
  const syntax = input.rules.hashtags.syntax;
  const warnings: CaptionWarning[] = [];

  const prose = (text: string): string => {
    const clean = text.normalize("NFC").trim();
    return rtl ? isolateUrls(clean) : clean;
  };
  const text = input.text;
  const full: Parts = {
    title: prose("title" in text ? text.title : text.name),
    dek: prose("dek" in text ? (text.dek ?? "") : ""),
    body: prose(markdownToText(text.body)),
    hashtags: chooseHashtags(
      {
        campaignHandle: input.capsule?.campaignHandle,
        capsule: input.capsule?.hashtags ?? [],
        market: input.market.hashtags,
        brand: input.brand.hashtags,
      },
      input.rules.hashtags,
    ),
    credits: true,
  };

  const credits = creditLines(input.images, input.brand, locale, rtl ? isolateLtr : undefined);
  if (credits.templateLocale === undefined && input.images.length > 0) {
    warnings.push(
      captionWarning(
        "CreditTemplateMissing",
        `brand.yaml has no creditLine for ${locale} nor for ${input.brand.defaultLocale}: the images go uncredited`,
      ),
    );
  } else if (credits.templateLocale !== undefined && credits.templateLocale !== locale) {
    warnings.push(
      captionWarning(
        "CreditTemplateFallback",
        `brand.yaml has no creditLine for ${locale}; the ${credits.templateLocale} template was used`,
      ),
    );
  }
  const legal = legalLines(input.brand, input.market, locale);
  for (const owner of legal.missingFrom) {
    warnings.push(
      captionWarning(
        "LegalLinesMissing",
        `the ${owner} has legal lines in other locales but none in ${locale}`,
      ),
    );
  }

  const disclosure = input.disclosure;
  if (disclosure?.unconfigured) {
    warnings.push(
      captionWarning(
        "DisclosureNotConfigured",
        `the audience's posts are paid or gifted, but the market has no disclosure line for them: the caption goes without one`,
      ),
    );
  }
  const disclosed = disclosure?.lines ?? [];
  const atStart = disclosure?.position !== "end";
  const link = input.link ? captionLinkLine(input.link.normalize("NFC"), direction) : "";

  const assemble = (parts: Parts): string => {
    const middle = [parts.dek, parts.body].filter((part) => part !== "").join("\n\n");
    const tagLine = parts.hashtags
      .map((tag) => formatHashtag(tag.name, syntax))
      .map((tag) => (rtl ? isolateLtr(tag) : tag))
      .join(" ");
    const footer = [
      tagLine,
      ...(parts.credits ? credits.lines : []),
      ...legal.lines,
      ...(atStart ? [] : disclosed),
    ].filter((line) => line !== "");
    const title = rtl && parts.title !== "" ? isolateLtr(parts.title) : parts.title;
    const head = atStart ? disclosed.join("\n") : "";
    return [head, title, middle, link, footer.join("\n")]
      .filter((block) => block !== "")
      .join("\n\n");
  };
  const fits = (parts: Parts): boolean => countText(assemble(parts), limit.counting) <= limit.max;
  /** The part shortened to fit, or left out when nothing of it fits; undefined if even that fails. */
  const cut = (parts: Parts, field: "dek" | "body"): Parts | undefined => {
    const fitsWith = (candidate: string) => fits({ ...parts, [field]: candidate });
    const shortened = truncateToFit(parts[field], fitsWith, { locale });
    if (shortened.text !== "") return { ...parts, [field]: shortened.text };
    const without = { ...parts, [field]: "" };
    return fits(without) ? without : undefined;
  };

  const done = (parts: Parts, truncated: boolean): Caption => {
    const caption = assemble(parts);
    // The tracked link is meant to be there: its page says where else to put it.
    const urls = input.rules.linksClickable
      ? []
      : twitter.extractUrls(caption).filter((url) => url !== input.link);
    if (urls.length > 0) {
      warnings.push(
        captionWarning(
          "LinksNotClickable",
          `${urls.join(", ")} will show as plain text on this channel`,
        ),
      );
    }
    return {
      locale,
      direction,
      text: caption,
      length: countText(caption, limit.counting),
      limit: limit.max,
      counting: limit.counting,
      truncated,
      creditMoved: !parts.credits && credits.lines.length > 0,
      hashtags: parts.hashtags.map((tag) => tag.name),
      warnings,
    };
  };

  if (fits(full)) return done(full, false);

  /** The parts with the title shortened to fit, or undefined when no title fits at all. */
  const shortenTitle = (from: Parts): Parts | undefined => {
    if (fits(from)) return from;
    const short = truncateToFit(full.title, (candidate) => fits({ ...from, title: candidate }), {
      locale,
    });
    if (short.text === "") return undefined;
    warnings.push(
      captionWarning(
        "TitleTruncated",
        `the title was cut to “${short.text}” to fit ${limit.max} (${limit.counting})`,
      ),
    );
    return { ...from, title: short.text };
  };

  // 1. The hashtags beyond the first, the least specific first.
  let parts = full;
  while (parts.hashtags.length > 1 && !fits(parts)) {
    parts = { ...parts, hashtags: parts.hashtags.slice(0, -1) };
  }
  if (parts.hashtags.length < full.hashtags.length) {
    warnings.push(hashtagsDropped(full.hashtags, parts.hashtags));
  }
  if (fits(parts)) return done(parts, true);

  // 2. The body, then the dek.
  const withBody = cut(parts, "body");
  if (withBody) return done(withBody, true);
  parts = { ...parts, body: "" };
  const withDek = cut(parts, "dek");
  if (withDek) return done(withDek, true);
  parts = { ...parts, dek: "" };

  // 3. The title, shortened.
  const titled = shortenTitle(parts);
  if (titled) return done(titled, true);

  // 4. The credit lines move to the README (and stay in the XMP); the title gets its room back.
  if (credits.lines.length > 0) {
    warnings.push(
      captionWarning(
        "CreditMoved",
        `the credit line does not fit ${limit.max} (${limit.counting}) with the legal lines: it is in the README and in each image's XMP`,
      ),
    );
    parts = { ...parts, credits: false };
    if (fits(parts)) return done(parts, true);
    const titledWithoutCredit = shortenTitle(parts);
    if (titledWithoutCredit) return done(titledWithoutCredit, true);
  }

  // 5. The first hashtag, then the title: only the legal lines are left.
  if (parts.hashtags.length > 0) {
    warnings.push(hashtagsDropped(parts.hashtags, []));
    parts = { ...parts, hashtags: [] };
    if (fits(parts)) return done(parts, true);
    const titledBare = shortenTitle(parts);
    if (titledBare) return done(titledBare, true);
  }
  const legalOnly = done({ ...parts, title: "" }, true);
  if (legalOnly.length <= limit.max) return legalOnly;
  warnings.push(
    captionWarning(
      "CaptionOverLimit",
      `the legal lines${disclosed.length > 0 ? " and the disclosure" : ""}${link ? " and the tracked link" : ""} alone need ${legalOnly.length} (${limit.counting}); the channel allows ${limit.max}`,
    ),
  );
  return legalOnly;
}

function hashtagsDropped(
  before: readonly ChosenHashtag[],
  after: readonly ChosenHashtag[],
): CaptionWarning {
  const kept = new Set(after.map((tag) => tag.name));
  const left = before.filter((tag) => !kept.has(tag.name)).map((tag) => tag.name);
  return captionWarning("HashtagsDropped", `left out for length: ${left.join(", ")}`);
}
