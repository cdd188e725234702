import { kitSummary } from "../plan/kit-summary.ts";
import type { HousePlan } from "../plan/plan-house.ts";
import type { SiteImagePlan } from "../plan/plan-site.ts";

/**
 * `relais plan --json`: the plan as every machine of a build computes it, the same bytes on each
 * (the renders leave out where the sources are on this disk, which is not part of their key).
 */
export function planJson(plan: HousePlan) {
  const ref = (entry: { type: string; slug: string }) => `${entry.type}/${entry.slug}`;
  const image = ({ asset, variants, og }: SiteImagePlan) => ({ asset, variants, og });
  return {
    schemaVersion: plan.schemaVersion,
    now: plan.now,
    summary: { ...plan.summary, kits: plan.kits.length, renders: plan.renders.length },
    decisions: plan.decisions,
    kits: plan.kits.map(kitSummary),
    renders: plan.renders.map(({ location: _location, ...task }) => task),
    site: plan.site && {
      markets: Object.fromEntries(
        [...plan.site.markets].map(([market, entries]) => [
          market,
          entries.map((entry) => ({ entry: ref(entry.entry), images: entry.images.map(image) })),
        ]),
      ),
      shared: plan.site.shared && {
        entry: ref(plan.site.shared.entry),
        image: image(plan.site.shared.image),
      },
    },
  };
}
