import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomic } from "../../fs/write-file-atomic.ts";
import { sha256Hex } from "../../hash/sha256.ts";
import type { RawDocument } from "../contract.ts";
import { probeImage } from "../probe-image.ts";
import { imageBytesMismatch } from "./image-integrity.ts";
import type { ImageAssetInfo } from "./map-document.ts";

/**
 * Sanity images on disk, addressed by their Sanity sha1: `<cacheDir>/sanity/<sha1>.<ext>`. Both
 * Sanity drivers keep their images here, so the renderer reads local files and an image seen
 * once is never fetched again, whichever driver saw it.
 */
export function cachedImagePath(cacheDir: string, image: ImageAssetInfo): string {
  return path.join(cacheDir, "sanity", `${image.sha1hash}.${image.extension}`);
}

/** The cached image when it is there and still the asset's bytes (a damaged file is refetched). */
export async function readCachedImage(
  location: string,
  image: ImageAssetInfo,
): Promise<Buffer | undefined> {
  try {
    const bytes = await readFile(location);
    return imageBytesMismatch(bytes, image) === undefined ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes beside the target and renames, so a reader (or a build killed halfway) never sees half
 * an image; two builds storing the same image write the same bytes.
 */
export async function storeImage(location: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(location), { recursive: true });
  await writeFileAtomic(location, bytes);
}

/**
 * The file part of an asset's RawDocument; sha256 and the image probe as the Markdown driver
 * gives them, so validation judges a Sanity image as it judges a file in content/.
 */
export async function imageFileOf(
  location: string,
  bytes: Uint8Array,
): Promise<NonNullable<RawDocument["file"]>> {
  return {
    location,
    exists: true,
    contentHash: sha256Hex(bytes),
    image: await probeImage(bytes),
  };
}
