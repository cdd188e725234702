/**
 * What Relais accepts as an asset's image, checked by validation from the source's probe (the
 * header alone) before anything decodes it.
 */
export const imageLimits = {
  /**
   * sharp's own default limit (0x3FFF × 0x3FFF pixels), written out so validation and the decoder
   * agree: past it, decoding one image could exhaust the build machine's memory.
   */
  maxPixels: 268_402_689,
  /** Fewer pixels on a side and no placement can be cropped from it without a blur. */
  minSide: 64,
  /** A shape thinner than 1:20 (a strip, a line) fits no placement's frame. */
  maxAspect: 20,
} as const;

/** The formats the renderer decodes, by sharp's name; HEIF only as AVIF (AV1-compressed). */
export const readableImageFormats: Readonly<Record<string, string>> = {
  jpeg: "JPEG",
  png: "PNG",
  webp: "WebP",
  heif: "AVIF",
  tiff: "TIFF",
  svg: "SVG",
};
