import { readFile } from "node:fs/promises";
import path from "node:path";
import { sha256Hex } from "../../hash/sha256.ts";
import type { ContentStore } from "../../store/content-store.ts";
import type { RawDocument } from "../contract.ts";
import { probeImage } from "../probe-image.ts";
import { imageBytesMismatch } from "./image-integrity.ts";
import type { ImageAssetInfo } from "./map-document.ts";

/** The store's namespace of Sanity images, by their Sanity sha1 and extension. */
const SANITY_IMAGES = "sanity-images";

function keyOf(image: ImageAssetInfo): string {
  return `${image.sha1hash}.${image.extension}`;
}

/**
 * Where an image Sanity does not have would have been kept, for messages: `<cacheDir>/sanity/…`.
 */
export function missingImagePath(cacheDir: string, image: ImageAssetInfo): string {
  return path.join(cacheDir, "sanity", keyOf(image));
}

/**
 * The image from the build's content store when it is there and still the asset's bytes (a
 * damaged file is fetched again). Both Sanity drivers keep their images there, so the renderer
 * reads local files and an image seen once is never fetched again, whichever driver saw it.
 */
export async function readCachedImage(
  store: ContentStore,
  image: ImageAssetInfo,
): Promise<{ file: string; bytes: Buffer } | undefined> {
  const entry = await store.getKeyed(SANITY_IMAGES, keyOf(image));
  if (!entry) return undefined;
  try {
    const bytes = await readFile(entry.file);
    return imageBytesMismatch(bytes, image) === undefined ? { file: entry.file, bytes } : undefined;
  } catch {
    return undefined;
  }
}

/** Stores the image (create-only; a reader never sees half of it); returns its local file. */
export async function storeImage(
  store: ContentStore,
  image: ImageAssetInfo,
  bytes: Uint8Array,
): Promise<string> {
  return (await store.putKeyed(SANITY_IMAGES, keyOf(image), bytes, {})).file;
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
