import { createHash } from "node:crypto";
import path from "node:path";
import sharp from "sharp";
import type { DistManifest } from "../pack/manifest-types.ts";
import type { Staging } from "../pack/staging.ts";
import type { BlobCache } from "../render/blob-cache.ts";

/** Bump when the sheet's drawing changes. */
const SHEET_VERSION = 1;
const THUMB = 160;
const GAP = 8;
const COLUMNS = 8;

/**
 * One contact sheet per pack: every image of the pack as a thumbnail on one JPEG, so an editor
 * sees every crop at a glance. Returns the sheet path (relative to dist/) per pack folder.
 */
export async function writeContactSheets(
  staging: Staging,
  manifest: DistManifest,
  cache: BlobCache,
): Promise<Map<string, string>> {
  const sheets = new Map<string, string>();
  for (const pack of manifest.packs) {
    const images = pack.files.filter(
      (file) => file.kind === "image" && !/-w\d+\.\w+$/.test(file.path),
    );
    if (images.length === 0) continue;
    // Keyed by the images' hashes: a sheet is drawn again only when one of its images changed.
    const key = createHash("sha256")
      .update(
        JSON.stringify({
          v: SHEET_VERSION,
          THUMB,
          GAP,
          COLUMNS,
          images: images.map((f) => f.sha256),
        }),
      )
      .digest("hex");
    if (!(await cache.has(key)))
      await cache.put(
        key,
        await drawSheet(
          staging,
          images.map((f) => f.path),
        ),
      );
    const relative = `report/${pack.path.slice("packs/".length).replaceAll("/", "__")}.jpg`;
    await staging.copy(relative, cache.pathOf(key));
    sheets.set(pack.path, relative);
  }
  return sheets;
}

async function drawSheet(staging: Staging, paths: readonly string[]): Promise<Buffer> {
  const tiles = await Promise.all(
    paths.map((file) =>
      sharp(path.join(staging.dir, file))
        .resize(THUMB, THUMB, { fit: "contain", background: "#f2f0eb" })
        .toBuffer(),
    ),
  );
  const rows = Math.ceil(tiles.length / COLUMNS);
  const columns = Math.min(COLUMNS, tiles.length);
  return sharp({
    create: {
      width: columns * (THUMB + GAP) + GAP,
      height: rows * (THUMB + GAP) + GAP,
      channels: 3,
      background: "#ffffff",
    },
  })
    .composite(
      tiles.map((input, i) => ({
        input,
        left: GAP + (i % COLUMNS) * (THUMB + GAP),
        top: GAP + Math.floor(i / COLUMNS) * (THUMB + GAP),
      })),
    )
    .jpeg({ quality: 70, mozjpeg: true })
    .toBuffer();
}
