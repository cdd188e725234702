import type { Asset } from "../model/asset.ts";
import type { Audience } from "../model/audience.ts";
import type { Catalog } from "../model/catalog.ts";
import { type Entry, entryAssetIds } from "../model/entries.ts";
import type { Market } from "../model/market.ts";
import { compareCodepoints } from "../text/compare-codepoints.ts";
import { formatLocal, Temporal } from "../time/moment.ts";
import {
  assetSkipReasons,
  isEmbargoed,
  isForAudience,
  isForChannel,
  isSoldIn,
  isTargeted,
  isUnpublished,
} from "./eligibility.ts";
import {
  capsuleLinksOf,
  capsuleReasons,
  liveReasons,
  type PlanConfig,
  selected,
} from "./plan-build.ts";
import { momentTimes, planMoments } from "./plan-moments.ts";

/** How far ahead the build report looks. @default 30 days: about a month of launches. */
export const UPCOMING_DAYS = 30;

/**
 * What the clock alone changes at that moment: an entry's embargo lifts (it appears), an entry is
 * withdrawn (it disappears), an image's licence expires (it disappears from every entry using it),
 * a live-shopping session ends (its kit goes).
 */
export type UpcomingKind = "embargo-lifts" | "withdrawn" | "licence-expires" | "session-ends";

/** One moment, in one market, at which the output of a build changes with no change of content. */
export interface UpcomingChange {
  kind: UpcomingKind;
  /** The instant, in UTC: `2027-01-30T15:00:00Z`. */
  at: string;
  market: string;
  timeZone: string;
  /** The same instant in the market's time zone, as the plan shows it: `2027-01-31 00:00 Asia/Tokyo (UTC+09:00)`. */
  local: string;
  /**
   * `type/slug` of the entry that appears or is withdrawn; for a licence, of every entry that
   * shows the image in that market until then; `moment/<id>` of a session that ends.
   */
  entries: string[];
  /** The image whose licence expires (`licence-expires` only). */
  asset?: string;
  /** `capsule/<slug>`, when a product appears or goes because of its capsule's own moment. */
  via?: string;
}

export interface UpcomingOptions {
  /** How far ahead to look, in days of 24 hours from `now`; `Infinity` for every moment. @default UPCOMING_DAYS */
  days?: number;
}

/** The end of every window: past any moment a house can write (years have four digits). */
const LAST_INSTANT = Temporal.Instant.from("9999-12-31T23:59:59.999999999Z");

/** The first instant at which the output changes by the clock alone, and what changes then. */
export interface NextChange {
  at: string;
  changes: UpcomingChange[];
}

/**
 * The next moment a build would give another output with no change of content, or null when
 * the clock alone will never change it: what a scheduled build waits for.
 */
export function nextChange(
  catalog: Catalog,
  config: PlanConfig,
  now: Temporal.Instant,
): NextChange | null {
  const changes = upcomingChanges(catalog, config, now, { days: Infinity });
  const first = changes[0];
  if (!first) return null;
  return { at: first.at, changes: changes.filter((change) => change.at === first.at) };
}

/**
 * Every moment in `(now, now + days]` at which the output changes by the clock alone, per market,
 * in time order. Pure: no I/O, no clock (`now` is an argument), deterministic order.
 *
 * It asks the planner's own rules (`liveReasons`, `capsuleReasons`, `assetSkipReasons`) on
 * either side of each moment, so a listed moment is exactly when a build starts deciding
 * otherwise, and a moment that changes nothing is left out: an entry not targeted at or not sold
 * in the market, or that no selected audience or channel takes; an embargo that lifts after the
 * withdrawal; a licence that expires while no entry may show the image there.
 */
