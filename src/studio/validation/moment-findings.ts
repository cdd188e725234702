import type { Path } from "@sanity/types";
import {
  formatLocal,
  isValidMoment,
  isValidTimeZone,
  momentForm,
  resolveMoment,
  Temporal,
} from "../../time/moment.ts";
import { refOf } from "../data/fetch-context.ts";
import type { StudioMarket } from "../data/model-values.ts";

/** A finding about an entry's moments, at the field it concerns. */
export interface MomentFinding {
  severity: "error" | "warning" | "info";
  message: string;
  path: Path;
}

type Fields = Record<string, unknown>;

interface MarketMoment {
  text: string;
  path: Path;
}

/**
 * Embargo and withdrawal as each market will read them: a moment without an offset is wall-clock
 * time in the market's own time zone (`resolveMoment`), so the Studio resolves it there, as the
 * planner does, and says what each market gets.
 *
 * - A wall-clock time that a market skips (clocks go forward) or lives twice (clocks go back)
 *   is flagged with the instant the build will use.
 * - Withdrawal at or before publication in a market is an error: the entry would never appear.
 * - A per-market moment for a market the entry does not target is never used.
 * - The moment each market publishes is listed, in its own time zone.
 */
export function momentFindings(
  document: Fields,
  targeted: readonly StudioMarket[],
  allMarkets: readonly StudioMarket[],
): MomentFinding[] {
  const findings: MomentFinding[] = [];
  const embargo = (document.embargo ?? {}) as Fields;
  const publishAt = typeof embargo.publishAt === "string" ? embargo.publishAt : undefined;
  const overrides = perMarketMoments(embargo.markets, allMarkets, targeted, findings);
  const unpublishAt = typeof document.unpublishAt === "string" ? document.unpublishAt : undefined;

  const schedule: string[] = [];
  for (const market of targeted) {
    if (!isValidTimeZone(market.timeZone)) continue;
    const publish: MarketMoment | undefined =
      overrides.get(market.documentId) ??
      (publishAt === undefined ? undefined : { text: publishAt, path: ["embargo", "publishAt"] });
    const withdraw: MarketMoment | undefined =
      unpublishAt === undefined ? undefined : { text: unpublishAt, path: ["unpublishAt"] };

    for (const moment of [publish, withdraw]) {
      const problem = moment && wallClockProblem(moment.text, market);
      if (moment && problem)
        findings.push({ severity: "warning", message: problem, path: moment.path });
    }
    const from =
      publish && isValidMoment(publish.text)
        ? resolveMoment(publish.text, market.timeZone)
        : undefined;
    const until =
      withdraw && isValidMoment(withdraw.text)
        ? resolveMoment(withdraw.text, market.timeZone)
        : undefined;
    if (from && until && Temporal.ZonedDateTime.compare(until, from) <= 0) {
      findings.push({
        severity: "error",
        message: `Withdrawn ${formatLocal(until)}, before it is published ${formatLocal(from)} in ${market.name}: the entry would never appear there`,
        path: ["unpublishAt"],
      });
    }
    if (from) schedule.push(`${market.name} ${formatLocal(from)}`);
  }
  if (schedule.length > 0) {
    findings.push({
      severity: "info",
      message: `Published in each market from: ${schedule.join(" · ")}`,
      path: ["embargo"],
    });
  }
  return findings;
}

/** `embargo.markets[]` by market document id; unused and repeated markets are reported. */
function perMarketMoments(
  value: unknown,
  allMarkets: readonly StudioMarket[],
  targeted: readonly StudioMarket[],
  findings: MomentFinding[],
): Map<string, MarketMoment> {
  const moments = new Map<string, MarketMoment>();
  if (!Array.isArray(value)) return moments;
  const nameOf = (id: string) => allMarkets.find((market) => market.documentId === id)?.name ?? id;
  for (const item of value as Fields[]) {
    const market = refOf(item?.market);
    const key = item?._key;
    const text = item?.publishAt;
    if (market === undefined || typeof key !== "string" || typeof text !== "string") continue;
    const path: Path = ["embargo", "markets", { _key: key }, "publishAt"];
    if (moments.has(market)) {
      findings.push({
        severity: "error",
        message: `${nameOf(market)} has two publish moments: keep one`,
        path: ["embargo", "markets", { _key: key }, "market"],
      });
      continue;
    }
    moments.set(market, { text, path });
    const known = allMarkets.some((candidate) => candidate.documentId === market);
    if (known && !targeted.some((candidate) => candidate.documentId === market)) {
      findings.push({
        severity: "warning",
        message: `${nameOf(market)} is not among the markets this entry is published in: this moment is never used`,
        path: ["embargo", "markets", { _key: key }, "market"],
      });
    }
  }
  return moments;
}

/**
 * A local date-time a market's clocks skip or show twice. The build reads it as Temporal's
 * "compatible" choice (`resolveMoment`): after the gap, or the first of the two.
 */
export function wallClockProblem(
  text: string,
  market: Pick<StudioMarket, "name" | "timeZone">,
): string | undefined {
  if (momentForm(text) !== "local-date-time" || !isValidMoment(text)) return undefined;
  const wallClock = Temporal.PlainDateTime.from(text);
  const earlier = wallClock.toZonedDateTime(market.timeZone, { disambiguation: "earlier" });
  const later = wallClock.toZonedDateTime(market.timeZone, { disambiguation: "later" });
  if (earlier.equals(later)) return undefined;
  const used = formatLocal(resolveMoment(text, market.timeZone));
  const shown = text.replace("T", " ");
  return earlier.toPlainDateTime().equals(wallClock)
    ? `${shown} happens twice in ${market.name} (${market.timeZone}), when the clocks go back: the build uses the first, ${used}`
    : `${shown} does not exist in ${market.name} (${market.timeZone}), where the clocks go forward: the build reads it as ${used}`;
}
