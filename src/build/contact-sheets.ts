import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pLimit from "p-limit";
import sharp from "sharp";
import type { DistManifest, KitFile, KitManifest } from "../pack/manifest-types.ts";
import type { Staging } from "../pack/staging.ts";
import type { BlobCache } from "../render/blob-cache.ts";
import { compareCodepoints } from "../text/compare-codepoints.ts";

/** Bump when the sheet's drawing changes. */
const SHEET_VERSION = 3;
const THUMB = 160;
const GAP = 8;
const COLUMNS = 8;
const CHANNELS = 3;
const TILE_BACKGROUND = { r: 0xf2, g: 0xf0, b: 0xeb };
const SHEET_BACKGROUND = 0xff;

export interface SheetCaches {
  /** Finished sheets, by the hashes of their images. */
  sheets: BlobCache;
  /** One thumbnail per distinct image (raw RGB, THUMB × THUMB), by the image's hash. */
  tiles: BlobCache;
}

export interface SheetWriter {
  /** Starts the kit's sheet (once the kit's images are in the staging folder). */
  add(kit: KitManifest): void;
  /** Waits for every sheet; returns the sheet path (relative to dist/) per kit id. */
  done(): Promise<Map<string, string>>;
}

/**
 * One contact sheet per kit: every image of the kit as a thumbnail on one JPEG, so an editor
 * sees every crop at a glance. Sheets are drawn while the next kits are written.
 *
 * The same image sits in many kits (every market and audience that shows it), so each distinct
 * image is shrunk once into a cached tile and sheets are laid out from tiles: drawing every sheet
 * from the kit images decoded each image about 16 times.
 */
export function createSheetWriter(staging: Staging, caches: SheetCaches): SheetWriter {
  const sheets = new Map<string, Promise<string | undefined>>();
  // Tiles are made on every core; sheets are laid out one at a time, so that only one sheet's
  // canvas and tiles are in memory however many kits are waiting for theirs.
  const tileLimit = pLimit(Math.max(1, os.availableParallelism()));
  const sheetLimit = pLimit(1);
  const tiles = new Map<string, Promise<string>>();
  const drawing = new Map<string, Promise<void>>();
  const tileOf = (file: KitFile) => {
    let tile = tiles.get(file.sha256);
    if (!tile) {
      tile = tileLimit(() =>
        cachedTile(path.join(staging.dir, file.path), file.sha256, caches.tiles),
      );
      tiles.set(file.sha256, tile);
    }
    return tile;
  };

  const sheetOf = async (kit: KitManifest): Promise<string | undefined> => {
    const images = kit.files.filter(
      (file) => file.kind === "image" && !/-w\d+\.\w+$/.test(file.name),
    );
    if (images.length === 0) return undefined;
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
    // Kits with the same images (often, across audiences) share one sheet.
    let drawn = drawing.get(key);
    if (!drawn) {
      drawn = (async () => {
        if (await caches.sheets.has(key)) return;
        const tileFiles = await Promise.all(images.map(tileOf));
        await sheetLimit(async () => {
          const laidOut = layOut(await Promise.all(tileFiles.map((file) => readFile(file))));
          await caches.sheets.put(key, await encodeSheet(laidOut));
        });
      })();
      drawing.set(key, drawn);
    }
    await drawn;
    const relative = `report/${kit.id.replaceAll("/", "__")}.jpg`;
    await staging.copy(relative, caches.sheets.pathOf(key));
    return relative;
  };

  return {
    add(kit) {
      const sheet = sheetOf(kit);
      // Awaited in done(); kept from being reported as unhandled meanwhile.
      sheet.catch(() => {});
      sheets.set(kit.id, sheet);
    },
    async done() {
      const paths = new Map<string, string>();
      for (const [kit, sheet] of [...sheets].sort(([a], [b]) => compareCodepoints(a, b))) {
        const relative = await sheet;
        if (relative) paths.set(kit, relative);
      }
      return paths;
    },
  };
}

/** Every kit's sheet, for a manifest already written (the benchmark draws them again alone). */
export async function writeContactSheets(
  staging: Staging,
  manifest: DistManifest,
  caches: SheetCaches,
): Promise<Map<string, string>> {
  const writer = createSheetWriter(staging, caches);
  for (const kit of manifest.kits) writer.add(kit);
  return writer.done();
}

/**
 * The file of a thumbnail's raw pixels in the tile cache, shrunk from the image first when
 * missing (JPEG shrinks on load).
 */
async function cachedTile(file: string, sha256: string, cache: BlobCache): Promise<string> {
  const key = createHash("sha256")
    .update(JSON.stringify({ v: SHEET_VERSION, THUMB, image: sha256 }))
    .digest("hex");
  try {
    if ((await stat(cache.pathOf(key))).size === THUMB * THUMB * CHANNELS) return cache.pathOf(key);
  } catch {
    // Not drawn yet.
  }
  const tile = await sharp(file)
    .resize(THUMB, THUMB, { fit: "contain", background: TILE_BACKGROUND })
    .flatten({ background: TILE_BACKGROUND })
    .toColourspace("srgb")
    .removeAlpha()
    .raw()
    .toBuffer();
  return cache.put(key, tile);
}

interface LaidOut {
  pixels: Buffer;
  width: number;
  height: number;
}

/** Copies the tiles into one raw canvas, row by row: no image library needed to place them. */
function layOut(tiles: readonly Uint8Array[]): LaidOut {
  const rows = Math.ceil(tiles.length / COLUMNS);
  const columns = Math.min(COLUMNS, tiles.length);
  const width = columns * (THUMB + GAP) + GAP;
  const height = rows * (THUMB + GAP) + GAP;
  const pixels = Buffer.alloc(width * height * CHANNELS, SHEET_BACKGROUND);
  const tileRow = THUMB * CHANNELS;
  tiles.forEach((tile, i) => {
    const left = GAP + (i % COLUMNS) * (THUMB + GAP);
    const top = GAP + Math.floor(i / COLUMNS) * (THUMB + GAP);
    for (let y = 0; y < THUMB; y += 1) {
      pixels.set(
        tile.subarray(y * tileRow, (y + 1) * tileRow),
        ((top + y) * width + left) * CHANNELS,
      );
    }
  });
  return { pixels, width, height };
}

/** libjpeg-turbo, not mozjpeg: a sheet is for the report, and mozjpeg took 5 × the time here. */
function encodeSheet({ pixels, width, height }: LaidOut): Promise<Buffer> {
  return sharp(pixels, { raw: { width, height, channels: CHANNELS } })
    .jpeg({ quality: 75 })
    .toBuffer();
}
