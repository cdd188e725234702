import type { ImageFormat } from "../channels/channel-spec.ts";
import type { Asset } from "../model/asset.ts";
import type { Catalog } from "../model/catalog.ts";
import { type Entry, entryAssetIds } from "../model/entries.ts";
import type { Market } from "../model/market.ts";
import { resolveMoment } from "../time/moment.ts";
import { publishMomentOf } from "./eligibility.ts";
import { type EngineVersions, type ImageTask, imageTask } from "./render-tasks.ts";

import { siteImagePlacements, siteOgPlacement } from "./site-placements.ts";
import type { Plan, PlanDecision } from "./types.ts";

/** The renders of one image for the site: its widths in each format, and its OG image. */
export interface SiteImagePlan {
  asset: string;
  variants: { format: ImageFormat; width: number; task: string }[];
  og: string;
}

export interface SiteEntryPlan {
  entry: Entry;
  images: SiteImagePlan[];
}

export interface SitePlan {
  tasks: ImageTask[];
  /** By market id: the entries the site shows there, in catalog order. */
  markets: Map<string, SiteEntryPlan[]>;
  /**
   * The image of the pages every market shares (the market chooser, which is also the x-default
   * of every market's pages): see `planSharedImage`. Absent when nothing qualifies; those pages
   * then show no image.
   */
  shared?: { entry: Entry; image: SiteImagePlan } | undefined;
}

export interface SitePlanOptions {
  /** The markets the site shows (the config's `markets`). @default every market of the catalog */
  markets?: readonly string[] | undefined;
}

/**
 * What the press kit site shows in each market: an entry included for some listed audience (on
 * any channel), with the images at least one of those decisions may use. Embargoed entries and
 * excluded or expired images never get here, because the plan never included them. Pure.
 */
export function planSite(
  plan: Plan,
  catalog: Catalog,
  engine: EngineVersions,
  options: SitePlanOptions = {},
): SitePlan {
  const listed = new Set(catalog.audiences.filter((a) => a.listed).map((a) => a.id));
  const assets = new Map(catalog.assets.map((asset) => [asset.id, asset]));
  const usable = new Map<string, Set<string>>();
  for (const decision of plan.decisions) {
    if (!isSiteDecision(decision, listed)) continue;
    const key = `${decision.market}\u0000${decision.entry.type}\u0000${decision.entry.slug}`;
    const set = usable.get(key) ?? new Set<string>();
    for (const asset of decision.assets) if (asset.included) set.add(asset.asset);
    usable.set(key, set);
  }

  const tasks = new Map<string, ImageTask>();
  const markets = new Map<string, SiteEntryPlan[]>();
  const imagePlans = new Map<string, SiteImagePlan>();
  for (const market of catalog.markets) {
    const entries: SiteEntryPlan[] = [];
    for (const entry of catalog.entries) {
      const allowed = usable.get(`${market.id}\u0000${entry.type}\u0000${entry.slug}`);
      if (!allowed) continue;
      const images = entryAssetIds(entry)
        .filter((id) => allowed.has(id))
        .flatMap((id) => {
          const asset = assets.get(id);
          if (!asset) return [];
          let image = imagePlans.get(id);
          if (!image) {
            const renders = siteImageRenders(asset, engine);
            for (const task of renders.tasks) tasks.set(task.key, task);
            image = renders.image;
            imagePlans.set(id, image);
          }
          return [image];
        });
      entries.push({ entry, images });
    }
    markets.set(market.id, entries);
  }
  const siteMarkets = catalog.markets.filter(
    (market) => !options.markets || options.markets.includes(market.id),
  );
  const shared = planSharedImage(plan, catalog, siteMarkets);
  const sharedImage = shared && imagePlans.get(shared.asset);
  return {
    tasks: [...tasks.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
    markets,
    shared: shared && sharedImage ? { entry: shared.entry, image: sharedImage } : undefined,
  };
}

/** Whether the site shows images of decisions for this audience: the listed audiences'. */
export function isSiteDecision(decision: PlanDecision, listed: ReadonlySet<string>): boolean {
  return decision.included && listed.has(decision.audience);
}

/** The site's renders of one image: its widths in each format, and its OG image. */
export function siteImageRenders(
  asset: Asset,
  engine: EngineVersions,
): { image: SiteImagePlan; tasks: ImageTask[] } {
  const tasks: ImageTask[] = [];
  const variants: SiteImagePlan["variants"] = [];
  for (const spec of siteImagePlacements) {
    const widths = [...spec.image.extraWidths, spec.image.size.width];
    for (const width of widths) {
      const task = imageTask(asset, spec, { fit: "width", width }, engine);
      tasks.push(task);
      variants.push({ format: spec.image.format, width, task: task.key });
    }
  }
  const og = imageTask(asset, siteOgPlacement, siteOgPlacement.image.size, engine);
  tasks.push(og);
  return { image: { asset: asset.id, variants, og: og.key }, tasks };
}

/**
 * The one image a page shared by every market may show. Such a page is seen in every market and
 * by every audience, so it shows only what all of them may see at the build's clock: a story or
 * capsule that every audience of the build receives, published in every market the site shows,
 * and one of its images that each of those audience × market decisions may use (licence
 * territories, usage and expiry). Of those entries, the one most recently published everywhere
 * (its latest publish moment across those markets), the catalog's order breaking a tie; its
 * first such image. Nothing of an entry still embargoed in one market, nor an image licensed for
 * some markets only, can reach those pages. Pure: decided from the plan's decisions alone.
 */
export function planSharedImage(
  plan: Plan,
  catalog: Catalog,
  markets: readonly Market[],
): { entry: Entry; asset: string } | undefined {
  const audiences = [...new Set(plan.decisions.map((d) => d.audience))];
  if (markets.length === 0 || audiences.length === 0) return undefined;
  const byEntry = Map.groupBy(
    plan.decisions.filter((d) => d.included),
    (d) => `${d.entry.type}/${d.entry.slug}`,
  );
  const candidates: { entry: Entry; asset: string; since: bigint; order: number }[] = [];
  catalog.entries.forEach((entry, order) => {
    if (entry.type === "product") return;
    const included = byEntry.get(`${entry.type}/${entry.slug}`) ?? [];
    const asset = entryAssetIds(entry).find((id) =>
      markets.every((market) =>
        audiences.every((audience) =>
          included.some((d) => d.market === market.id && d.audience === audience && uses(d, id)),
        ),
      ),
    );
    if (asset) candidates.push({ entry, asset, since: publishedEverywhere(entry, markets), order });
  });
  candidates.sort((a, b) => (a.since === b.since ? a.order - b.order : a.since < b.since ? 1 : -1));
  const [best] = candidates;
  return best && { entry: best.entry, asset: best.asset };
}

function uses(decision: PlanDecision, asset: string): boolean {
  return decision.assets.some((a) => a.asset === asset && a.included);
}

/**
 * The latest of the entry's publish moments across the markets, in epoch nanoseconds: when it
 * became published in all of them. An entry without any publish moment was always published.
 */
function publishedEverywhere(entry: Entry, markets: readonly Market[]): bigint {
  let latest: bigint | undefined;
  for (const market of markets) {
    const moment = publishMomentOf(entry, market);
    if (moment === undefined) continue;
    const at = resolveMoment(moment, market.timeZone).epochNanoseconds;
    if (latest === undefined || at > latest) latest = at;
  }
  return latest ?? NEVER_EMBARGOED;
}

/** Sorts an entry with no publish moment after every dated one, as the market pages do. */
const NEVER_EMBARGOED = -(10n ** 30n);
