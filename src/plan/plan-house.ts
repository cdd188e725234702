import type { ChannelSpec } from "../channels/channel-spec.ts";
import { configDefaults } from "../config/resolve-config.ts";
import type { Audience } from "../model/audience.ts";
import type { Catalog } from "../model/catalog.ts";
import type { Temporal } from "../time/moment.ts";
import { type AmbassadorPlan, planAmbassadors } from "./plan-ambassadors.ts";
import { type PlanConfig, planBuild } from "./plan-build.ts";
import { type KitPlan, planKits } from "./plan-kits.ts";
import { type MomentsPlan, planMoments } from "./plan-moments.ts";
import { planSite, type SitePlan } from "./plan-site.ts";
import { planPressPreviews } from "./press-previews.ts";
import { type PreviewKitPlan, planPreviewKits } from "./preview-kits.ts";
import type { EngineVersions, ImageTask } from "./render-tasks.ts";
import type { Plan } from "./types.ts";

/**
 * Everything a build does, decided before any of it is done: the decisions, the kits, every
 * render with its key, and what the site shows. Every later stage only reads it; each machine
 * of a sharded build computes the same one from the same content.
 */
export interface HousePlan extends Plan {
  kits: KitPlan[];
  /** Every render the kits and the site need, unique by key, sorted by key. */
  renders: ImageTask[];
  /** What the press kit site shows; absent when the site is off. */
  site: SitePlan | undefined;
  /** The live-shopping moments' kits, and the moments held back. */
  moments: MomentsPlan;
  /**
   * The press previews of opted-in embargoed launches, apart from `kits` so that nothing public
   * reads them; only with the site, which gives them their unlisted address.
   */
  previews: PreviewKitPlan[];
  /** Each ambassador's share of the kits, with their tracked links. */
  ambassadors: AmbassadorPlan[];
}

export interface HousePlanOptions extends PlanConfig {
  channels: ReadonlyMap<string, ChannelSpec>;
  engine: EngineVersions;
  /** Plan the site's pages and images too. */
  site: boolean;
  /** An audience's name in a kit's language (the kit's folder and archive name). */
  audienceLabel?: (audience: Audience, locale: string) => string;
  /** The press kit site's address, which the ambassadors' tracked links point to. */
  siteUrl?: string;
}

/** The whole plan. Pure: the clock and the engine versions are arguments. */
export function planHouse(
  catalog: Catalog,
  options: HousePlanOptions,
  now: Temporal.Instant,
  decided?: Plan,
): HousePlan {
  const plan = decided ?? planBuild(catalog, options, now);
  const { kits, tasks } = planKits(
    plan.decisions,
    catalog,
    options.channels,
    options.engine,
    options.audienceLabel,
  );
  const site = options.site
    ? planSite(plan, catalog, options.engine, { markets: options.markets })
    : undefined;
  const previews = options.site
    ? planPreviewKits(
        planPressPreviews(catalog, options, now),
        catalog,
        options.channels,
        options.engine,
        options.audienceLabel,
      )
    : { previews: [], tasks: new Map<string, ImageTask>() };
  const renders = new Map(tasks);
  for (const task of site?.tasks ?? []) renders.set(task.key, task);
  for (const [key, task] of previews.tasks) renders.set(key, task);
  const moments = planMoments(catalog, options, now);
  for (const task of moments.tasks.values()) renders.set(task.key, task);
  const ambassadors = planAmbassadors(catalog, kits, plan.decisions, options.channels, {
    siteUrl: options.siteUrl ?? configDefaults.siteUrl,
    markets: options.markets,
  });
  return {
    ...plan,
    kits,
    previews: previews.previews,
    ambassadors,
    renders: [...renders.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
    site,
    moments,
  };
}
