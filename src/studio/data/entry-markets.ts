import type { EntryType } from "../../model/audience.ts";
import { isValidMoment, isValidTimeZone, resolveMoment, type Temporal } from "../../time/moment.ts";
import { refOf, refsOf } from "./fetch-context.ts";
import type { StudioAsset, StudioMarket } from "./model-values.ts";

type Fields = Record<string, unknown>;

/**
 * The markets an entry may be published in, as the planner decides them (`isTargeted`,
 * `isSoldIn`): the entry's `include` list if it has one, less `exclude`, and for a product only
 * where it is sold. Embargo and withdrawal do not narrow this: they say when, not where.
 */
export function targetedMarkets(
  document: Fields,
  type: EntryType,
  markets: readonly StudioMarket[],
): StudioMarket[] {
  const targeting = (document.markets ?? {}) as Fields;
  const include = targeting.include === undefined ? undefined : new Set(refsOf(targeting.include));
  const exclude = new Set(refsOf(targeting.exclude));
  const soldIn = type === "product" ? new Set(refsOf(document.soldIn)) : undefined;
  return markets.filter(
    (market) =>
      (include === undefined || include.has(market.documentId)) &&
      !exclude.has(market.documentId) &&
      (soldIn === undefined || soldIn.has(market.documentId)),
  );
}

/** The asset document ids an entry shows, in order: the hero first. */
export function entryAssetIds(document: Fields, type: EntryType): string[] {
  if (type === "story") return [refOf(document.hero) ?? [], refsOf(document.gallery)].flat();
  if (type === "capsule") return refsOf(document.keyVisuals);
  return refsOf(document.images);
}

/**
 * Whether the licence lets the image appear in the market at `now` (`assetSkipReasons` less
 * the usage, which depends on the audience): territories and expiry in the market's time zone.
 */
export function assetUsableIn(
  asset: StudioAsset,
  market: StudioMarket,
  now: Temporal.Instant,
): boolean {
  const { expires } = asset.licence;
  const { allow, exclude } = asset.licence.territories;
  if (allow !== undefined && !allow.includes(market.documentId)) return false;
  if (exclude.includes(market.documentId)) return false;
  if (expires === undefined || !isValidMoment(expires) || !isValidTimeZone(market.timeZone))
    return true;
  return now.epochNanoseconds < resolveMoment(expires, market.timeZone).epochNanoseconds;
}
