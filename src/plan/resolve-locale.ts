import type { Market } from "../model/market.ts";
import type { ResolvedLocale } from "./types.ts";

/** The first locale of the market's chain that `has`, or undefined when none does. */
export function resolveLocale(
  market: Market,
  has: (locale: string) => boolean,
): ResolvedLocale | undefined {
  const index = market.locales.findIndex(has);
  if (index === -1) return undefined;
  const locale = market.locales[index] as string;
  return {
    locale,
    chain: [...market.locales],
    fallback: index > 0,
    direction: market.directionOf[locale] ?? "ltr",
  };
}
