import {
  formatLocal,
  isValidMoment,
  isValidTimeZone,
  resolveMoment,
  Temporal,
} from "../../time/moment.ts";
import type { StudioAsset, StudioMarket } from "../data/model-values.ts";

const DAY_NS = 86_400_000_000_000n;

/**
 * Licence expiry as the planner applies it (`assetSkipReasons`): the moment is read in each
 * market's time zone, and from then on the image is left out of that market's packs. The Studio
 * says so before it happens: a warning when the licence has ended in a market where it could be
 * used, and when it ends within `warningDays`, while there is time to renew it or replace the
 * image. Without any market yet, the moment is read in UTC.
 */
export function licenceExpiryWarnings(
  asset: StudioAsset,
  markets: readonly StudioMarket[],
  now: Temporal.Instant,
  warningDays: number,
): string[] {
  const { expires } = asset.licence;
  const { allow, exclude } = asset.licence.territories;
  if (expires === undefined || !isValidMoment(expires)) return [];
  const where = markets.filter(
    (market) =>
      isValidTimeZone(market.timeZone) &&
      (allow === undefined || allow.includes(market.documentId)) &&
      !exclude.includes(market.documentId),
  );
  const places = where.length > 0 ? where : [{ name: "UTC", timeZone: "UTC" }];

  const expired: string[] = [];
  const endingSoon: string[] = [];
  let soonestDays = Number.POSITIVE_INFINITY;
  for (const place of places) {
    const end = resolveMoment(expires, place.timeZone);
    const left = end.epochNanoseconds - now.epochNanoseconds;
    const label = place.name === "UTC" ? formatLocal(end) : `${place.name} ${formatLocal(end)}`;
    if (left <= 0n) {
      expired.push(label);
    } else if (left <= BigInt(warningDays) * DAY_NS) {
      endingSoon.push(label);
      soonestDays = Math.min(soonestDays, Math.ceil(Number(left) / Number(DAY_NS)));
    }
  }

  const warnings: string[] = [];
  if (expired.length > 0) {
    const everywhere = expired.length === places.length;
    warnings.push(
      `The licence has ended (${expired.join(" · ")}): the image is left out of ${everywhere ? "every pack" : "these markets' packs"}; renew the licence or replace the image`,
    );
  }
  if (endingSoon.length > 0) {
    warnings.push(
      `The licence ends in ${soonestDays} ${soonestDays === 1 ? "day" : "days"} (${endingSoon.join(" · ")}): after that the image is left out of the packs; renew it or plan a replacement`,
    );
  }
  return warnings;
}

export function instantOf(date: Date): Temporal.Instant {
  return Temporal.Instant.fromEpochMilliseconds(date.getTime());
}
