import { describe, expect, it } from "vitest";
import type { ImageTask } from "../../../src/plan/render-tasks.ts";
import { shardRenders, tasksOfShard } from "../../../src/plan/shard-plan.ts";

/** A render of `source` (its id is also its content hash) at `width`×`width`. */
function task(key: string, source: string, width: number): ImageTask {
  return {
    key,
    asset: source,
    location: `/photos/${source}.jpg`,
    contentHash: `hash-${source}`,
    framing: {},
    size: { fit: "exact", width, height: width },
    encode: { format: "jpeg", quality: 80, maxBytes: 1_000_000, background: "#ffffff" },
    rights: { creator: "A", rights: "©", webStatement: "https://example.com" },
  };
}

const sizes: Record<string, { width: number; height: number }> = {};
const sizeOf = (asset: string) => sizes[asset];

/** 30 sources of different sizes, each with 1 to 6 renders. */
function catalogTasks(): ImageTask[] {
  const tasks: ImageTask[] = [];
  for (let s = 0; s < 30; s += 1) {
    const source = `photo-${s}`;
    sizes[source] = { width: 1000 + ((s * 617) % 4000), height: 800 + ((s * 331) % 3000) };
    for (let r = 0; r <= s % 6; r += 1) tasks.push(task(`k${s}-${r}`, source, 400 + r * 300));
  }
  return tasks;
}

function workOfShard(tasks: readonly ImageTask[]): number {
  let work = 0;
  for (const source of new Set(tasks.map((t) => t.asset))) {
    const size = sizes[source] as { width: number; height: number };
    work += size.width * size.height;
  }
  for (const t of tasks) work += t.size.width * (t.size.fit === "exact" ? t.size.height : 0);
  return work;
}

describe("shardRenders", () => {
  const tasks = catalogTasks();

  it("puts every render in exactly one shard", () => {
    for (const count of [1, 2, 3, 4, 7]) {
      const shards = shardRenders(tasks, count, sizeOf);
      expect(shards).toHaveLength(count);
      const keys = shards.flatMap((shard) => shard.map((t) => t.key));
      expect(keys.toSorted()).toEqual(tasks.map((t) => t.key).toSorted());
    }
  });

  it("keeps the renders of one source in one shard, so it is decoded once", () => {
    const shards = shardRenders(tasks, 4, sizeOf);
    const shardOf = new Map<string, number>();
    shards.forEach((shard, index) => {
      for (const t of shard) {
        expect(shardOf.get(t.contentHash) ?? index).toBe(index);
        shardOf.set(t.contentHash, index);
      }
    });
  });

  it("gives the same slices whatever the order the tasks come in", () => {
    const reversed = tasks.toReversed();
    const shuffled = tasks.filter((_, i) => i % 2 === 0).concat(tasks.filter((_, i) => i % 2));
    const keys = (list: ImageTask[]) =>
      shardRenders(list, 3, sizeOf).map((s) => s.map((t) => t.key));
    expect(keys(reversed)).toEqual(keys(tasks));
    expect(keys(shuffled)).toEqual(keys(tasks));
  });

  it("balances the pixel work: no shard exceeds another by more than the largest source", () => {
    for (const count of [2, 3, 4]) {
      const loads = shardRenders(tasks, count, sizeOf).map(workOfShard);
      const largest = Math.max(
        ...[...Map.groupBy(tasks, (t) => t.asset).values()].map(workOfShard),
      );
      expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(largest);
      // Far better than dealing sources round-robin on this catalog.
      expect(Math.max(...loads) / Math.min(...loads)).toBeLessThan(1.25);
    }
  });

  it("leaves a shard empty when there are more shards than sources", () => {
    const few = [task("a1", "a", 100), task("a2", "a", 200), task("b1", "b", 100)];
    sizes.a = { width: 100, height: 100 };
    sizes.b = { width: 100, height: 100 };
    const shards = shardRenders(few, 3, sizeOf);
    expect(shards.map((s) => s.length).toSorted()).toEqual([0, 1, 2]);
    expect(tasksOfShard(few, { index: 3, count: 3 }, sizeOf)).toEqual(shards[2]);
  });
});
