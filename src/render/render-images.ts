import os from "node:os";
import pLimit from "p-limit";
import sharp from "sharp";
import { sha256Hex } from "../hash/sha256.ts";
import { frameFor } from "../plan/crop-frame.ts";
import type { ImageTask } from "../plan/render-tasks.ts";
import { compareCodepoints } from "../text/compare-codepoints.ts";
import { type DecodedSource, decodeSource } from "./images/decode-source.ts";
import { ByteBudgetError, encodeKey, encodeOnce, encodeVariant } from "./images/encode-variant.ts";
import type { CachedImage, RenderStore } from "./render-store.ts";

export interface RenderOptions {
  cache: RenderStore;
  /**
   * `false` for a merge: nothing is rendered; a task not in the store has no result and is
   * listed in `missing`.
   * @default true
   */
  renderMissing?: boolean;
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
  | { status: "failed"; message: string }
  /** The source itself could not be decoded (cut short, damaged): every output of it is left out. */
  | { status: "unreadable"; message: string };

export interface RenderReport {
  results: Map<string, RenderResult>;
  /** Tasks rendered (not from the cache). */
  rendered: number;
  cached: number;
  /** Encoder runs: fewer than `rendered` when tasks shared their bytes, more when a budget stepped quality down. */
  encodes: number;
  /** With `renderMissing: false`: the tasks the store did not have (none were rendered). */
  missing: ImageTask[];
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
  let encodes = 0;
  let done = 0;
  const notStored: ImageTask[] = [];
  const limit = pLimit(options.concurrency ?? Math.max(1, os.availableParallelism()));
  const progress = (group: readonly ImageTask[]) => {
    done += group.length;
    options.onProgress?.({
      done,
      total: tasks.length,
      asset: group[0]?.asset ?? "",
      rendered,
      cached,
    });
  };

  // Cache look-ups and source headers first, so the sources left to render can be ordered.
  const pending = await Promise.all(
    [...Map.groupBy(tasks, (task) => task.contentHash).values()].map((group) =>
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
        if (missing.length === 0) {
          progress(group);
          return undefined;
        }
        // The header gives the size: a source too small for every missing output is never decoded.
        const size = await orientedSize(missing[0]?.location as string).catch((error) => {
          for (const task of missing) results.set(task.key, unreadable(error));
          return undefined;
        });
        if (!size) {
          progress(group);
          return undefined;
        }
        const toRender = missing.filter((task) => {
          const tooSmall = tooSmallFor(task, size, options);
          if (tooSmall) results.set(task.key, tooSmall);
          return !tooSmall;
        });
        // A merge renders nothing. Outputs left out as too small are never stored: the source's
        // header says so, as it did to the shard.
        if (options.renderMissing === false) {
          notStored.push(...toRender);
          progress(group);
          return undefined;
        }
        return { group, toRender, work: workOf(toRender, size) };
      }),
    ),
  );

  // The most work first: a long source started last would leave the other cores idle at the end.
  const ordered = pending
    .filter((source) => source !== undefined)
    .sort(
      (a, b) => b.work - a.work || compareCodepoints(a.group[0]?.key ?? "", b.group[0]?.key ?? ""),
    );
  await Promise.all(
    ordered.map(({ group, toRender }) =>
      limit(async () => {
        const source =
          toRender.length > 0
            ? await decodeSource(toRender[0]?.location as string).catch((error) => {
                for (const task of toRender) results.set(task.key, unreadable(error));
                return undefined;
              })
            : undefined;
        if (source) {
          const encoded = new Map<string, Promise<Buffer>>();
          for (const task of toRender) {
            const result = await renderOne(task, source, encoded, options);
            results.set(task.key, result);
            if (result.status === "ok") rendered += 1;
          }
          encodes += encoded.size;
        }
        progress(group);
      }),
    ),
  );
  return { results, rendered, cached, encodes, missing: notStored };
}

/**
 * A source that cannot be decoded is its own outputs' failure, never the build's: validation
 * refuses what the header shows, and this catches what only decoding finds.
 */
function unreadable(error: unknown): RenderResult {
  const message = error instanceof Error ? error.message : String(error);
  // libvips may say one thing on several lines (a loader's retries, then its verdict and a code):
  // the verdict is the last line with words.
  const lines = message.split("\n").filter((line) => /[a-z]{3}/i.test(line));
  return { status: "unreadable", message: lines.at(-1)?.trim() ?? message };
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

/**
 * Pixel work of a source's outputs, to order sources: the decoded source, plus each output's
 * frame (what the resize reads) and size (what the encoder writes).
 */
function workOf(tasks: readonly ImageTask[], source: { width: number; height: number }): number {
  if (tasks.length === 0) return 0;
  let work = source.width * source.height;
  for (const task of tasks) {
    const frame = frameOf(task, source);
    work += frame.width * frame.height + frame.outWidth * frame.outHeight;
  }
  return work;
}

async function renderOne(
  task: ImageTask,
  source: DecodedSource,
  encodes: Map<string, Promise<Buffer>>,
  options: RenderOptions,
): Promise<RenderResult> {
  const frame = frameOf(task, source);
  const encodeOptions = { ...task.encode, rights: task.rights };
  // Tasks that differ only in what does not change the bytes (the byte budget, a safe zone that
  // leaves the frame where it was) share one encode per quality: about a quarter of the outputs.
  const encodeAt = (quality: number) => {
    const key = encodeKey(source, frame, encodeOptions, quality);
    let encoded = encodes.get(key);
    if (!encoded) {
      encoded = encodeOnce(source, frame, encodeOptions, quality);
      encodes.set(key, encoded);
    }
    return encoded;
  };
  try {
    const encoded = await encodeVariant(source, frame, encodeOptions, encodeAt);
    const image = await options.cache.put(
      {
        key: task.key,
        format: encoded.format,
        width: encoded.width,
        height: encoded.height,
        bytes: encoded.bytes.length,
        sha256: sha256Hex(encoded.bytes),
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
