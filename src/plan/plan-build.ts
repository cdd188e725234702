import type { ResolvedConfig } from "../config/resolve-config.ts";
import type { Asset } from "../model/asset.ts";
import type { Audience } from "../model/audience.ts";
import type { Catalog } from "../model/catalog.ts";
import { type Entry, entryAssetIds } from "../model/entries.ts";
import type { Market } from "../model/market.ts";
import type { Temporal } from "../time/moment.ts";
import {
  assetSkipReasons,
  type ChannelRules,
  isChannelForAudience,
  isEmbargoed,
  isForAudience,
  isForChannel,
  isSoldIn,
  isTargeted,
  isUnpublished,
} from "./eligibility.ts";
import { legalLinesFit } from "./legal-fit.ts";
import { resolveLocale } from "./resolve-locale.ts";
import type { AssetDecision, Plan, PlanDecision, PlanSummary, SkipReason } from "./types.ts";

export type PlanConfig = Pick<ResolvedConfig, "markets" | "audiences"> & {
  /**
   * Channel records by id. Without them (e.g. `relais plan` on content alone) every channel a
   * market lists takes every entry type and needs no usage beyond the audience's.
   */
  channels?: ReadonlyMap<string, ChannelRules>;
};

const ANY_CHANNEL: ChannelRules = { entryTypes: ["story", "capsule", "product"] };

/**
 * Decides, for every audience × market × channel × entry, whether the entry is published and,
 * if not, why. The channels are the market's that the audience takes (its `channels`). Pure: no I/O, no clock (`now` is an argument), deterministic order.
 */
export function planBuild(catalog: Catalog, config: PlanConfig, now: Temporal.Instant): Plan {
  const decisions = [...eachDecision(catalog, config, now)];
  return { schemaVersion: 1, now: now.toString(), decisions, summary: summarize(decisions) };
}

/**
 * The decisions of `planBuild`, in its order, one at a time: what a stage that needs only a
 * digest of them (a shard's renders, the plan's checks) reads, so it never holds them all.
 */
export function* eachDecision(
  catalog: Catalog,
  config: PlanConfig,
  now: Temporal.Instant,
): Generator<PlanDecision> {
  const decide = entryDecider(catalog, config, now);
  const markets = selected(catalog.markets, config.markets);
  const audiences = selected(catalog.audiences, config.audiences);
  for (const audience of audiences) {
    for (const market of markets) {
      for (const channel of [...market.channels].sort()) {
        if (!isChannelForAudience(channel, audience)) continue;
        for (const entry of catalog.entries) yield decide(entry, market, audience, channel);
      }
    }
  }
}

/**
 * The planner's decision for one entry, audience, market and channel, with the catalog's
 * lookups made once: every decision of the plan, and a press preview's, is made by it.
 */
export function entryDecider(
  catalog: Catalog,
  config: PlanConfig,
  now: Temporal.Instant,
): (entry: Entry, market: Market, audience: Audience, channel: string) => PlanDecision {
  const assets = new Map(catalog.assets.map((asset) => [asset.id, asset]));
  const capsules = new Map(
    catalog.entries.flatMap((entry) =>
      entry.type === "capsule" ? [[entry.slug, entry] as const] : [],
    ),
  );
  const capsuleLinks = capsuleLinksOf(catalog.entries);
  return (entry, market, audience, channel) => {
    const rules = config.channels ? config.channels.get(channel) : ANY_CHANNEL;
    const input = {
      entry,
      market,
      audience,
      channel,
      rules,
      now,
      assets,
      capsules,
      capsuleLinks,
      brand: catalog.brand,
    };
    return { audience: audience.id, market: market.id, channel, ...decideEntry(input) };
  };
}

interface DecisionInput {
  entry: Entry;
  market: Market;
  audience: Audience;
  channel: string;
  rules: ChannelRules | undefined;
  now: Temporal.Instant;
  assets: ReadonlyMap<string, Asset>;
  capsules: ReadonlyMap<string, Entry>;
  capsuleLinks: ReadonlyMap<string, readonly CapsuleLink[]>;
  brand: Catalog["brand"];
}

/** A capsule a product belongs to: the one it names, or one that lists it in its `products`. */
export interface CapsuleLink {
  slug: string;
  /** The product's own `capsule` field names it (else only the capsule lists the product). */
  named: boolean;
}

/**
 * By product slug, every capsule linked to it, whichever side names the other: its own `capsule`
 * first, then the capsules that list it, in catalog order. Either link holds the product, so a
 * capsule that lists a product whose `capsule` is empty or another (CapsuleProductMismatch)
 * still keeps it under its embargo.
 */
export function capsuleLinksOf(entries: readonly Entry[]): Map<string, CapsuleLink[]> {
  const links = new Map<string, CapsuleLink[]>();
  const add = (product: string, link: CapsuleLink) => {
    const list = links.get(product) ?? [];
    if (!list.some((l) => l.slug === link.slug)) list.push(link);
    links.set(product, list);
  };
  for (const entry of entries) {
    if (entry.type === "product" && entry.data.capsule) {
      add(entry.slug, { slug: entry.data.capsule, named: true });
    }
  }
  for (const entry of entries) {
    if (entry.type !== "capsule") continue;
    for (const product of entry.data.products) add(product, { slug: entry.slug, named: false });
  }
  return links;
}

