import { createHash } from "node:crypto";
import os from "node:os";
import pLimit from "p-limit";
import sharp from "sharp";
import type { ImageTask } from "../plan/plan-renders.ts";
import type { CachedImage, ImageCache } from "./image-cache.ts";
import { frameFor } from "./images/crop-frame.ts";
import { decodeSource } from "./images/decode-source.ts";
import { ByteBudgetError, encodeVariant } from "./images/encode-variant.ts";

export interface RenderOptions {
  cache: ImageCache;
  /** Largest enlargement allowed: a source needing more is reported and its output skipped or marked. */
  maxUpscale: number;
  tooSmall: "skip" | "mark";
  /** Sources decoded at once. @default the number of cores */
  concurrency?: number;
  onProgress?: (event: RenderProgress) => void;
}

export interface RenderProgress {
  done: number;
  total: number;
  asset: string;
  rendered: number;
  cached: number;
}

export type RenderResult =
  /** `upscaled`: the enlargement, when past `maxUpscale` and rendered anyway (`tooSmall: "mark"`). */
  | { status: "ok"; image: CachedImage; cached: boolean; upscaled?: number }
  | { status: "too-small"; scale: number; message: string }
  | { status: "failed"; message: string };

export interface RenderReport {
  results: Map<string, RenderResult>;
  rendered: number;
  cached: number;
}

/**
 * Renders every task not already in the cache. Tasks are grouped by source so each source is
 * decoded once and fans out to all its variants; sources run in parallel up to `concurrency`,
 * each with one libvips thread (measured best on 2 cores).
 */
export async function renderImages(
  tasks: readonly ImageTask[],
  options: RenderOptions,
): Promise<RenderReport> {
  sharp.concurrency(1);
  const results = new Map<string, RenderResult>();
  let rendered = 0;
  let cached = 0;
  const bySource = Map.groupBy(tasks, (task) => task.contentHash);
  const limit = pLimit(options.concurrency ?? Math.max(1, os.availableParallelism()));
  let done = 0;

  await Promise.all(
    [...bySource.values()].map((group) =>
      limit(async () => {
        const missing: ImageTask[] = [];
        for (const task of group) {
          const hit = await options.cache.get(task.key);
          if (!hit) {
            missing.push(task);
            continue;
          }
          // The enlargement is a fact of the task, kept with the image: the limits apply to hits too.
          if (hit.scale > options.maxUpscale && options.tooSmall === "skip") {
            results.set(task.key, tooSmallResult(hit.scale, hit, options));
            continue;
          }
          results.set(
            task.key,
            withUpscale({ status: "ok", image: hit, cached: true }, hit.scale, options),
          );
          cached += 1;
        }
        if (missing.length > 0) {
          // The header gives the size: a source too small for every missing output is never decoded.
          const size = await orientedSize(missing[0]?.location as string);
          const toRender = missing.filter((task) => {
            const tooSmall = tooSmallFor(task, size, options);
            if (tooSmall) results.set(task.key, tooSmall);
            return !tooSmall;
          });
          if (toRender.length > 0) {
            const source = await decodeSource(missing[0]?.location as string);
            for (const task of toRender) {
              const result = await renderOne(task, source, options);
              results.set(task.key, result);
              if (result.status === "ok") rendered += 1;
            }
          }
        }
        done += group.length;
        options.onProgress?.({
          done,
          total: tasks.length,
          asset: group[0]?.asset ?? "",
          rendered,
          cached,
        });
      }),
    ),
  );
  return { results, rendered, cached };
}

function frameOf(task: ImageTask, source: { width: number; height: number }) {
  const { crop, hotspot, safeZone } = task.framing;
  return frameFor({ source, crop, hotspot, safeZone }, task.size);
}

function tooSmallFor(
  task: ImageTask,
  source: { width: number; height: number },
  options: RenderOptions,
): RenderResult | undefined {
  const frame = frameOf(task, source);
  if (frame.scale <= options.maxUpscale || options.tooSmall !== "skip") return undefined;
  return tooSmallResult(frame.scale, { width: frame.outWidth, height: frame.outHeight }, options);
}

function tooSmallResult(
  scale: number,
  output: { width: number; height: number },
  options: RenderOptions,
): RenderResult {
  const sourceWidth = Math.round(output.width / scale);
  const sourceHeight = Math.round(output.height / scale);
  return {
    status: "too-small",
    scale,
    message: `the source gives ${sourceWidth}×${sourceHeight} pixels for a ${output.width}×${output.height} output (×${scale.toFixed(2)}, more than the ×${options.maxUpscale} allowed)`,
  };
}

function withUpscale(
  result: Extract<RenderResult, { status: "ok" }>,
  scale: number,
  options: RenderOptions,
): RenderResult {
  return scale > options.maxUpscale ? { ...result, upscaled: scale } : result;
}

/** Width and height after EXIF orientation, from the file's header alone. */
async function orientedSize(location: string): Promise<{ width: number; height: number }> {
  const meta = await sharp(location).metadata();
  return { width: meta.autoOrient.width, height: meta.autoOrient.height };
}

async function renderOne(
  task: ImageTask,
  source: Awaited<ReturnType<typeof decodeSource>>,
  options: RenderOptions,
): Promise<RenderResult> {
  const frame = frameOf(task, source);
  try {
    const encoded = await encodeVariant(source, frame, { ...task.encode, rights: task.rights });
    const image = await options.cache.put(
      {
        key: task.key,
        format: encoded.format,
        width: encoded.width,
        height: encoded.height,
        bytes: encoded.bytes.length,
        sha256: createHash("sha256").update(encoded.bytes).digest("hex"),
        quality: encoded.quality,
        scale: frame.scale,
      },
      encoded.bytes,
    );
    return withUpscale({ status: "ok", image, cached: false }, frame.scale, options);
  } catch (error) {
    if (error instanceof ByteBudgetError) return { status: "failed", message: error.message };
    throw error;
  }
}
