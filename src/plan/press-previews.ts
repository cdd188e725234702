import type { Audience } from "../model/audience.ts";
import type { Catalog } from "../model/catalog.ts";
import type { Entry } from "../model/entries.ts";
import type { Market } from "../model/market.ts";
import { resolveMoment, type Temporal } from "../time/moment.ts";
import { isChannelForAudience, isTargeted, publishMomentOf } from "./eligibility.ts";
import {
  type CapsuleLink,
  capsuleLinksOf,
  entryDecider,
  liveReasons,
  type PlanConfig,
  selected,
} from "./plan-build.ts";
import type { PlanDecision, SkipReason } from "./types.ts";

/**
 * A press preview of an embargoed launch in one market, for one press audience: a decision of
 * its own kind, never one of the plan's `decisions`, so nothing that publishes those (kits, site,
 * feeds, sitemaps, manifest) can ever see it. `open` while the embargo holds in that market: its
 * `decisions` are what the press gets. `lifted` once it has: the preview's address then only
 * leads to the public page, and `decisions` is empty.
 */
export interface PressPreview {
  kind: "press-preview";
  state: "open" | "lifted";
  market: string;
  audience: string;
  launch: { type: "story" | "capsule"; slug: string };
  embargo: {
    /** The instant the embargo lifts in this market. */
    at: string;
    /** The same moment in the market's time zone, without offset: `2099-03-01T10:00`. */
    local: string;
    timeZone: string;
  };
  /** Included decisions only, in plan order: the launch and, for a capsule, its products. */
  decisions: PlanDecision[];
}

/**
 * The press previews a house's opted-in launches ask for (`embargo.pressPreview`). Only the press
 * (audiences whose usage is `editorial`), only the markets the launch opts in and targets, only
 * the launch and the products its capsule holds. Each decision is the planner's own
 * (`entryDecider`), with exactly one thing lifted: the launch's embargo in that market. Any other
 * reason (a product's own embargo, another capsule, a licence, a withdrawal) still leaves the
 * entry out. Pure, like the plan.
 */
export function planPressPreviews(
  catalog: Catalog,
  config: PlanConfig,
  now: Temporal.Instant,
): PressPreview[] {
  const previews: PressPreview[] = [];
  const press = selected(catalog.audiences, config.audiences).filter(
    (audience) => audience.usage === "editorial",
  );
  if (press.length === 0) return previews;
  const markets = selected(catalog.markets, config.markets);
  const decide = entryDecider(catalog, config, now);
  const capsuleLinks = capsuleLinksOf(catalog.entries);
  for (const launch of catalog.entries) {
    if (launch.type === "product") continue;
    const optIn = launch.data.embargo.pressPreview;
    if (optIn === undefined) continue;
    for (const market of markets) {
      if (optIn !== true && !optIn.markets.includes(market.id)) continue;
      if (isTargeted(launch, market)) continue;
      const moment = publishMomentOf(launch, market);
      if (moment === undefined) continue;
      const lifts = resolveMoment(moment, market.timeZone);
      const embargo = {
        at: lifts.toInstant().toString(),
        local: lifts.toPlainDateTime().toString({ smallestUnit: "minute" }),
        timeZone: market.timeZone,
      };
      const open = now.epochNanoseconds < lifts.epochNanoseconds;
      for (const audience of press) {
        const decisions = open
          ? previewDecisions(catalog, decide, capsuleLinks, now, launch, market, audience)
          : [];
        if (open && decisions.length === 0) continue;
        previews.push({
          kind: "press-preview",
          state: open ? "open" : "lifted",
          market: market.id,
          audience: audience.id,
          launch: { type: launch.type, slug: launch.slug },
          embargo,
          decisions,
        });
      }
    }
  }
  return previews;
}

function previewDecisions(
  catalog: Catalog,
  decide: ReturnType<typeof entryDecider>,
  capsuleLinks: ReadonlyMap<string, readonly CapsuleLink[]>,
  now: Temporal.Instant,
  launch: Entry,
  market: Market,
  audience: Audience,
): PlanDecision[] {
  const held = new Set(
    launch.type === "capsule"
      ? [...capsuleLinks].flatMap(([product, links]) =>
          links.some((link) => link.slug === launch.slug) ? [product] : [],
        )
      : [],
  );
  const entries = catalog.entries.filter(
    (e) => e === launch || (e.type === "product" && held.has(e.slug)),
  );
  // The launch's embargo is the only reason the preview lifts, and only when it is all that
  // holds the launch here.
  const launchOnlyEmbargoed = liveReasons(launch, market, now).every((r) => r.code === "embargoed");
  const lifted = (entry: Entry, reason: SkipReason): boolean =>
    launchOnlyEmbargoed &&
    (entry === launch
      ? reason.code === "embargoed"
      : reason.code === "capsule-not-live" && reason.capsule === launch.slug);

  const decisions: PlanDecision[] = [];
  for (const channel of [...market.channels].sort()) {
    if (!isChannelForAudience(channel, audience)) continue;
    for (const entry of entries) {
      const decided = decide(entry, market, audience, channel);
      // A reason the planner gives before any other (not for this audience or channel) stays.
      const reasons = decided.reasons.filter((reason) => !lifted(entry, reason));
      if (reasons.length > 0 || !decided.locale) continue;
      decisions.push({ ...decided, included: true, reasons: [] });
    }
  }
  return decisions;
}
