import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { LRUCache } from "lru-cache";
import pLimit from "p-limit";
import type { ChannelSpec } from "../channels/channel-spec.ts";
import { sha256Hex } from "../hash/sha256.ts";
import { creditOf } from "../model/asset.ts";
import type { Catalog } from "../model/catalog.ts";
import type { Entry } from "../model/entries.ts";
import type { PackPlan, RenderPlan } from "../plan/plan-renders.ts";
import type { PlanDecision } from "../plan/types.ts";
import type { BlobCache } from "../render/blob-cache.ts";
import type { RenderResult } from "../render/render-images.ts";
import { compareCodepoints } from "../text/compare-codepoints.ts";
import type { DistManifest, PackFile, PackManifest } from "./manifest-types.ts";
import { packReadme, type ReadmeEntry } from "./pack-readme.ts";
import type { Staging } from "./staging.ts";
import { streamZip } from "./zip-pack.ts";

/** The text files of one entry in one pack, from the caption engine. */
export interface PackCaption {
  locale: string;
  /** File name → content, e.g. `caption.fr.txt`. */
  files: Record<string, { text: string; kind: "caption" | "caption-data" }>;
  length?: number;
  limit?: number;
  counting?: string;
  warnings: string[];
}

export type CaptionWriter = (
  entry: Entry,
  decision: PlanDecision,
  spec: ChannelSpec,
) => PackCaption | undefined;

export interface BuildWarning {
  code:
    | "source-too-small"
    | "source-unreadable"
    | "byte-budget-failed"
    | "quality-lowered"
    | "upscaled"
    | "caption"
    | "entry-without-images";
  audience: string;
  market: string;
  channel: string;
  entry?: string;
  asset?: string;
  message: string;
}

export interface AssembleInput {
  renderPlan: RenderPlan;
  results: ReadonlyMap<string, RenderResult>;
  catalog: Catalog;
  channels: ReadonlyMap<string, ChannelSpec>;
  captionOf: CaptionWriter;
  /** Where built zips are kept, by the hash of their files. */
  zips: BlobCache;
  /** Called as each pack is complete in the staging folder (its sheet can start). */
  onPack?: (pack: PackManifest) => void;
}

/**
 * Writes every pack into the staging folder: images copied from the cache, captions, README.txt,
 * the pack's manifest.json and its zip; returns dist/manifest.json and the warnings.
 */
export async function assemblePacks(
  staging: Staging,
  input: AssembleInput,
): Promise<{ manifest: DistManifest; warnings: BuildWarning[] }> {
  const warnings: BuildWarning[] = [];
  const packs: PackManifest[] = [];
  const ordered = [...input.renderPlan.packs].sort((a, b) =>
    compareCodepoints(packPath(a), packPath(b)),
  );
  // Packs are independent: writing several at once keeps the disk busy. They are written
  // channel by channel, so the zips of a placement's packs (every market and audience) read
  // the same images one after the other, from memory; results keep the manifest's order.
  const limit = pLimit(PACKS_AT_ONCE);
  const images = new LRUCache<string, Buffer>({
    maxSize: IMAGE_BYTES_KEPT,
    sizeCalculation: (bytes) => Math.max(1, bytes.length),
    fetchMethod: (file) => readFile(file),
  });
  const readImage = async (file: string) => (await images.fetch(file)) ?? readFile(file);
  const byChannel = ordered
    .map((pack, index) => ({ pack, index }))
    .sort(
      (a, b) =>
        compareCodepoints(a.pack.channel, b.pack.channel) ||
        compareCodepoints(packPath(a.pack), packPath(b.pack)),
    );
  const written = new Array<{ manifest: PackManifest | undefined; warnings: BuildWarning[] }>(
    ordered.length,
  );
  await Promise.all(
    byChannel.map(({ pack, index }) =>
      limit(async () => {
        const own: BuildWarning[] = [];
        const manifest = await writePack(staging, pack, { ...input, readImage }, own);
        if (manifest) input.onPack?.(manifest);
        written[index] = { manifest, warnings: own };
      }),
    ),
  );
  for (const result of written) {
    if (result?.manifest) packs.push(result.manifest);
    warnings.push(...(result?.warnings ?? []));
  }
  return { manifest: { schemaVersion: 1, packs }, warnings };
}

