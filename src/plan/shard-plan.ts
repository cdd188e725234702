import { compareCodepoints } from "../text/compare-codepoints.ts";
import type { ImageTask } from "./render-tasks.ts";

/** One slice of a build spread over `count` machines: `index` counts from 1. */
export interface Shard {
  index: number;
  count: number;
}

/** A source's size, to weigh its renders (the asset's `pixels`, when the source read them). */
export type SourceSize = (asset: string) => { width: number; height: number } | undefined;

/** When a source's size is unknown: a 12-megapixel photograph, the catalog's usual. */
const UNKNOWN_SOURCE = { width: 4000, height: 3000 };

/**
 * The render tasks of each shard. Tasks of one source stay together (it is decoded once, and
 * outputs that share bytes share one encode); sources are dealt, most work first, each to the
 * shard with the least work so far (ties to the lowest index). Pure and deterministic: every
 * machine that plans the same content computes the same slices, with nothing to coordinate.
 */
export function shardRenders(
  tasks: readonly ImageTask[],
  count: number,
  sizeOf: SourceSize,
): ImageTask[][] {
  const groups = [...Map.groupBy(tasks, (task) => task.contentHash).values()].map((group) => {
    const sorted = group.toSorted((a, b) => compareCodepoints(a.key, b.key));
    return { tasks: sorted, work: workOf(sorted, sizeOf), first: sorted[0]?.key ?? "" };
  });
  groups.sort((a, b) => b.work - a.work || compareCodepoints(a.first, b.first));
  const shards = Array.from({ length: count }, () => ({ work: 0, tasks: [] as ImageTask[] }));
  for (const group of groups) {
    let lightest = shards[0] as (typeof shards)[number];
    for (const shard of shards) if (shard.work < lightest.work) lightest = shard;
    lightest.work += group.work;
    lightest.tasks.push(...group.tasks);
  }
  return shards.map((shard) => shard.tasks.sort((a, b) => compareCodepoints(a.key, b.key)));
}

/** The tasks of one shard (`shard.index` from 1). */
export function tasksOfShard(
  tasks: readonly ImageTask[],
  shard: Shard,
  sizeOf: SourceSize,
): ImageTask[] {
  return shardRenders(tasks, shard.count, sizeOf)[shard.index - 1] ?? [];
}

/**
 * Pixel work of one source's renders: decoding it once, then each output's pixels. The frame a
 * resize reads is not known before decoding; the output's area is a close enough weight, since
 * every output of a source reads a crop of the same decoded image.
 */
function workOf(tasks: readonly ImageTask[], sizeOf: SourceSize): number {
  const first = tasks[0];
  if (!first) return 0;
  const source = sizeOf(first.asset) ?? UNKNOWN_SOURCE;
  let work = source.width * source.height;
  for (const task of tasks) {
    const { size } = task;
    const height =
      size.fit === "exact" ? size.height : Math.round((size.width * source.height) / source.width);
    work += size.width * height;
  }
  return work;
}
