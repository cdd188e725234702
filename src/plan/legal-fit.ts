import type { Counting } from "../channels/channel-spec.ts";
import type { Brand } from "../model/brand.ts";
import type { Market } from "../model/market.ts";
import { countText } from "../text/count-text.ts";
import { legalLines } from "../text/legal-lines.ts";
import type { SkipReason } from "./types.ts";

/** What the planner needs of a channel's caption rule. */
export interface CaptionLimit {
  max: number;
  counting: Counting;
}

/**
 * Legal lines never give way in a caption (everything else does, in the house's order), so a
 * placement whose legal lines alone exceed its caption limit cannot be offered in that market
 * and locale: a caption over the limit would be refused or cut by the platform.
 */
export function legalLinesFit(
  brand: Pick<Brand, "legalLines">,
  market: Market,
  locale: string,
  limit: CaptionLimit | undefined,
): SkipReason | undefined {
  if (!limit) return undefined;
  const lines = legalLines(brand, market, locale).lines;
  if (lines.length === 0) return undefined;
  const length = countText(lines.join("\n"), limit.counting);
  if (length <= limit.max) return undefined;
  return {
    code: "legal-lines-over-limit",
    message: `the legal lines in ${locale} need ${length} (${limit.counting}); the caption allows ${limit.max}`,
    locale,
    length,
    limit: limit.max,
  };
}