const warningCodes = {
  "too-small": "source-too-small",
  unreadable: "source-unreadable",
  failed: "byte-budget-failed",
} as const satisfies Record<Exclude<RenderResult["status"], "ok">, BuildWarning["code"]>;

async function writePack(
  staging: Staging,
  pack: PackPlan,
  input: AssembleInput & { readImage: (file: string) => Promise<Buffer> },
  warnings: BuildWarning[],
): Promise<PackManifest | undefined> {
  const { catalog } = input;
  const spec = input.channels.get(pack.channel);
  const market = catalog.markets.find((m) => m.id === pack.market);
  const audience = catalog.audiences.find((a) => a.id === pack.audience);
  if (!spec || !market || !audience) return undefined;
  const where = { audience: pack.audience, market: pack.market, channel: pack.channel };
  const folder = packPath(pack);
  const files: PackFile[] = [];
  /** What goes into the zip: bytes in memory, or a cache file read only if the zip is not cached. */
  const zipEntries: { path: string; sha256: string; bytes?: Uint8Array; file?: string }[] = [];
  const readmeEntries: ReadmeEntry[] = [];

  const add = (
    relative: string,
    bytes: Uint8Array,
    file: Omit<PackFile, "path" | "bytes" | "sha256">,
  ) => {
    const hash = sha256Hex(bytes);
    files.push({ path: `${folder}/${relative}`, bytes: bytes.length, sha256: hash, ...file });
    zipEntries.push({ path: relative, sha256: hash, bytes });
  };

  for (const { decision, images } of pack.entries) {
    const entry = catalog.entries.find(
      (e) => e.type === decision.entry.type && e.slug === decision.entry.slug,
    );
    if (!entry || !decision.locale) continue;
    const entryId = `${entry.type}/${entry.slug}`;
    const placed: ReadmeEntry["images"] = [];
    for (const image of images) {
      const result = input.results.get(image.task);
      const asset = catalog.assets.find((a) => a.id === image.asset);
      if (!asset || !result) continue;
      if (result.status !== "ok") {
        warnings.push({
          ...where,
          code: warningCodes[result.status],
          entry: entryId,
          asset: asset.id,
          message: `${image.path} left out: ${result.message}`,
        });
        continue;
      }
      if (result.upscaled !== undefined) {
        warnings.push({
          ...where,
          code: "upscaled",
          entry: entryId,
          asset: asset.id,
          message: `${image.path}: the source was enlarged ×${result.upscaled.toFixed(2)}, past the limit; it may look soft`,
        });
      }
      if (result.image.quality < spec.image.quality) {
        warnings.push({
          ...where,
          code: "quality-lowered",
          entry: entryId,
          asset: asset.id,
          message: `${image.path}: quality ${result.image.quality} instead of ${spec.image.quality} to stay under ${spec.image.maxBytes} bytes`,
        });
      }
      await staging.copy(`${folder}/${image.path}`, result.image.file);
      zipEntries.push({ path: image.path, sha256: result.image.sha256, file: result.image.file });
      files.push({
        path: `${folder}/${image.path}`,
        bytes: result.image.bytes,
        sha256: result.image.sha256,
        kind: "image",
        entry: entryId,
        locale: decision.locale.locale,
        width: result.image.width,
        height: result.image.height,
        format: result.image.format,
        asset: asset.id,
        credit: creditOf(asset),
        licence: asset.licence.name,
        quality: result.image.quality,
      });
      if (image.variant === "main") placed.push({ path: image.path, asset });
    }
    if (placed.length === 0) {
      warnings.push({
        ...where,
        code: "entry-without-images",
        entry: entryId,
        message: `${entryId} has no image that could be rendered for ${pack.channel}; it is left out of this pack`,
      });
      continue;
    }
    const caption = input.captionOf(entry, decision, spec);
    for (const message of caption?.warnings ?? [])
      warnings.push({ ...where, code: "caption", entry: entryId, message });
    for (const [name, file] of Object.entries(caption?.files ?? {}).sort(([a], [b]) =>
      compareCodepoints(a, b),
    )) {
      const bytes = new TextEncoder().encode(file.text);
      const relative = `${entry.type}-${entry.slug}/${name}`;
      await staging.write(`${folder}/${relative}`, bytes);
      const captionFields =
        file.kind === "caption" && caption?.limit !== undefined
          ? {
              captionLength: caption.length,
              captionLimit: caption.limit,
              counting: caption.counting,
            }
          : {};
      await add(relative, bytes, {
        kind: file.kind,
        entry: entryId,
        locale: caption?.locale ?? decision.locale.locale,
        ...captionFields,
      });
    }
    readmeEntries.push({ entry, locale: decision.locale.locale, images: placed });
  }
  if (readmeEntries.length === 0) return undefined;

  const readme = new TextEncoder().encode(
    packReadme({ brand: catalog.brand, audience, market, spec, entries: readmeEntries }),
  );
  await staging.write(`${folder}/README.txt`, readme);
  await add("README.txt", readme, { kind: "readme" });

  const packManifest = {
    schemaVersion: 1,
    audience: pack.audience,
    market: pack.market,
    channel: pack.channel,
    files: files.map((f) => ({ ...f, path: f.path.slice(folder.length + 1) })),
  };
  const manifestBytes = new TextEncoder().encode(`${JSON.stringify(packManifest, null, 2)}\n`);
  await staging.write(`${folder}/manifest.json`, manifestBytes);
  await add("manifest.json", manifestBytes, { kind: "manifest" });

  const zipPath = `${folder}.zip`;
  const zip = await cachedZip(zipEntries, input.zips, input.readImage);
  await staging.copy(zipPath, zip.file);
  return {
    ...where,
    path: folder,
    zip: { path: zipPath, sha256: zip.sha256, bytes: zip.bytes },
    files: files.sort((a, b) => compareCodepoints(a.path, b.path)),
  };
}

