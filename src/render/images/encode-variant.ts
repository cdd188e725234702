import sharp from "sharp";
import type { ImageFormat } from "../../channels/channel-spec.ts";
import type { Frame } from "../../plan/crop-frame.ts";
import type { ImageRights } from "../../plan/render-tasks.ts";
import type { DecodedSource } from "./decode-source.ts";
import { rightsXmp } from "./xmp.ts";

export interface EncodeOptions {
  format: ImageFormat;
  /** Quality to start from. */
  quality: number;
  maxBytes: number;
  /** Flattening colour for transparent sources in formats without alpha. */
  background: string;
  rights: ImageRights;
  /** AVIF effort: it dominates AVIF's cost (effort 4 was measured at 5.6× the CPU of 3 for ~4 % fewer bytes). */
  avifEffort?: number;
}

export interface EncodedVariant {
  bytes: Buffer;
  format: ImageFormat;
  width: number;
  height: number;
  /** The quality that met the byte budget (lower than asked when the budget forced it). */
  quality: number;
}

export class ByteBudgetError extends Error {
  override name = "ByteBudgetError";
}

/** Quality steps tried, from the record's quality down, before giving up on a byte budget. */
const QUALITY_STEP = 6;
const LOWEST_QUALITY = 40;

/**
 * Cuts the frame from the decoded pixels, resizes to the exact output size and encodes it under
 * the byte budget, stepping quality down as needed. Camera EXIF is never copied (sharp writes
 * no metadata unless asked); the sRGB profile and the rights XMP are written.
 */
export async function encodeVariant(
  source: DecodedSource,
  frame: Frame,
  options: EncodeOptions,
  /**
   * Encodes at one quality. Pass a memoized one to share encodes between tasks that give the same
   * bytes (same frame and encoder settings, other byte budgets). @default a fresh encode each time
   */
  encodeAt: (quality: number) => Promise<Buffer> = (quality) =>
    encodeOnce(source, frame, options, quality),
): Promise<EncodedVariant> {
  const floor = Math.min(LOWEST_QUALITY, options.quality);
  for (let quality = options.quality; ; quality = Math.max(floor, quality - QUALITY_STEP)) {
    const bytes = await encodeAt(quality);
    if (bytes.length <= options.maxBytes) {
      return {
        bytes,
        format: options.format,
        width: frame.outWidth,
        height: frame.outHeight,
        quality,
      };
    }
    if (quality === floor || options.format === "png") {
      throw new ByteBudgetError(
        `[relais] [render] Expected at most ${options.maxBytes} bytes for a ${frame.outWidth}×${frame.outHeight} ${options.format} but received ${bytes.length} at quality ${quality}`,
      );
    }
  }
}

/**
 * What decides an encode's bytes, and nothing else: outputs with equal keys are the same file
 * (the byte budget and the safe zone are left out; the safe zone has already moved the frame).
 */
export function encodeKey(
  source: Pick<DecodedSource, "hasAlpha">,
  frame: Frame,
  options: Omit<EncodeOptions, "maxBytes" | "quality">,
  quality: number,
): string {
  const { left, top, width, height, outWidth, outHeight } = frame;
  const { rights } = options;
  return JSON.stringify([
    [left, top, width, height, outWidth, outHeight],
    options.format,
    source.hasAlpha ? options.background : "",
    [rights.creator, rights.rights, rights.webStatement ?? ""],
    options.avifEffort ?? 0,
    quality,
  ]);
}

export async function encodeOnce(
  source: DecodedSource,
  frame: Frame,
  options: EncodeOptions,
  quality: number,
): Promise<Buffer> {
  let pipeline = sharp(source.pixels, {
    raw: { width: source.width, height: source.height, channels: source.channels },
  })
    .extract({ left: frame.left, top: frame.top, width: frame.width, height: frame.height })
    .resize(frame.outWidth, frame.outHeight, { fit: "fill", kernel: "lanczos3" });
  if (source.hasAlpha && (options.format === "jpeg" || options.format === "avif")) {
    pipeline = pipeline.flatten({ background: options.background });
  }
  pipeline = pipeline.withIccProfile("srgb").withXmp(rightsXmp(options.rights));
  switch (options.format) {
    case "jpeg":
      return pipeline.jpeg({ quality, mozjpeg: true }).toBuffer();
    case "webp":
      return pipeline.webp({ quality, effort: 4 }).toBuffer();
    case "avif":
      return pipeline.avif({ quality, effort: options.avifEffort ?? 3 }).toBuffer();
    case "png":
      return pipeline.png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer();
  }
}