export function upcomingChanges(
  catalog: Catalog,
  config: PlanConfig,
  now: Temporal.Instant,
  options: UpcomingOptions = {},
): UpcomingChange[] {
  const days = options.days ?? UPCOMING_DAYS;
  if (Number.isNaN(days) || days <= 0) {
    throw new RangeError(`Expected a positive number of days for days but received ${days}`);
  }
  const end = days === Infinity ? LAST_INSTANT : now.add({ seconds: Math.round(days * 86_400) });
  const within = (instant: string): Temporal.Instant | undefined => {
    const at = Temporal.Instant.from(instant);
    const inWindow =
      Temporal.Instant.compare(at, now) > 0 && Temporal.Instant.compare(at, end) <= 0;
    return inWindow ? at : undefined;
  };
  const assets = new Map(catalog.assets.map((asset) => [asset.id, asset]));
  const capsules = new Map(
    catalog.entries.flatMap((entry) =>
      entry.type === "capsule" ? [[entry.slug, entry] as const] : [],
    ),
  );
  const capsuleLinks = capsuleLinksOf(catalog.entries);
  const audiences = selected(catalog.audiences, config.audiences);
  const changes: UpcomingChange[] = [];

  for (const market of selected(catalog.markets, config.markets)) {
    const change = (kind: UpcomingKind, instant: Temporal.Instant) => ({
      kind,
      at: instant.toString(),
      market: market.id,
      timeZone: market.timeZone,
      local: formatLocal(instant.toZonedDateTimeISO(market.timeZone)),
    });
    const live = (entry: Entry, instant: Temporal.Instant) =>
      liveReasons(entry, market, instant).length === 0 &&
      capsuleReasons({ entry, market, now: instant, capsules, capsuleLinks }).length === 0;
    /** Live until `instant` (excluded), so what it shows changes then. */
    const liveUntil = (entry: Entry, instant: Temporal.Instant) =>
      live(entry, instant.subtract({ nanoseconds: 1 }));
    /** By asset: the instant its licence expires here and the entries showing it until then. */
    const expiring = new Map<string, { instant: Temporal.Instant; entries: string[] }>();

    for (const entry of catalog.entries) {
      if (!takenIn(entry, market, audiences, config)) continue;
      const id = `${entry.type}/${entry.slug}`;
      const linked = (capsuleLinks.get(entry.slug) ?? []).flatMap(({ slug }) => {
        const capsule = entry.type === "product" ? capsules.get(slug) : undefined;
        return capsule ? [capsule] : [];
      });
      for (const { instant, via } of momentsOf(entry, linked, market, now, end, within)) {
        const after = live(entry, instant);
        if (after === liveUntil(entry, instant)) continue;
        changes.push({
          ...change(after ? "embargo-lifts" : "withdrawn", instant),
          entries: [id],
          ...(via ? { via } : {}),
        });
      }
      for (const assetId of new Set(entryAssetIds(entry))) {
        const asset = assets.get(assetId);
        const expiry = asset && expiryOf(asset, market, usersOf(entry, audiences), now, end);
        const expireAt = expiry && within(expiry);
        if (!expireAt || !liveUntil(entry, expireAt)) continue;
        const known = expiring.get(assetId) ?? { instant: expireAt, entries: [] };
        known.entries.push(id);
        expiring.set(assetId, known);
      }
    }
    for (const [asset, { instant, entries }] of expiring) {
      changes.push({ ...change("licence-expires", instant), entries, asset });
    }
    for (const moment of catalog.moments ?? []) {
      if (moment.market !== market.id) continue;
      const endsAt = within(momentTimes(moment, market).end.toInstant().toString());
      // Its kit goes at the end only where it is there just before.
      if (
        !endsAt ||
        !momentKitAt(catalog, moment.id, market.id, endsAt.subtract({ nanoseconds: 1 }))
      )
        continue;
      changes.push({ ...change("session-ends", endsAt), entries: [`moment/${moment.id}`] });
    }
  }
  return changes.sort(
    (a, b) =>
      Temporal.Instant.compare(Temporal.Instant.from(a.at), Temporal.Instant.from(b.at)) ||
      compareCodepoints(a.market, b.market) ||
      compareCodepoints(a.kind, b.kind) ||
      compareCodepoints(a.asset ?? "", b.asset ?? "") ||
      compareCodepoints(a.entries.join(" "), b.entries.join(" ")),
  );
}

/**
 * The instants in the window at which the entry's own embargo lifts or its withdrawal begins, and
 * those of the capsules that hold it (`via` names the capsule when the moment is not its own).
 */
function momentsOf(
  entry: Entry,
  capsules: readonly Entry[],
  market: Market,
  now: Temporal.Instant,
  end: Temporal.Instant,
  within: (instant: string) => Temporal.Instant | undefined,
): { instant: Temporal.Instant; via?: string }[] {
  const found = new Map<string, { instant: Temporal.Instant; via?: string }>();
  for (const holder of [entry, ...capsules]) {
    const lift = isEmbargoed(holder, market, now);
    const withdrawal = isUnpublished(holder, market, end);
    const instants = [
      lift?.code === "embargoed" ? lift.untilInstant : undefined,
      withdrawal?.code === "unpublished" ? withdrawal.sinceInstant : undefined,
    ];
    for (const text of instants) {
      const instant = text === undefined ? undefined : within(text);
      if (!instant || found.has(instant.toString())) continue;
      const via = holder === entry ? undefined : `capsule/${holder.slug}`;
      found.set(instant.toString(), via ? { instant, via } : { instant });
    }
  }
  return [...found.values()];
}

/** True when the moment has its kit in the market at that instant (`planMoments`' own rules). */
function momentKitAt(
  catalog: Catalog,
  moment: string,
  market: string,
  at: Temporal.Instant,
): boolean {
  const options = { markets: [market], channels: new Map(), engine: { sharp: "", vips: "" } };
  return planMoments(catalog, options, at).kits.some((kit) => kit.moment === moment);
}

/** The audiences selected that receive the entry. */
function usersOf(entry: Entry, audiences: readonly Audience[]): Audience[] {
  return audiences.filter((audience) => !isForAudience(entry, audience));
}

/**
 * True when some selected audience receives the entry in some channel of the market, and the
 * market is one it is targeted at and sold in: rules the clock never changes.
 */
function takenIn(
  entry: Entry,
  market: Market,
  audiences: readonly Audience[],
  config: PlanConfig,
): boolean {
  if (isTargeted(entry, market) || isSoldIn(entry, market)) return false;
  if (usersOf(entry, audiences).length === 0) return false;
  const { channels } = config;
  if (!channels) return market.channels.length > 0;
  return market.channels.some((channel) => !isForChannel(entry, channels.get(channel), channel));
}

/**
 * The instant the asset's licence expires in the market, when it ends by `end` and one of the
 * entry's audiences may use the image now (else its expiry changes nothing there).
 */
function expiryOf(
  asset: Asset,
  market: Market,
  users: readonly Audience[],
  now: Temporal.Instant,
  end: Temporal.Instant,
): string | undefined {
  const usableNow = users.some(
    (audience) => assetSkipReasons(asset, market, [audience.usage], now).length === 0,
  );
  if (!usableNow) return undefined;
  const expired = assetSkipReasons(asset, market, [], end).find(
    (reason) => reason.code === "licence-expired",
  );
  return expired?.code === "licence-expired" ? expired.sinceInstant : undefined;
}