export type EntryDecision = Omit<PlanDecision, "audience" | "market" | "channel">;

function decideEntry(input: DecisionInput): EntryDecision {
  const { entry, market, audience } = input;
  const ref = { type: entry.type, slug: entry.slug };
  const notHere = isForAudience(entry, audience) ?? isForChannel(entry, input.rules, input.channel);
  if (notHere) return { entry: ref, included: false, reasons: [notHere], assets: [] };

  const reasons = [...liveReasons(entry, market, input.now), ...capsuleReasons(input)];
  const locale = resolveLocale(market, (candidate) => entry.text[candidate] !== undefined);
  if (!locale) {
    reasons.push({
      code: "no-text-in-chain",
      message: `no text in any locale of ${market.id}'s chain (${market.locales.join(" → ")})`,
      chain: [...market.locales],
    });
  } else {
    const legal = legalLinesFit(input.brand, market, locale.locale, input.rules?.text?.caption, {
      partnership: audience.partnership,
      channel: input.channel,
      // Any of the entry's images: the plan may then hold back a placement a left-out image
      // would not have needed the line for, never offer one it does.
      retouched: entryAssetIds(entry).some((id) => input.assets.get(id)?.retouchedPerson),
    });
    if (legal) reasons.push(legal);
  }
  const assets = entryAssetIds(entry).map((id) => decideAsset(id, input));
  if (!assets.some((asset) => asset.included)) {
    reasons.push({
      code: "no-usable-asset",
      message: "none of the entry's images may be used here",
    });
  }
  const decision: EntryDecision = { entry: ref, included: reasons.length === 0, reasons, assets };
  if (locale) decision.locale = locale;
  return decision;
}

/** Targeting, availability, embargo and withdrawal of one entry in one market. */
export function liveReasons(entry: Entry, market: Market, now: Temporal.Instant): SkipReason[] {
  return [
    isTargeted(entry, market),
    isSoldIn(entry, market),
    isEmbargoed(entry, market, now),
    isUnpublished(entry, market, now),
  ].filter((reason): reason is SkipReason => reason !== undefined);
}

/**
 * A product never appears where one of its capsules may not: that would leak the capsule. Each
 * capsule linked to it, by either side, holds it with its markets, embargo and withdrawal.
 */
export function capsuleReasons({
  entry,
  market,
  now,
  capsules,
  capsuleLinks,
}: Pick<DecisionInput, "entry" | "market" | "now" | "capsules" | "capsuleLinks">): SkipReason[] {
  if (entry.type !== "product") return [];
  return (capsuleLinks.get(entry.slug) ?? []).flatMap(({ slug, named }): SkipReason[] => {
    const which = named ? `its capsule ${slug}` : `capsule ${slug}, which lists it,`;
    const capsule = capsules.get(slug);
    if (!capsule) {
      return [
        {
          code: "capsule-not-live",
          message: `${which} is invalid (see \`relais check\`)`,
          capsule: slug,
        },
      ];
    }
    const blocked = liveReasons(capsule, market, now);
    if (blocked.length === 0) return [];
    return [
      {
        code: "capsule-not-live",
        message: `${which} is not live here: ${blocked.map((r) => r.message).join("; ")}`,
        capsule: slug,
      },
    ];
  });
}

function decideAsset(
  id: string,
  { assets, market, audience, rules, now, brand }: DecisionInput,
): AssetDecision {
  const asset = assets.get(id);
  const usages = [...new Set([audience.usage, rules?.usage ?? audience.usage])];
  const reasons = assetSkipReasons(asset, market, usages, now);
  const decision: AssetDecision = { asset: id, included: reasons.length === 0, reasons };
  if (asset) {
    const alt = resolveLocale(market, (locale) => asset.alt[locale] !== undefined);
    // The brand's own locale is the last resort: some alt text beats none for a screen reader.
    decision.altLocale = alt?.locale ?? brand.defaultLocale;
    decision.altFallback = alt ? alt.fallback : true;
  }
  return decision;
}

/** The markets or audiences a config selects, in catalog order (every one without a selection). */
export function selected<T extends { id: string }>(
  items: readonly T[],
  ids: readonly string[] | undefined,
): T[] {
  return ids ? items.filter((item) => ids.includes(item.id)) : [...items];
}

function summarize(decisions: readonly PlanDecision[]): PlanSummary {
  const summary: PlanSummary = {
    decisions: decisions.length,
    included: 0,
    skipped: 0,
    skippedBy: {},
    fallbacks: 0,
  };
  for (const decision of decisions) {
    if (decision.included) {
      summary.included += 1;
      if (decision.locale?.fallback) summary.fallbacks += 1;
      continue;
    }
    summary.skipped += 1;
    for (const reason of decision.reasons)
      summary.skippedBy[reason.code] = (summary.skippedBy[reason.code] ?? 0) + 1;
  }
  return summary;
}
