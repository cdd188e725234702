import type { ChannelSpec } from "../channels/channel-spec.ts";
import type { Audience } from "../model/audience.ts";
import type { Catalog } from "../model/catalog.ts";
import { type KitPlan, planKits } from "./plan-kits.ts";
import type { EngineVersions, ImageTask } from "./render-tasks.ts";
import type { Plan } from "./types.ts";

export interface RenderPlan {
  /** Unique by key, sorted by key: the same variant for several markets is rendered once. */
  tasks: ImageTask[];
  /** Every kit, by id. */
  kits: KitPlan[];
}

/**
 * Turns the plan's included decisions into kits and the image tasks they need, keyed by
 * content. Pure: the engine versions come in as an argument.
 */
export function planRenders(
  plan: Plan,
  catalog: Catalog,
  channels: ReadonlyMap<string, ChannelSpec>,
  engine: EngineVersions,
  audienceLabel?: (audience: Audience, locale: string) => string,
): RenderPlan {
  const { kits, tasks } = planKits(plan.decisions, catalog, channels, engine, audienceLabel);
  return {
    tasks: [...tasks.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
    kits,
  };
}
