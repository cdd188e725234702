import type { ResolvedConfig } from "../config/resolve-config.ts";
import type { ContentIssue } from "../errors/issue.ts";
import { hasErrors } from "../errors/issue.ts";
import type { Catalog } from "../model/catalog.ts";
import type { ImageTask } from "../plan/render-tasks.ts";
import { type Shard, tasksOfShard } from "../plan/shard-plan.ts";
import { type RenderProgress, renderImages } from "../render/render-images.ts";
import { RenderStore } from "../render/render-store.ts";
import type { ContentStore } from "../store/content-store.ts";
import { undecodedSources } from "./undecoded-sources.ts";

/** What one shard did, for its log line and `--json`. */
export interface ShardSummary {
  /** `2/4`. */
  shard: string;
  /** The renders of this slice. */
  renders: number;
  /** Rendered here and stored. */
  rendered: number;
  /** Found in the store already (a rerun of a killed shard, or another build's work). */
  fromStore: number;
  /** Where they are: the shared store, or this machine's cache when there is none. */
  store: string;
}

/** A shard's renders: all that a shard keeps of the plan. */
export interface ShardSlice {
  shard: Shard;
  tasks: ImageTask[];
}

/**
 * The shard's slice of the house's renders (the same on every machine that plans the same):
 * `houseRenders`, the plan's renders made without holding the plan.
 */
export function shardSlice(
  renders: readonly ImageTask[],
  catalog: Catalog,
  shard: Shard,
): ShardSlice {
  const sizes = new Map(catalog.assets.map((asset) => [asset.id, asset.pixels]));
  return { shard, tasks: tasksOfShard(renders, shard, (asset) => sizes.get(asset)) };
}

export interface ShardResult {
  shard: ShardSummary;
  encodes: number;
  /** Sources that could not be decoded (`RenderFailed`). */
  issues: ContentIssue[];
  /** `--strict` and some of those. */
  failed: boolean;
}

/**
 * `relais build --shard i/n`: renders the shard's slice of the plan's renders into the store,
 * each stored as soon as it is made (so a shard killed halfway and run again renders only what
 * is missing), and writes no output. Every machine plans the same and takes its own slice.
 */
export async function renderShard(
  slice: ShardSlice,
  catalog: Catalog,
  store: ContentStore,
  config: ResolvedConfig,
  onProgress?: (event: RenderProgress) => void,
): Promise<ShardResult> {
  const { tasks, shard } = slice;
  const render = await renderImages(tasks, {
    cache: new RenderStore(store),
    maxUpscale: config.render.maxUpscale,
    tooSmall: config.render.tooSmall,
    concurrency: config.render.concurrency,
    ...(onProgress ? { onProgress } : {}),
  });
  const issues = undecodedSources(tasks, render.results, catalog);
  return {
    encodes: render.encodes,
    issues,
    failed: config.strict && hasErrors(issues),
    shard: {
      shard: `${shard.index}/${shard.count}`,
      renders: tasks.length,
      rendered: render.rendered,
      fromStore: render.cached,
      store: store.shared?.driver.location ?? store.local.location,
    },
  };
}
