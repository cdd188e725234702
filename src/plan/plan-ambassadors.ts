import type { ChannelSpec } from "../channels/channel-spec.ts";
import type { Catalog } from "../model/catalog.ts";
import { entryAssetIds } from "../model/entries.ts";
import { localeDirection, type TextDirection } from "../model/market.ts";
import { compareCodepoints } from "../text/compare-codepoints.ts";
import { captionLinkLine, trackedLink } from "../text/tracked-link.ts";
import { legalLinesFit } from "./legal-fit.ts";
import type { EntryRef, KitItem, KitPlan, KitSection } from "./plan-kits.ts";
import { publicPaths } from "./site-paths.ts";
import type { PlanDecision, ResolvedLocale, SkipReason } from "./types.ts";

/** One ambassador's tracked link for one platform in one market. */
export interface AmbassadorLink {
  platform: string;
  /** Their account name there, as they wrote it. */
  handle: string;
  url: string;
}

/** A placement of the launch's kit that is not offered to the ambassador, and why. */
export interface AmbassadorPlacementHeld {
  channel: string;
  /** `type/slug` of the entries it holds back there. */
  entries: string[];
  reason: SkipReason;
}

/** What an ambassador receives of one launch's kit in one of their markets. */
export interface AmbassadorKitPlan {
  /** The kit it is drawn from (`market/audience/type-slug`). */
  kit: string;
  market: string;
  /** The kit's locale: its captions speak it, and the links point to its page in it. */
  locale: ResolvedLocale;
  /** One per platform of theirs that the kit has, in their order. */
  links: AmbassadorLink[];
  /** The kit's placements on their platforms that their captions fit, each with its items. */
  sections: KitSection[];
  notOffered: AmbassadorPlacementHeld[];
}

export interface AmbassadorLaunchPlan {
  launch: EntryRef;
  /** One per market of theirs where the launch has a kit for their audience, in their order. */
  kits: AmbassadorKitPlan[];
}

export interface AmbassadorPlan {
  id: string;
  name: string;
  /** The language of their pages' own words, and its direction. */
  locale: string;
  direction: TextDirection;
  markets: string[];
  platforms: Record<string, string>;
  launches: AmbassadorLaunchPlan[];
}

export interface AmbassadorPlanOptions {
  /** The press kit site's address: tracked links point to its pages. */
  siteUrl: string;
  /** The markets the site shows (the config's `markets`). @default every market */
  markets?: readonly string[] | undefined;
}

/**
 * Each ambassador's share of the kits: for every launch with a kit for their audience in one of
 * their markets, the placements of their platforms, each caption with their tracked link for that
 * platform. The link never gives way, as the disclosure and the legal lines do not: a placement
 * where they cannot all fit is not offered to them, with the reason. Pure.
 */
