import { type Label, pickLocalized } from "./locale-chain.ts";

/** What naming a market needs of it (the validated `Market` has it). */
export interface NamedMarket {
  id: string;
  /** The house's own name for it, in the brand's default locale: the last resort. */
  name: string;
  /** The name by locale, where the house wants its own (`Chine continentale`, `中国大陆`). */
  names?: Readonly<Record<string, string>> | undefined;
  /** ISO 3166-1 alpha-2 code. @default the id upper-cased, when that is a region (`jp` → `JP`) */
  region?: string | undefined;
}

export interface MarketNameOptions {
  /** The locale `name` is written in: the brand's default locale. @default `und` */
  nameLocale?: string | undefined;
}

/**
 * The market's name in `locale`: the house's own (`names`, and `name` in its locale, through the
 * locale's chain), else the region's name in that locale from the runtime's CLDR data (`JP` is
 * 日本 in Japanese, اليابان in Arabic), else `name`.
 */
export function marketLabel(
  market: NamedMarket,
  locale: string,
  options: MarketNameOptions = {},
): Label {
  const { nameLocale } = options;
  const houseNames = { ...(nameLocale ? { [nameLocale]: market.name } : {}), ...market.names };
  const own = pickLocalized(houseNames, locale);
  if (own) return own;
  const region = marketRegion(market);
  const fromCldr = region ? regionName(region, locale) : undefined;
  if (fromCldr) return { text: fromCldr, locale };
  return { text: market.name, locale: options.nameLocale ?? "und" };
}

export function marketName(
  market: NamedMarket,
  locale: string,
  options: MarketNameOptions = {},
): string {
  return marketLabel(market, locale, options).text;
}

/** The market's region: its own `region`, else its id when the id is a region's code. */
export function marketRegion(market: Pick<NamedMarket, "id" | "region">): string | undefined {
  if (market.region) return market.region;
  const code = market.id.toUpperCase();
  return isRegionCode(code) ? code : undefined;
}

/**
 * An ISO 3166-1 alpha-2 code the runtime can name: two capital letters, known to CLDR, and not
 * `ZZ` ("unknown region").
 */
export function isRegionCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || code === "ZZ") return false;
  return regionNames("en")?.of(code) !== undefined;
}

const displayNames = new Map<string, Intl.DisplayNames | undefined>();

/** The runtime's names of regions in a locale, or undefined when it has no data for it. */
function regionNames(locale: string): Intl.DisplayNames | undefined {
  if (!displayNames.has(locale)) {
    let names: Intl.DisplayNames | undefined;
    try {
      // Without data for the locale, Intl would answer in its default locale: never ask it then.
      names =
        Intl.DisplayNames.supportedLocalesOf([locale]).length > 0
          ? new Intl.DisplayNames([locale], { type: "region", fallback: "none" })
          : undefined;
    } catch {
      names = undefined;
    }
    displayNames.set(locale, names);
  }
  return displayNames.get(locale);
}

function regionName(region: string, locale: string): string | undefined {
  try {
    return regionNames(locale)?.of(region);
  } catch {
    return undefined;
  }
}
