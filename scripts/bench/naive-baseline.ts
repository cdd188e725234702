// The naive baseline: what a hand-written script does for the same output set. For every image
// file of the built packs (dist/manifest.json), one independent sharp pipeline from the source
// file: decode, orient, cut the same frame, resize, encode at the same quality, write. No sharing
// of a decode between outputs, no deduplication across markets and audiences, no cache.
import { mkdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pLimit from "p-limit";
import sharp, { type FormatEnum, type Metadata } from "sharp";
import type { ImageSize } from "../../src/channels/channel-spec.ts";
import type { DistManifest } from "../../src/pack/manifest-types.ts";
import { type Frame, frameFor } from "../../src/plan/crop-frame.ts";
import { imageTask } from "../../src/plan/render-tasks.ts";
import type { LoadedPlan } from "./load-plan.ts";
import { cpuSince } from "./measure.ts";

interface Job {
  location: string;
  frame: Frame;
  hasAlpha: boolean;
  background: string;
  format: string;
  quality: number;
  target: string;
}

export interface NaiveResult {
  files: number;
  wallMs: number;
  cpuMs: number;
  /** The machine's 1-minute load average at the end. */
  load: number;
}

export async function naiveBaseline(options: {
  loaded: LoadedPlan;
  dist: string;
  out: string;
  concurrency: number;
}): Promise<NaiveResult> {
  const jobs = await listJobs(options.loaded, options.dist, options.out);
  // The same libvips settings as the renderer, so only the design differs.
  sharp.concurrency(1);
  const limit = pLimit(options.concurrency);
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(jobs.map((job) => limit(() => renderAlone(job))));
  const wallMs = performance.now() - started;
  return { files: jobs.length, wallMs, cpuMs: cpuSince(cpu), load: os.loadavg()[0] ?? 0 };
}

async function renderAlone(job: Job): Promise<void> {
  await mkdir(path.dirname(job.target), { recursive: true });
  const { left, top, width, height, outWidth, outHeight } = job.frame;
  let pipeline = sharp(job.location, { failOn: "error" })
    .autoOrient()
    .extract({ left, top, width, height })
    .resize(outWidth, outHeight, { fit: "fill", kernel: "lanczos3" });
  if (job.hasAlpha && job.format === "jpeg")
    pipeline = pipeline.flatten({ background: job.background });
  pipeline = pipeline.withIccProfile("srgb");
  pipeline =
    job.format === "jpeg"
      ? pipeline.jpeg({ quality: job.quality, mozjpeg: true })
      : pipeline.toFormat(job.format as keyof FormatEnum, { quality: job.quality });
  await pipeline.toFile(job.target);
}

/** Every image file of the manifest with its source, frame and encoder settings (not timed). */
async function listJobs(loaded: LoadedPlan, dist: string, out: string): Promise<Job[]> {
  const manifest = JSON.parse(
    await readFile(path.join(dist, "manifest.json"), "utf8"),
  ) as DistManifest;
  const assets = new Map(loaded.catalog.assets.map((asset) => [asset.id, asset]));
  const headers = new Map<string, Metadata>();
  const jobs: Job[] = [];
  for (const kit of manifest.kits) {
    for (const file of kit.files) {
      const asset = assets.get(file.asset ?? "");
      if (file.kind !== "image" || !asset || !file.width || !file.height) continue;
      const spec = loaded.channels.get(file.channel ?? "");
      if (!spec) throw new Error(`[bench] Unknown channel ${file.channel} in the manifest`);
      let header = headers.get(asset.id);
      if (!header) {
        header = await sharp(asset.location).metadata();
        headers.set(asset.id, header);
      }
      const size: ImageSize =
        spec.image.size.fit === "width"
          ? { fit: "width", width: file.width }
          : { fit: "exact", width: file.width, height: file.height };
      const { framing, encode } = imageTask(asset, spec, size, loaded.engine);
      const { crop, hotspot, safeZone } = framing;
      const source = { width: header.autoOrient.width, height: header.autoOrient.height };
      jobs.push({
        location: asset.location,
        frame: frameFor({ source, crop, hotspot, safeZone }, size),
        hasAlpha: header.hasAlpha,
        background: encode.background,
        format: file.format ?? spec.image.format,
        quality: file.quality ?? spec.image.quality,
        target: path.join(out, kit.id, file.name),
      });
    }
  }
  return jobs;
}