/** Packs written at once: enough to overlap file-system waits, few enough to bound memory (zips). */
const PACKS_AT_ONCE = 8;

/** Image bytes kept for the next zips: a placement's images for every market fit, at any catalog size. */
const IMAGE_BYTES_KEPT = 64 * 1024 * 1024;

/** Bump when streamZip's output changes for the same files. */
const ZIP_VERSION = 2;

/**
 * The pack's zip from the cache, keyed by its files' names and hashes; built (reading the
 * images) only when missing, so a rebuild with no change zips nothing.
 */
async function cachedZip(
  entries: readonly { path: string; sha256: string; bytes?: Uint8Array; file?: string }[],
  zips: BlobCache,
  readImage: (file: string) => Promise<Uint8Array>,
): Promise<{ file: string; sha256: string; bytes: number }> {
  const listing = entries
    .map((e) => [e.path, e.sha256])
    .sort(([a], [b]) => compareCodepoints(a ?? "", b ?? ""));
  const key = sha256Hex(JSON.stringify({ v: ZIP_VERSION, listing }));
  const metaFile = `${zips.pathOf(key)}.json`;
  try {
    const meta = JSON.parse(await readFile(metaFile, "utf8")) as { sha256: string; bytes: number };
    if (await zips.has(key)) return { file: zips.pathOf(key), ...meta };
  } catch {
    // Not cached yet.
  }
  const sources = entries.map((entry) => ({
    path: entry.path,
    read: async () => entry.bytes ?? (await readImage(entry.file as string)),
  }));
  const hash = createHash("sha256");
  let bytes = 0;
  const file = await zips.putStream(key, (write) =>
    streamZip(sources, async (chunks) => {
      for (const chunk of chunks) {
        hash.update(chunk);
        bytes += chunk.length;
      }
      await write(chunks);
    }),
  );
  const meta = { sha256: hash.digest("hex"), bytes };
  await writeFile(metaFile, JSON.stringify(meta));
  return { file, ...meta };
}

export function packPath(pack: { audience: string; market: string; channel: string }): string {
  return `packs/${pack.audience}/${pack.market}/${pack.channel}`;
}
