import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { SourceUnavailableError } from "../source-unavailable-error.ts";
import type { ExportArchive } from "./read-export-archive.ts";

/** `image@file://./images/<asset id>-<w>x<h>.<ext>`, as the export writes an image reference. */
const EXPORTED_IMAGE = /^image@file:\/\/\.\/images\/([0-9a-f]{40})-(\d+x\d+)\.([a-z0-9]+)$/i;

/** A file of images/: `<asset id>-<w>x<h>.<ext>`, named after the asset document's `_id`. */
const IMAGE_FILE = /^([0-9a-f]{40})-(\d+)x(\d+)\.([a-z0-9]+)$/i;

const MIME_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  avif: "image/avif",
  tif: "image/tiff",
  tiff: "image/tiff",
  svg: "image/svg+xml",
};

/** An image of the archive and the asset document it was restored to. */
export interface RestoredImage {
  /** The `sanity.imageAsset` document's `_id`, which the references name. */
  assetId: string;
  /** Its file in images/, and where that file is in the unpacked archive. */
  name: string;
  location: string;
  /** As the asset document gives them, so a driver finds the file from what a query returned. */
  sha1hash: string;
  extension: string;
}

export interface RestoredDataset {
  /** The archive's documents with their asset references, then the `sanity.imageAsset` documents. */
  documents: Record<string, unknown>[];
  images: RestoredImage[];
}

/**
 * Undoes what the export did to assets, so the queries that run on the Content API run on the
 * export unchanged: every `_sanityAsset` becomes the `asset` reference it was, and each image
 * gets back its `sanity.imageAsset` document (the export moves those into assets.json and
 * images/). `url` points into the archive; the drivers read the file, never the URL.
 */
export async function restoreAssetReferences(archive: ExportArchive): Promise<RestoredDataset> {
  const documents = archive.documents.map(
    (document) => restore(document) as Record<string, unknown>,
  );
  const assets: Record<string, unknown>[] = [];
  const images: RestoredImage[] = [];
  for (const [name, location] of archive.images) {
    const match = IMAGE_FILE.exec(name);
    if (!match) continue;
    const [, id, width, height, extension] = match as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    const { own, bytes } = await assetFieldsOf(archive, name, id, location);
    // Without assets.json (--no-assets-map) the bytes themselves give the hash and the size.
    const known = typeof own.sha1hash === "string" && typeof own.size === "number";
    const content = known ? undefined : (bytes ?? (await readFile(location)));
    const sha1hash = content ? sha1Of(content) : (own.sha1hash as string);
    const size = content ? content.byteLength : (own.size as number);
    const assetId = `image-${id}-${width}x${height}-${extension}`;
    assets.push({
      originalFilename: name,
      ...own,
      _id: assetId,
      _type: "sanity.imageAsset",
      assetId: id,
      extension,
      mimeType: MIME_TYPES[extension.toLowerCase()] ?? "application/octet-stream",
      path: `images/${name}`,
      url: `file://./images/${name}`,
      sha1hash,
      size,
    });
    images.push({ assetId, name, location, sha1hash, extension });
  }
  return { documents: [...documents, ...assets], images };
}

/**
 * The asset document's own fields, from assets.json. The export keys them by the sha1 of the
 * file's bytes, but names the file after the asset's `_id`: the two agree for most images and
 * not for an SVG, which Sanity sanitized after hashing the upload (its `_id`, its `sha1hash` and
 * the sha1 of the file it serves all differ). So the file's name is tried first, then its bytes.
 */
async function assetFieldsOf(
  archive: ExportArchive,
  name: string,
  id: string,
  location: string,
): Promise<{ own: Record<string, unknown>; bytes?: Buffer }> {
  const byName = archive.assets[`image-${id}`];
  if (byName) return { own: byName };
  const bytes = await readFile(location);
  const sha1 = sha1Of(bytes);
  const byBytes = archive.assets[`image-${sha1}`];
  if (byBytes) return { own: byBytes, bytes };
  // Exported with --no-assets-map: there is nothing to find the fields in.
  if (Object.keys(archive.assets).length === 0) return { own: {}, bytes };
  throw new SourceUnavailableError(
    "sanity-export",
    "integrity",
    `Sanity export ${archive.file}: images/${name} matches no asset of assets.json (the export lists every image by the sha1 of its bytes, and this file's is ${sha1}). The archive is damaged or was changed after the export: export the dataset again.`,
  );
}

function sha1Of(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}

function restore(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(restore);
  if (typeof value !== "object" || value === null) return value;
  const { _sanityAsset, ...rest } = value as Record<string, unknown>;
  const restored = Object.fromEntries(
    Object.entries(rest).map(([key, field]) => [key, restore(field)]),
  );
  const match = typeof _sanityAsset === "string" ? EXPORTED_IMAGE.exec(_sanityAsset) : null;
  if (!match) return _sanityAsset === undefined ? restored : { _sanityAsset, ...restored };
  const [, id, size, extension] = match;
  return {
    ...restored,
    asset: { _type: "reference", _ref: `image-${id}-${size}-${extension}` },
  };
}
