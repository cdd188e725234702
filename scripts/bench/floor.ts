// The floor: the pixel work no renderer can skip. Each source decoded once and each unique output
// (render tasks that give the same bytes count once) encoded once, one after the other with one libvips thread; the CPU time summed
// and divided by the cores is the fastest a perfectly parallel build could render.
import os from "node:os";
import sharp from "sharp";
import { frameFor } from "../../src/plan/crop-frame.ts";
import type { ImageTask } from "../../src/plan/render-tasks.ts";
import { decodeSource } from "../../src/render/images/decode-source.ts";
import { encodeKey, encodeVariant } from "../../src/render/images/encode-variant.ts";
import type { LoadedPlan } from "./load-plan.ts";
import { cpuSince } from "./measure.ts";

export interface Floor {
  sources: number;
  /** Outputs encoded: the render tasks whose source is large enough (as the build decides). */
  outputs: number;
  /** Distinct encodes among the outputs (outputs that differ only in their byte budget are one). */
  encodes: number;
  decodeCpuMs: number;
  encodeCpuMs: number;
  cores: number;
  /** (decode + encode) / cores. */
  floorMs: number;
  /** Outputs per asset id: what a change of that one photo must render again. */
  outputsByAsset: Map<string, number>;
}

export async function measureFloor({ renderPlan, config }: LoadedPlan): Promise<Floor> {
  sharp.concurrency(1);
  const cores = os.availableParallelism();
  const outputsByAsset = new Map<string, number>();
  let decodeCpuMs = 0;
  let encodeCpuMs = 0;
  let outputs = 0;
  let encodes = 0;
  const bySource = Map.groupBy(renderPlan.tasks, (task) => task.contentHash);
  for (const group of bySource.values()) {
    const first = group[0] as ImageTask;
    let since = process.cpuUsage();
    const source = await decodeSource(first.location);
    decodeCpuMs += cpuSince(since);
    const encoded = new Set<string>();
    for (const task of group) {
      const { crop, hotspot, safeZone } = task.framing;
      const frame = frameFor({ source, crop, hotspot, safeZone }, task.size);
      if (frame.scale > config.render.maxUpscale && config.render.tooSmall === "skip") continue;
      outputs += 1;
      outputsByAsset.set(task.asset, (outputsByAsset.get(task.asset) ?? 0) + 1);
      // Unique outputs only: tasks with the same bytes (other byte budgets) are one encode.
      const options = { ...task.encode, rights: task.rights };
      const key = encodeKey(source, frame, options, options.quality);
      if (encoded.has(key)) continue;
      encoded.add(key);
      since = process.cpuUsage();
      await encodeVariant(source, frame, options);
      encodeCpuMs += cpuSince(since);
      encodes += 1;
    }
  }
  return {
    sources: bySource.size,
    outputs,
    encodes,
    decodeCpuMs,
    encodeCpuMs,
    cores,
    floorMs: (decodeCpuMs + encodeCpuMs) / cores,
    outputsByAsset,
  };
}
