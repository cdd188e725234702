import type { Brand } from "../model/brand.ts";
import type { MarketData } from "../model/market.ts";

export interface LegalLines {
  lines: string[];
  /**
   * Whose legal lines exist in other locales but not in this one. Legal text is not translated
   * on the fly nor borrowed from another language, so such a caption goes out without them and
   * the pack says so.
   */
  missingFrom: Array<"brand" | "market">;
}

/** The brand's legal lines for the locale, then the market's, each line once. */
export function legalLines(
  brand: Pick<Brand, "legalLines">,
  market: Pick<MarketData, "legalLines">,
  locale: string,
): LegalLines {
  const missingFrom: LegalLines["missingFrom"] = [];
  const lines: string[] = [];
  for (const [owner, byLocale] of [
    ["brand", brand.legalLines],
    ["market", market.legalLines],
  ] as const) {
    const own = byLocale[locale];
    if (own === undefined) {
      if (Object.keys(byLocale).length > 0) missingFrom.push(owner);
      continue;
    }
    lines.push(...own.map((line) => line.normalize("NFC").trim()).filter((line) => line !== ""));
  }
  return { lines: [...new Set(lines)], missingFrom };
}
