import type { Catalog } from "../model/catalog.ts";
import { compareCodepoints } from "../text/compare-codepoints.ts";
import type { Temporal } from "../time/moment.ts";
import { eachDecision } from "./plan-build.ts";
import type { HousePlanOptions } from "./plan-house.ts";
import { decisionImages, hasOriginal, isKitDecision, originalTask } from "./plan-kits.ts";
import { planMoments } from "./plan-moments.ts";
import { isSiteDecision, siteImageRenders } from "./plan-site.ts";
import { planPressPreviews } from "./press-previews.ts";
import { planPreviewKits } from "./preview-kits.ts";
import type { ImageTask } from "./render-tasks.ts";

/**
 * The renders of `planHouse(…).renders` — every render the kits and the site need, unique by
 * key, sorted by key — made from the decisions one at a time, without the decisions, kits or
 * site pages. A shard needs only these to take its slice: its memory then grows with the
 * house's renders (a key and its framing each), not with its plan. Pure, like `planHouse`;
 * test/unit/plan/house-renders.test.ts checks that both give the same renders.
 */
export function houseRenders(
  catalog: Catalog,
  options: HousePlanOptions,
  now: Temporal.Instant,
): ImageTask[] {
  const assets = new Map(catalog.assets.map((asset) => [asset.id, asset]));
  const audiences = new Map(catalog.audiences.map((audience) => [audience.id, audience]));
  const listed = new Set(catalog.audiences.filter((a) => a.listed).map((a) => a.id));
  const { channels, engine } = options;
  const renders = new Map<string, ImageTask>();
  const add = (task: ImageTask) => {
    if (!renders.has(task.key)) renders.set(task.key, task);
  };
  // An image's site renders and original are the same whichever decision shows it: made once.
  const siteDone = new Set<string>();
  const originalDone = new Set<string>();

  for (const decision of eachDecision(catalog, options, now)) {
    const spec = channels.get(decision.channel);
    if (spec && isKitDecision(decision, channels)) {
      for (const { task } of decisionImages(decision, spec, assets, engine)) add(task);
      if (audiences.get(decision.audience)?.usage === "editorial") {
        for (const choice of decision.assets) {
          const asset = assets.get(choice.asset);
          if (!choice.included || !asset || !hasOriginal(asset) || originalDone.has(asset.id))
            continue;
          originalDone.add(asset.id);
          add(originalTask(asset, engine));
        }
      }
    }
    if (options.site && isSiteDecision(decision, listed)) {
      for (const choice of decision.assets) {
        const asset = assets.get(choice.asset);
        if (!choice.included || !asset || siteDone.has(asset.id)) continue;
        siteDone.add(asset.id);
        for (const task of siteImageRenders(asset, engine).tasks) add(task);
      }
    }
  }
  // A house has few moments and few press previews: their plans are small, unlike the decisions.
  for (const task of planMoments(catalog, options, now).tasks.values()) add(task);
  if (options.site) {
    const previews = planPreviewKits(
      planPressPreviews(catalog, options, now),
      catalog,
      channels,
      engine,
      options.audienceLabel,
    );
    for (const task of previews.tasks.values()) add(task);
  }
  return [...renders.values()].sort((a, b) => compareCodepoints(a.key, b.key));
}
