import { copyFile, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { create } from "tar";
import type { SanityDocumentLike } from "../../src/sources/sanity/perspective.ts";
import type { SanityHouse } from "./sanity-house.ts";

/** Fields `sanity dataset export` leaves out of assets.json: they follow from the file itself. */
const DERIVED = new Set(["_id", "_type", "assetId", "extension", "mimeType", "path", "url"]);

/**
 * Writes a dataset as `sanity dataset export` does: a .tar.gz holding
 * `<dataset>-export-<date>/data.ndjson` (asset documents removed, image references rewritten to
 * `_sanityAsset: "image@file://./images/<sha1>-<w>x<h>.<ext>"`), `assets.json` (each asset
 * document's own fields by `image-<sha1>`) and `images/`.
 */
export async function writeExportArchive(
  house: SanityHouse,
  { dataset = "production", drop = [] as string[] } = {},
): Promise<string> {
  const staging = await mkdtemp(path.join(tmpdir(), "relais-export-staging-"));
  const prefix = `${dataset}-export-2026-01-05t09-00-00-000z`;
  const root = path.join(staging, prefix);
  await mkdir(path.join(root, "images"), { recursive: true });
  await mkdir(path.join(root, "files"), { recursive: true });

  const assetDocs = house.documents.filter((doc) => doc._type === "sanity.imageAsset");
  const fileOf = new Map(
    assetDocs.map((doc) => [doc._id, String(doc.path).split("/").at(-1) as string]),
  );
  const assetsMap: Record<string, unknown> = {};
  for (const doc of assetDocs) {
    const name = fileOf.get(doc._id) as string;
    if (drop.includes(String(doc.originalFilename))) continue;
    await copyFile(
      path.join(house.assetsDir, String(doc.originalFilename)),
      path.join(root, "images", name),
    );
    assetsMap[`image-${doc.sha1hash}`] = Object.fromEntries(
      Object.entries(doc).filter(([key]) => !DERIVED.has(key)),
    );
  }
  const data = house.documents
    .filter((doc) => doc._type !== "sanity.imageAsset")
    .map((doc) => JSON.stringify(rewriteAssets(doc, fileOf)));
  await writeFile(path.join(root, "data.ndjson"), `${data.join("\n")}\n`);
  await writeFile(path.join(root, "assets.json"), JSON.stringify(assetsMap));

  const archive = path.join(staging, `${dataset}.tar.gz`);
  await create({ gzip: true, file: archive, cwd: staging, portable: true }, [prefix]);
  return archive;
}

function rewriteAssets(value: unknown, fileOf: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteAssets(item, fileOf));
  if (typeof value !== "object" || value === null) return value;
  const { asset, ...rest } = value as SanityDocumentLike & { asset?: { _ref?: string } };
  const rewritten = Object.fromEntries(
    Object.entries(rest).map(([key, field]) => [key, rewriteAssets(field, fileOf)]),
  );
  const file = asset?._ref ? fileOf.get(asset._ref) : undefined;
  if (file) return { _sanityAsset: `image@file://./images/${file}`, ...rewritten };
  return asset === undefined ? rewritten : { asset, ...rewritten };
}