export function planAmbassadors(
  catalog: Catalog,
  kits: readonly KitPlan[],
  decisions: readonly PlanDecision[],
  channels: ReadonlyMap<string, ChannelSpec>,
  options: AmbassadorPlanOptions,
): AmbassadorPlan[] {
  const markets = new Map(catalog.markets.map((m) => [m.id, m]));
  const audiences = new Map(catalog.audiences.map((a) => [a.id, a]));
  const entries = new Map(catalog.entries.map((e) => [`${e.type}/${e.slug}`, e]));
  const assets = new Map(catalog.assets.map((a) => [a.id, a]));
  const publicEntries = publicEntriesOf(catalog, decisions, options.markets);

  return (catalog.ambassadors ?? []).map((ambassador): AmbassadorPlan => {
    const first = markets.get(ambassador.markets[0] ?? "");
    const locale = ambassador.locale ?? first?.locales[0] ?? catalog.brand.defaultLocale;
    const direction = first?.directionOf[locale] ?? localeDirection(locale);
    const audience = audiences.get(ambassador.audience);
    const theirs = kits.filter(
      (kit) => kit.audience === ambassador.audience && ambassador.markets.includes(kit.market),
    );
    const byLaunch = Map.groupBy(theirs, (kit) => `${kit.launch.type}/${kit.launch.slug}`);
    const launches = [...byLaunch.values()].flatMap((group): AmbassadorLaunchPlan[] => {
      const launch = (group[0] as KitPlan).launch;
      const ordered = [...group].sort(
        (a, b) => ambassador.markets.indexOf(a.market) - ambassador.markets.indexOf(b.market),
      );
      const ambassadorKits = ordered.flatMap((kit): AmbassadorKitPlan[] => {
        const market = markets.get(kit.market);
        if (!market || !audience) return [];
        const shown = !options.markets || options.markets.includes(market.id);
        const page = new URL(
          shown
            ? publicEntries.has(`${market.id} ${launch.type}/${launch.slug}`) &&
              launch.type !== "product"
              ? publicPaths.entry(market.id, kit.locale.locale, launch)
              : publicPaths.home(market.id, kit.locale.locale)
            : "/",
          options.siteUrl,
        ).href;
        const linkOf = (platform: string) =>
          trackedLink(catalog.brand.tracking, {
            page,
            ambassador: ambassador.id,
            platform,
            market: market.id,
            launch,
            referralCode: ambassador.referralCode,
          });
        const sections: KitSection[] = [];
        const notOffered: AmbassadorPlacementHeld[] = [];
        for (const section of kit.sections) {
          const platform = platformOf(section.channel);
          const spec = channels.get(section.channel);
          if (!spec || ambassador.platforms[platform] === undefined) continue;
          const url = linkOf(platform);
          const held = new Map<string, { reason: SkipReason; entries: string[] }>();
          const items = section.items.filter((item: KitItem) => {
            const itemLocale = item.decision.locale;
            if (!itemLocale) return false;
            const entry = entries.get(`${item.entry.type}/${item.entry.slug}`);
            const reason = legalLinesFit(
              catalog.brand,
              market,
              itemLocale.locale,
              spec.text.caption,
              {
                partnership: audience.partnership,
                channel: section.channel,
                retouched: entry
                  ? entryAssetIds(entry).some((id) => assets.get(id)?.retouchedPerson)
                  : false,
              },
              captionLinkLine(url, itemLocale.direction),
            );
            if (!reason) return true;
            const key = JSON.stringify(reason);
            const line = held.get(key) ?? { reason, entries: [] };
            line.entries.push(`${item.entry.type}/${item.entry.slug}`);
            held.set(key, line);
            return false;
          });
          for (const { reason, entries: heldEntries } of held.values())
            notOffered.push({ channel: section.channel, entries: heldEntries, reason });
          if (items.length > 0) sections.push({ channel: section.channel, items });
        }
        const used = new Set(
          [...sections, ...notOffered].map((section) => platformOf(section.channel)),
        );
        const links = Object.entries(ambassador.platforms)
          .filter(([platform]) => used.has(platform))
          .map(([platform, handle]) => ({ platform, handle, url: linkOf(platform) }));
        if (sections.length === 0 && notOffered.length === 0) return [];
        return [
          { kit: kit.id, market: market.id, locale: kit.locale, links, sections, notOffered },
        ];
      });
      return ambassadorKits.length > 0 ? [{ launch, kits: ambassadorKits }] : [];
    });
    launches.sort((a, b) =>
      compareCodepoints(`${a.launch.type}/${a.launch.slug}`, `${b.launch.type}/${b.launch.slug}`),
    );
    return {
      id: ambassador.id,
      name: ambassador.name,
      locale,
      direction,
      markets: ambassador.markets,
      platforms: ambassador.platforms,
      launches,
    };
  });
}

export function platformOf(channel: string): string {
  return channel.split("/")[0] ?? channel;
}

/**
 * `market type/slug` of every entry the site shows: included for a listed audience there, as
 * `planSite` decides. Only those have a public page a link may point to.
 */
function publicEntriesOf(
  catalog: Catalog,
  decisions: readonly PlanDecision[],
  shownMarkets: readonly string[] | undefined,
): Set<string> {
  const listed = new Set(catalog.audiences.filter((a) => a.listed).map((a) => a.id));
  const found = new Set<string>();
  for (const d of decisions) {
    if (!d.included || !listed.has(d.audience)) continue;
    if (shownMarkets && !shownMarkets.includes(d.market)) continue;
    found.add(`${d.market} ${d.entry.type}/${d.entry.slug}`);
  }
  return found;
}
