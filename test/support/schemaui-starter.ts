import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { create, extract } from "tar";
import { sha256Hex } from "../../src/hash/sha256.ts";
import type { SanityQueries } from "../../src/sources/sanity/projections.ts";

/** A real `sanity dataset export` (fixtures/sanity/schemaui-starter/README.md). */
export const STARTER_EXPORT = path.resolve(
  import.meta.dirname,
  "../../fixtures/sanity/schemaui-starter/sample-data.tar.gz",
);

/** The folder the Sanity CLI put the export in: `<dataset>-export-<date>`. */
export const STARTER_FOLDER = "schemaui-starter-export-2026-03-24t14-18-58-216z";

/**
 * The starter's images read as Relais assets straight from their `sanity.imageAsset` documents
 * (the asset id is the document's `_id`), and its posts as stories whose hero is the post's
 * image: enough to read every image and follow a reference to one, not a full mapping.
 */
export const STARTER_QUERIES: SanityQueries = {
  asset: {
    type: "sanity.imageAsset",
    projection: `{
  "slug": _id,
  "image": { "asset": @{ url, sha1hash, size, extension, mimeType, originalFilename } }
}`,
  },
  story: {
    type: "post",
    projection: `{
  "slug": slug.current,
  "hero": image.asset._ref,
  "title": { "en": title },
  "dek": { "en": excerpt },
  "body": { "en": pt::text(body) }
}`,
  },
};

/** The archive's images, unpacked apart from the code under test: file name → bytes. */
export async function starterImages(): Promise<Map<string, Buffer>> {
  const folder = await unpackStarter();
  const images = path.join(folder, STARTER_FOLDER, "images");
  const names = await readdir(images);
  return new Map(
    await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(images, name))] as const),
    ),
  );
}

/** The sha256 the drivers give as an image's `contentHash`, by file name. */
export async function starterContentHashes(): Promise<Map<string, string>> {
  const images = await starterImages();
  return new Map([...images].map(([name, bytes]) => [name, sha256Hex(bytes)]));
}

/** Unpacks the starter into a fresh folder, to read it or to change it and pack it again. */
export async function unpackStarter(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), "relais-starter-"));
  await extract({ file: STARTER_EXPORT, cwd: folder });
  return folder;
}

/** Packs a folder from `unpackStarter` again, as the CLI packs an export. */
export async function repackStarter(folder: string): Promise<string> {
  const file = path.join(folder, "changed.tar.gz");
  await create({ gzip: true, file, cwd: folder, portable: true }, [STARTER_FOLDER]);
  return file;
}
