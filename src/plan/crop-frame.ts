import type { ImageSize } from "../channels/channel-spec.ts";

/** Fractions of the original image, as Sanity stores them. */
export interface CropFractions {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface HotspotFractions {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FramingInput {
  /** The source's size after EXIF orientation. */
  source: { width: number; height: number };
  crop?: CropFractions | undefined;
  hotspot?: HotspotFractions | undefined;
  /** Dedicated crops by aspect ratio (`"9:16"`), which win over crop + hotspot for that aspect. */
  crops?: Readonly<Record<string, CropFractions>>;
  /** Areas of the output the platform covers (fractions): the focal point is centred in the rest. */
  safeZone?: { top: number; bottom: number; left: number; right: number } | undefined;
}

/** Where to cut the source (pixels) and the exact output size. */
export interface Frame {
  left: number;
  top: number;
  width: number;
  height: number;
  outWidth: number;
  outHeight: number;
  /** Output pixels per source pixel; above 1 means the source is enlarged. */
  scale: number;
  /** The dedicated aspect crop used, if any. */
  aspectCrop?: string;
}

/** Two aspect ratios are the same placement when they differ by less than this (rounding of sizes). */
const ASPECT_TOLERANCE = 0.01;

/**
 * The frame for one output, with Sanity's semantics: cut `crop` from each side, then take the
 * largest rectangle of the target aspect inside what remains, centred on the hotspot and shifted
 * only as far as the edges demand, so the focal point stays in the frame and as central as the
 * frame allows. A dedicated crop for the target's aspect wins over both.
 */
export function frameFor(input: FramingInput, size: ImageSize): Frame {
  const { source } = input;
  const aspectCrop =
    size.fit === "exact"
      ? matchingAspectCrop(input.crops ?? {}, size.width / size.height)
      : undefined;
  const crop = aspectCrop ? input.crops?.[aspectCrop] : input.crop;
  const area = cropArea(source, crop);

  if (size.fit === "width") {
    const outHeight = Math.max(1, Math.round((size.width * area.height) / area.width));
    return {
      ...rounded(area, source),
      outWidth: size.width,
      outHeight,
      scale: size.width / area.width,
    };
  }

  const aspect = size.width / size.height;
  const width = Math.min(area.width, area.height * aspect);
  const height = width / aspect;
  const focus = focusPoint(input, area);
  const safe = input.safeZone ?? { top: 0, bottom: 0, left: 0, right: 0 };
  // Where in the frame the focal point should sit: the middle of the part the platform leaves visible.
  const anchorX = safe.left + (1 - safe.left - safe.right) / 2;
  const anchorY = safe.top + (1 - safe.top - safe.bottom) / 2;
  const left = clamp(focus.x - width * anchorX, area.left, area.left + area.width - width);
  const top = clamp(focus.y - height * anchorY, area.top, area.top + area.height - height);
  const frame: Frame = {
    ...rounded({ left, top, width, height }, source),
    outWidth: size.width,
    outHeight: size.height,
    scale: size.width / width,
  };
  if (aspectCrop) frame.aspectCrop = aspectCrop;
  return frame;
}

/** `"9:16"` → 0.5625 */
export function parseAspect(ratio: string): number {
  const [w, h] = ratio.split(":").map(Number);
  return (w ?? 1) / (h ?? 1);
}

/** The dedicated crop whose ratio matches `aspect`, if the asset has one. */
export function matchingAspectCrop(
  crops: Readonly<Record<string, CropFractions>>,
  aspect: number,
): string | undefined {
  return Object.keys(crops)
    .sort()
    .find((ratio) => Math.abs(parseAspect(ratio) - aspect) / aspect < ASPECT_TOLERANCE);
}

interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

function cropArea(
  source: { width: number; height: number },
  crop: CropFractions | undefined,
): Rect {
  const c = crop ?? { top: 0, bottom: 0, left: 0, right: 0 };
  return {
    left: c.left * source.width,
    top: c.top * source.height,
    width: source.width * (1 - c.left - c.right),
    height: source.height * (1 - c.top - c.bottom),
  };
}

/** The hotspot's centre in source pixels; the centre of the crop when there is none. */
function focusPoint(input: FramingInput, area: Rect): { x: number; y: number } {
  if (!input.hotspot) return { x: area.left + area.width / 2, y: area.top + area.height / 2 };
  return { x: input.hotspot.x * input.source.width, y: input.hotspot.y * input.source.height };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/** Whole pixels that stay inside the source. */
function rounded(rect: Rect, source: { width: number; height: number }): Rect {
  const left = Math.max(0, Math.min(Math.round(rect.left), source.width - 1));
  const top = Math.max(0, Math.min(Math.round(rect.top), source.height - 1));
  const width = Math.max(1, Math.min(Math.round(rect.width), source.width - left));
  const height = Math.max(1, Math.min(Math.round(rect.height), source.height - top));
  return { left, top, width, height };
}
