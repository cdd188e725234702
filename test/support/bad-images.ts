import { readFile } from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
import sharp from "sharp";

/**
 * Image files that go wrong in the ways editors' files do, made in the test so the repository
 * holds no broken files: cut short, empty, not an image, too small, too thin, too many pixels,
 * and the odd-but-valid (CMYK, 16-bit, EXIF-rotated, SVG with a script).
 */
export async function samplePhoto(name = "yellow-flower.jpg"): Promise<Buffer> {
  return readFile(path.resolve(import.meta.dirname, "../../content/assets", name));
}

/** The first half of a real photograph, as an interrupted upload or copy leaves it. */
export async function truncatedJpeg(): Promise<Buffer> {
  const photo = await samplePhoto();
  return photo.subarray(0, Math.floor(photo.length / 2));
}

/** Bytes that are no format at all, the same on every run. */
export function garbageBytes(count = 4096): Buffer {
  const bytes = Buffer.alloc(count);
  let state = 0x2545f491;
  for (let i = 0; i < count; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

export function solidImage(
  width: number,
  height: number,
  format: "jpeg" | "png" = "png",
): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#8a7560" } })
    .toFormat(format)
    .toBuffer();
}

/**
 * A real, complete `width` × `height` black PNG in a small file: every row is the same deflate
 * block of zeros, so 400 megapixels (1.2 GB decoded) take about 1 MB. Decoding it would allocate
 * all of it; reading its header costs nothing.
 */
export function pixelBombPng(width = 20_000, height = 20_000): Buffer {
  const row = Buffer.alloc(1 + width * 3); // filter byte 0, then black RGB pixels
  // A full flush ends each row's block on a byte boundary with no reference to the one before,
  // so the same bytes, repeated, are a valid stream.
  const block = zlib.deflateRawSync(row, { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const total = row.length * height;
  // Adler-32 of `total` zero bytes: a = 1, b = total (mod 65521).
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((total % 65521) << 16) | 1) >>> 0);
  const idat = Buffer.concat([
    Buffer.from([0x78, 0x01]),
    ...Array.from({ length: height }, () => block),
    Buffer.from([0x03, 0x00]), // the final, empty block
    adler,
  ]);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per sample
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", idat),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A photograph as a print workflow exports it: four CMYK channels. */
export async function cmykJpeg(): Promise<Buffer> {
  return sharp(await samplePhoto())
    .resize({ width: 1600 })
    .toColourspace("cmyk")
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A photograph as a raw converter exports it: 16 bits per channel. */
export async function sixteenBitPng(): Promise<Buffer> {
  return sharp(await samplePhoto())
    .resize({ width: 1600 })
    .toColourspace("rgb16")
    .png()
    .toBuffer();
}

/**
 * A landscape photograph stored sideways, as a camera held upright writes it: the pixels are
 * portrait, and EXIF orientation 8 says to turn them 90° anticlockwise to view.
 */
export async function exifRotatedJpeg(): Promise<Buffer> {
  return sharp(await samplePhoto())
    .rotate(90)
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 8 })
    .toBuffer();
}

export const SCRIPT_MARK = "relais-svg-script-must-never-be-published";

/** An SVG image with a script in it: it must be rasterized, never copied. */
export function svgWithScript(): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200" viewBox="0 0 1600 1200">` +
      `<script type="text/javascript">alert("${SCRIPT_MARK}")</script>` +
      `<rect width="1600" height="1200" fill="#1d1b18"/>` +
      `<circle cx="800" cy="600" r="400" fill="#c8a45a" onload="alert('${SCRIPT_MARK}')"/>` +
      `</svg>`,
  );
}
