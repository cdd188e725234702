import sharp, { type Metadata } from "sharp";
import type { ImageProbe } from "./contract.ts";

/**
 * What an image file's bytes say, without decoding its pixels: the format and upright size from
 * the header (sharp's `metadata()` reads headers only, so a 400-megapixel image in a small file
 * costs what a thumbnail does, and no pixel limit applies here: validation decides, knowing the
 * size), or why the bytes are no image. Every source driver probes each asset's image once.
 *
 * A JPEG or PNG cut short still has a good header; its structure tells, by skipping from marker
 * to marker (a scan of the bytes at memory speed, where even a reduced decode costs a hundred
 * times more). libvips refuses a WebP cut short at its header already; other formats cut short
 * are caught by the renderer's decode (`RenderFailed`).
 */
export async function probeImage(bytes: Uint8Array): Promise<ImageProbe> {
  const size = bytes.byteLength;
  if (size === 0) return { readable: false, bytes: 0, reason: "a file of 0 bytes" };
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    return { readable: false, bytes: size, reason: notAnImage(bytes, error) };
  }
  const { format, compression } = metadata;
  const { width, height } = metadata.autoOrient;
  const cutShort = cutShortReason(format, Buffer.from(bytes.buffer, bytes.byteOffset, size));
  return {
    readable: true,
    format,
    ...(compression ? { compression } : {}),
    width,
    height,
    bytes: size,
    ...(cutShort ? { cutShort } : {}),
  };
}

function notAnImage(bytes: Uint8Array, error: unknown): string {
  const count = formatBytes(bytes.byteLength);
  if (looksLikeText(bytes)) return `a text file of ${count}, not an image`;
  const message = error instanceof Error ? error.message : String(error);
  if (/unsupported image format/i.test(message))
    return `${count} in no image format Relais can read`;
  return `a damaged image of ${count} (${message})`;
}

/** Text, by its first few kilobytes: valid UTF-8 with no control character but line breaks and tabs. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
  } catch {
    return false;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/** Why the file ends before its image data does, or undefined when it is whole (or unknown). */
function cutShortReason(format: string, bytes: Buffer): string | undefined {
  const short = (what: string) =>
    `a ${what} cut short after ${formatBytes(bytes.length)}, before the end of its image data`;
  if (format === "jpeg") return jpegIsWhole(bytes) ? undefined : short("JPEG");
  if (format === "png") return pngIsWhole(bytes) ? undefined : short("PNG");
  return undefined;
}

const END_OF_IMAGE = Buffer.from([0xff, 0xd9]);

/**
 * Marker segments from the start to the first scan, then the scan data up to the end-of-image
 * marker (FF D9), which JPEG's byte stuffing keeps out of the data itself. A thumbnail's marker
 * inside an EXIF segment is skipped with its segment; bytes after the marker (a phone's trailer)
 * are allowed.
 */
function jpegIsWhole(bytes: Buffer): boolean {
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return true; // not a structure it knows: the decoder will tell
    const marker = bytes[offset + 1] as number;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      offset += 2;
      continue;
    }
    if (marker === 0xd9) return true;
    const length = bytes.readUInt16BE(offset + 2);
    if (marker === 0xda) return bytes.indexOf(END_OF_IMAGE, offset + 2 + length) !== -1;
    offset += 2 + length;
  }
  return false;
}

/** Chunk after chunk, by their lengths, to the IEND chunk. */
function pngIsWhole(bytes: Buffer): boolean {
  let offset = 8;
  while (offset + 8 <= bytes.length) {
    if (bytes.toString("latin1", offset + 4, offset + 8) === "IEND") return true;
    offset += 12 + bytes.readUInt32BE(offset);
  }
  return false;
}

function formatBytes(count: number): string {
  return `${count.toLocaleString("en")} ${count === 1 ? "byte" : "bytes"}`;
}
