import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { ExportArchive } from "./read-export-archive.ts";

/** `image@file://./images/<sha1>-<w>x<h>.<ext>`, as the export writes an image reference. */
const EXPORTED_IMAGE = /^image@file:\/\/\.\/images\/([0-9a-f]{40})-(\d+x\d+)\.([a-z0-9]+)$/i;

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

/**
 * Undoes what the export did to assets, so the queries that run on the Content API run on the
 * export unchanged: every `_sanityAsset` becomes the `asset` reference it was, and each image
 * gets back its `sanity.imageAsset` document (the export moves those into assets.json and
 * images/). `url` points into the archive; the driver reads the file, never the URL.
 */
export async function restoreAssetReferences(
  archive: ExportArchive,
): Promise<Record<string, unknown>[]> {
  const documents = archive.documents.map(
    (document) => restore(document) as Record<string, unknown>,
  );
  const assets: Record<string, unknown>[] = [];
  for (const [name, location] of archive.images) {
    const match = /^([0-9a-f]{40})-(\d+)x(\d+)\.([a-z0-9]+)$/i.exec(name);
    if (!match) continue;
    const [, sha1, width, height, extension] = match as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    const own = archive.assets[`image-${sha1}`] ?? {};
    // Without assets.json (--no-assets-map) the bytes themselves give the hash and the size.
    const bytes = own.sha1hash && own.size ? undefined : await readFile(location);
    assets.push({
      originalFilename: name,
      ...own,
      _id: `image-${sha1}-${width}x${height}-${extension}`,
      _type: "sanity.imageAsset",
      assetId: sha1,
      extension,
      mimeType: MIME_TYPES[extension.toLowerCase()] ?? "application/octet-stream",
      path: `images/${name}`,
      url: `file://./images/${name}`,
      sha1hash:
        own.sha1hash ??
        createHash("sha1")
          .update(bytes as Buffer)
          .digest("hex"),
      size: own.size ?? (bytes as Buffer).byteLength,
    });
  }
  return [...documents, ...assets];
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
  const [, sha1, size, extension] = match;
  return {
    ...restored,
    asset: { _type: "reference", _ref: `image-${sha1}-${size}-${extension}` },
  };
}
