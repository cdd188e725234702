import { createHash } from "node:crypto";
import type { ImageAssetInfo } from "./map-document.ts";

/**
 * Why these bytes are not the asset's image, or undefined when they are: the size and the sha1
 * the `sanity.imageAsset` document gives.
 *
 * An SVG is the exception to the sha1. Sanity hashes an uploaded SVG, then sanitizes it and
 * stores (and serves, and exports) the sanitized file, so its `sha1hash` is the hash of bytes
 * no one can download (sanity-io/sanity#2321, #3297; `@sanity/export` falls back to another
 * hash for the same reason). Its `size` is the stored file's, so an SVG is checked by size, and
 * damaged markup is left to the image probe, which reports it as unreadable.
 */
export function imageBytesMismatch(bytes: Uint8Array, image: ImageAssetInfo): string | undefined {
  if (bytes.byteLength !== image.size)
    return `${bytes.byteLength} bytes where the asset has ${image.size}`;
  const sha1 = createHash("sha1").update(bytes).digest("hex");
  if (sha1 === image.sha1hash || isSanitizedByUpload(image)) return undefined;
  return `sha1 ${sha1} where the asset has ${image.sha1hash}`;
}

/** The image kinds Sanity rewrites after hashing them. */
function isSanitizedByUpload(image: ImageAssetInfo): boolean {
  return image.extension.toLowerCase() === "svg";
}
