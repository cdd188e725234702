import type { Counting } from "../channels/channel-spec.ts";
import type { Brand } from "../model/brand.ts";
import type { Market } from "../model/market.ts";
import { countText } from "../text/count-text.ts";
import {
  type DisclosureNeeds,
  disclosureLines,
  fixedCaptionText,
} from "../text/disclosure-lines.ts";
import { legalLines } from "../text/legal-lines.ts";
import type { SkipReason } from "./types.ts";

/** What the planner needs of a channel's caption rule. */
export interface CaptionLimit {
  max: number;
  counting: Counting;
}

/**
 * Legal lines and the disclosure never give way in a caption (everything else does, in the
 * house's order), so a placement where they alone exceed its caption limit cannot be offered in
 * that market and locale (to that audience, for the disclosure): a caption over the limit would
 * be refused or cut by the platform. Nor is a placement offered where the disclosure the caption
 * needs has no line in its locale: a paid post never goes out undisclosed.
 */
export function legalLinesFit(
  brand: Pick<Brand, "legalLines">,
  market: Market,
  locale: string,
  limit: CaptionLimit | undefined,
  needs?: DisclosureNeeds,
  /** An ambassador's tracked link, as the caption carries it (`captionLinkLine`): it never gives way either. */
  link?: string,
): SkipReason | undefined {
  if (!limit) return undefined;
  const lines = legalLines(brand, market, locale).lines;
  const legal = lines.length === 0 ? 0 : countText(lines.join("\n"), limit.counting);
  if (legal > limit.max) {
    return {
      code: "legal-lines-over-limit",
      message: `the legal lines in ${locale} need ${legal} (${limit.counting}); the caption allows ${limit.max}`,
      locale,
      length: legal,
      limit: limit.max,
    };
  }
  if (!needs) return undefined;
  const disclosure = disclosureLines(market.disclosure, needs, locale);
  if (disclosure.missing.length > 0) {
    const kinds = disclosure.missing.join(" and ");
    return {
      code: "disclosure-missing",
      message: `${market.id} has no ${kinds} disclosure line in ${locale}, and a ${kinds} post never goes out without one`,
      locale,
      kinds: disclosure.missing,
    };
  }
  if (disclosure.lines.length === 0 && !link) return undefined;
  const withoutLink = countText(fixedCaptionText(disclosure, lines), limit.counting);
  if (withoutLink <= limit.max && link) {
    const length = countText(fixedCaptionText(disclosure, lines, link), limit.counting);
    if (length <= limit.max) return undefined;
    return {
      code: "tracked-link-over-limit",
      message: `the tracked link${disclosure.lines.length > 0 ? ", the disclosure" : ""} and the legal lines in ${locale} need ${length} (${limit.counting}); the caption allows ${limit.max}`,
      locale,
      length,
      limit: limit.max,
    };
  }
  const length = withoutLink;
  if (length <= limit.max) return undefined;
  return {
    code: "disclosure-over-limit",
    message: `the disclosure (${disclosure.lines.join(" / ")}) and the legal lines in ${locale} need ${length} (${limit.counting}); the caption allows ${limit.max}`,
    locale,
    length,
    limit: limit.max,
  };
}
