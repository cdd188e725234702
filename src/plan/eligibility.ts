import type { Asset } from "../model/asset.ts";
import type { Audience, Usage } from "../model/audience.ts";
import type { Entry } from "../model/entries.ts";
import type { Market } from "../model/market.ts";
import { formatLocal, resolveMoment, type Temporal } from "../time/moment.ts";
import type { CaptionLimit } from "./legal-fit.ts";
import type { AssetSkipReason, SkipReason } from "./types.ts";

/** Each rule is a pure function of the data and the clock; it returns the reason to skip, if any. */

export function isTargeted(entry: Entry, market: Market): SkipReason | undefined {
  const { include, exclude } = entry.data.markets;
  if (include && !include.includes(market.id)) {
    return {
      code: "market-not-targeted",
      message: `not among the entry's markets (${include.join(", ")})`,
    };
  }
  if (exclude.includes(market.id)) {
    return { code: "market-not-targeted", message: `market ${market.id} is excluded by the entry` };
  }
  return undefined;
}

/** The moment the entry may appear in this market: the market's own override, else the global one. */
export function publishMomentOf(entry: Entry, market: Market): string | undefined {
  return entry.data.embargo.markets[market.id] ?? entry.data.embargo.publishAt;
}

export function isEmbargoed(
  entry: Entry,
  market: Market,
  now: Temporal.Instant,
): SkipReason | undefined {
  const moment = publishMomentOf(entry, market);
  if (moment === undefined) return undefined;
  const publishAt = resolveMoment(moment, market.timeZone);
  if (now.epochNanoseconds >= publishAt.epochNanoseconds) return undefined;
  const until = formatLocal(publishAt);
  return {
    code: "embargoed",
    message: `embargoed until ${until}`,
    until,
    untilInstant: publishAt.toInstant().toString(),
  };
}

export function isUnpublished(
  entry: Entry,
  market: Market,
  now: Temporal.Instant,
): SkipReason | undefined {
  if (entry.data.unpublishAt === undefined) return undefined;
  const unpublishAt = resolveMoment(entry.data.unpublishAt, market.timeZone);
  if (now.epochNanoseconds < unpublishAt.epochNanoseconds) return undefined;
  const since = formatLocal(unpublishAt);
  return {
    code: "unpublished",
    message: `withdrawn since ${since}`,
    since,
    sinceInstant: unpublishAt.toInstant().toString(),
  };
}

export function isSoldIn(entry: Entry, market: Market): SkipReason | undefined {
  if (entry.type !== "product" || entry.data.soldIn.includes(market.id)) return undefined;
  return {
    code: "not-sold-in-market",
    message: `not sold in ${market.id} (sold in ${entry.data.soldIn.join(", ")})`,
  };
}

/** A channel record's entry types: a marketplace listing takes products only. */
export function isForChannel(
  entry: Entry,
  channel: ChannelRules | undefined,
  id: string,
): SkipReason | undefined {
  if (!channel)
    return {
      code: "channel-unknown",
      message: `no channel record for ${id} (see docs/channels.md)`,
    };
  if (channel.entryTypes.includes(entry.type)) return undefined;
  return {
    code: "channel-excludes-type",
    message: `${id} carries ${channel.entryTypes.join(", ")} entries only`,
  };
}

/** What the planner needs of a channel record. */
export interface ChannelRules {
  usage?: Usage | undefined;
  entryTypes: readonly Entry["type"][];
  /** The caption's limit, when the channel takes a caption: legal lines must fit it. */
  text?: { caption?: CaptionLimit | undefined };
}

/**
 * Whether a placement is meant for the audience at all: every one when it lists no `channels`,
 * else the channels and platforms it lists. Unlike the rules above this is no reason to skip
 * one entry: the planner makes no decision for a channel an audience does not take, as for a
 * channel its market does not use.
 */
export function isChannelForAudience(channel: string, audience: Pick<Audience, "channels">) {
  if (!audience.channels) return true;
  const [platform] = channel.split("/");
  return audience.channels.some((wanted) => wanted === channel || wanted === platform);
}

export function isForAudience(entry: Entry, audience: Audience): SkipReason | undefined {
  if (audience.receives.includes(entry.type)) return undefined;
  return {
    code: "not-for-audience",
    message: `${audience.id} does not receive ${entry.type} entries`,
  };
}

/** Why an asset may not be used in this market for this audience at this moment, if it may not. */
export function assetSkipReasons(
  asset: Asset | undefined,
  market: Market,
  usages: readonly Usage[],
  now: Temporal.Instant,
): AssetSkipReason[] {
  if (!asset)
    return [
      {
        code: "asset-unavailable",
        message: "the asset is invalid or missing (see `relais check`)",
      },
    ];
  const reasons: AssetSkipReason[] = [];
  const { territories, usage, expires } = asset.licence;
  if (territories.allow && !territories.allow.includes(market.id)) {
    reasons.push({
      code: "licence-territory-not-allowed",
      message: `licence allows only ${territories.allow.join(", ")}`,
    });
  }
  if (territories.exclude.includes(market.id)) {
    reasons.push({ code: "licence-territory-excluded", message: `licence excludes ${market.id}` });
  }
  for (const needed of usages) {
    if (usage.includes(needed)) continue;
    reasons.push({
      code: "licence-usage-not-allowed",
      message: `licence allows ${usage.join(", ")}, not ${needed} use`,
      usage: needed,
    });
  }
  if (expires !== undefined) {
    const end = resolveMoment(expires, market.timeZone);
    if (now.epochNanoseconds >= end.epochNanoseconds) {
      const since = formatLocal(end);
      reasons.push({
        code: "licence-expired",
        message: `licence expired ${since}`,
        since,
        sinceInstant: end.toInstant().toString(),
      });
    }
  }
  return reasons;
}
