import type { EntryType } from "../../model/audience.ts";
import {
  formatLocal,
  isValidMoment,
  isValidTimeZone,
  resolveMoment,
  type Temporal,
} from "../../time/moment.ts";
import { targetedMarkets } from "../data/entry-markets.ts";
import { refOf } from "../data/fetch-context.ts";
import type { StudioMarket } from "../data/model-values.ts";

/** What a document badge shows: Sanity's `{ label, title, color }`. */
export interface PublicationStatus {
  label: string;
  /** The tooltip: each market, in its own time. */
  title: string;
  color: "success" | "warning" | "danger";
}

type Fields = Record<string, unknown>;

type MarketState =
  | { market: StudioMarket; state: "live"; until?: Temporal.ZonedDateTime }
  | { market: StudioMarket; state: "embargoed"; until: Temporal.ZonedDateTime }
  | { market: StudioMarket; state: "withdrawn"; since: Temporal.ZonedDateTime };

/**
 * Where and when an entry is published, from its own fields and the published markets, with the
 * planner's rules: the markets it targets (and, for a product, is sold in), each market's
 * embargo (its own moment, else the entry's) and the withdrawal, read in the market's time zone.
 * Rights and audiences are not counted: they narrow what each kit holds, not whether the entry
 * appears. Undefined while nothing can be said (no market is published yet).
 */
export function publicationStatus(
  document: Fields,
  type: EntryType,
  markets: readonly StudioMarket[],
  now: Temporal.Instant,
): PublicationStatus | undefined {
  if (markets.length === 0) return undefined;
  const targeted = targetedMarkets(document, type, markets);
  if (targeted.length === 0) {
    return {
      label: "In no market",
      title: "This entry targets no published market: no build will publish it.",
      color: "danger",
    };
  }
  const states = targeted.map((market) => stateIn(document, market, now));
  const live = states.filter((state) => state.state === "live");
  const embargoed = states.filter((state) => state.state === "embargoed");
  const title = states.map(describe).join("\n");
  if (live.length === states.length) {
    return { label: `Live in ${count(states.length)}`, title, color: "success" };
  }
  if (live.length > 0) {
    return { label: `Live in ${live.length} of ${count(states.length)}`, title, color: "warning" };
  }
  if (embargoed.length > 0) {
    return { label: `Embargoed in ${count(embargoed.length)}`, title, color: "warning" };
  }
  return { label: "Withdrawn", title, color: "danger" };
}

function stateIn(document: Fields, market: StudioMarket, now: Temporal.Instant): MarketState {
  const embargo = (document.embargo ?? {}) as Fields;
  const own = Array.isArray(embargo.markets)
    ? (embargo.markets as Fields[]).find((moment) => refOf(moment.market) === market.documentId)
    : undefined;
  const publish = momentIn(own?.publishAt ?? embargo.publishAt, market);
  const withdraw = momentIn(document.unpublishAt, market);
  const reached = (moment: Temporal.ZonedDateTime) =>
    moment.toInstant().epochNanoseconds <= now.epochNanoseconds;
  if (withdraw && reached(withdraw)) return { market, state: "withdrawn", since: withdraw };
  if (publish && !reached(publish)) return { market, state: "embargoed", until: publish };
  return withdraw ? { market, state: "live", until: withdraw } : { market, state: "live" };
}

/** A moment as the market reads it, or undefined when the field is empty or not a moment. */
function momentIn(text: unknown, market: StudioMarket): Temporal.ZonedDateTime | undefined {
  if (typeof text !== "string" || !isValidMoment(text) || !isValidTimeZone(market.timeZone))
    return undefined;
  return resolveMoment(text, market.timeZone);
}

function describe(state: MarketState): string {
  const name = `${state.market.name} (${state.market.id})`;
  if (state.state === "withdrawn") return `${name}: withdrawn since ${formatLocal(state.since)}`;
  if (state.state === "embargoed") return `${name}: embargoed until ${formatLocal(state.until)}`;
  return state.until
    ? `${name}: live, withdrawn at ${formatLocal(state.until)}`
    : `${name}: live on the next build`;
}

function count(markets: number): string {
  return `${markets} ${markets === 1 ? "market" : "markets"}`;
}
