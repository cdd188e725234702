import { type ContentIssue, createIssue } from "../errors/issue.ts";
import { imageLimits, readableImageFormats } from "../model/image-limits.ts";
import type { ImageProbe } from "../sources/contract.ts";

const READABLE = "a JPEG, PNG, WebP, AVIF, TIFF or SVG image";

/**
 * Judges what the source's probe found in an asset's image file: no image, a format the renderer
 * cannot decode, a file cut short, more pixels than may be decoded, or too small or thin to crop.
 * `file` is the name the asset gives (`hero.jpg`), so the message names what the editor wrote.
 */
export function checkImage(
  probe: ImageProbe,
  where: { origin: string; file: string },
): ContentIssue | undefined {
  const at = { origin: where.origin, path: "file" };
  const found = (what: string) => `${where.file}: ${what}`;
  if (!probe.readable)
    return createIssue("ImageUnreadable", {
      ...at,
      expected: READABLE,
      found: found(probe.reason),
    });
  const format = formatName(probe);
  if (!format) {
    return createIssue("ImageUnreadable", {
      ...at,
      expected: READABLE,
      found: found(`${describeFormat(probe)}, which Relais does not decode`),
    });
  }
  if (probe.cutShort)
    return createIssue("ImageUnreadable", {
      ...at,
      expected: READABLE,
      found: found(probe.cutShort),
    });

  const { width, height } = probe;
  const pixels = width * height;
  const size = `${width} × ${height} px`;
  if (pixels > imageLimits.maxPixels) {
    return createIssue("ImageTooLarge", {
      ...at,
      expected: `at most ${imageLimits.maxPixels.toLocaleString("en")} pixels`,
      found: found(`${size} (${pixels.toLocaleString("en")} pixels)`),
    });
  }
  const short = Math.min(width, height);
  if (short < imageLimits.minSide || Math.max(width, height) / short > imageLimits.maxAspect) {
    return createIssue("ImageTooSmall", {
      ...at,
      expected: `at least ${imageLimits.minSide} × ${imageLimits.minSide} px and an aspect ratio within 1:${imageLimits.maxAspect}`,
      found: found(size),
    });
  }
  return undefined;
}

function formatName(probe: Extract<ImageProbe, { readable: true }>): string | undefined {
  if (probe.format === "heif" && probe.compression !== "av1") return undefined;
  return readableImageFormats[probe.format];
}

function describeFormat(probe: Extract<ImageProbe, { readable: true }>): string {
  if (probe.format === "heif")
    return `a HEIF image compressed with ${(probe.compression ?? "an unknown codec").toUpperCase()}`;
  return `a ${probe.format.toUpperCase()} image`;
}
