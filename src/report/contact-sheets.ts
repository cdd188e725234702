import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pLimit from "p-limit";
import sharp from "sharp";
import type { Staging } from "../pack/staging.ts";
import type { KeyedFiles } from "../store/keyed-files.ts";
import { compareCodepoints } from "../text/compare-codepoints.ts";

/** Bump when the sheet's drawing changes. */
const SHEET_VERSION = 6;
const THUMB = 160;
const GAP = 8;
const COLUMNS = 8;
const CHANNELS = 3;
const TILE_BACKGROUND = { r: 0xf2, g: 0xf0, b: 0xeb };
const SHEET_BACKGROUND = 0xff;
/** The label's type: large enough to read on the sheet alone, opened at its own size. */
const LABEL_FONT = "sans 20";
/** Each group's own label (a placement), above its thumbnails. */
const GROUP_FONT = "sans 16";
const LABEL_INK = "#1d1b18";
const LABEL_MUTED = "#5c5955";

/**
 * What one contact sheet shows. The sheets know nothing else of the output: an adapter
 * (`kitSheet`) turns what the pack stage wrote into this.
 */
export interface SheetSubject {
  /** What the sheet is of, e.g. the kit's id: `done()` gives the sheet by this key. */
  key: string;
  /** The sheet's file name in `report/`, without extension. */
  name: string;
  /** Drawn above the thumbnails, so the sheet says what it shows: `press · fr · capsule/herbier`. */
  title: string;
  /** A second, lighter line under the title: `15 images · 9 placements · 4 entries`. */
  detail: string;
  /**
   * The images, in order: their path in the staging folder, their sha256 and the group they are
   * shown under (a placement: `instagram/story`), which starts a new row with its name.
   */
  images: readonly { path: string; sha256: string; group?: string }[];
}

export interface SheetCaches {
  /** Finished sheets, by the hashes of their images. */
  sheets: KeyedFiles;
  /** One thumbnail per distinct image (raw RGB, THUMB × THUMB), by the image's hash. */
  tiles: KeyedFiles;
}

export interface SheetWriter {
  /** Starts a sheet (once its images are in the staging folder). */
  add(subject: SheetSubject): void;
  /** Waits for every sheet; returns the sheet's path (relative to dist/) by subject key. */
  done(): Promise<Map<string, string>>;
}

/**
 * One contact sheet per subject (a kit): its label, then every image as a thumbnail, on one
 * JPEG, so an editor sees every crop at a glance and the file alone says what it shows. Sheets
 * are drawn while the next kits are written.
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
  const drawing = new Map<string, Promise<string>>();
  // The same placement names come back on sheet after sheet: each is drawn once.
  const texts = new Map<string, Promise<LaidOut>>();
  const textOf = (text: string, font: string, width: number) => {
    const key = `${font}\n${width}\n${text}`;
    let drawn = texts.get(key);
    if (!drawn) {
      drawn = drawText(text, font, width);
      texts.set(key, drawn);
    }
    return drawn;
  };
  const tileOf = (file: SheetSubject["images"][number]) => {
    let tile = tiles.get(file.sha256);
    if (!tile) {
      tile = tileLimit(() =>
        cachedTile(path.join(staging.dir, file.path), file.sha256, caches.tiles),
      );
      tiles.set(file.sha256, tile);
    }
    return tile;
  };

  const sheetOf = async (subject: SheetSubject): Promise<string | undefined> => {
    const { images, title, detail } = subject;
    if (images.length === 0) return undefined;
    // Keyed by the images' hashes and the label: drawn again only when one of them changed.
    const key = createHash("sha256")
      .update(
        JSON.stringify({
          v: SHEET_VERSION,
          THUMB,
          GAP,
          COLUMNS,
          LABEL_FONT,
          GROUP_FONT,
          title,
          detail,
          images: images.map((f) => [f.sha256, f.group ?? ""]),
        }),
      )
      .digest("hex");
    let drawn = drawing.get(key);
    if (!drawn) {
      drawn = (async () => {
        const made = await caches.sheets.file(key);
        if (made) return made;
        const tileFiles = await Promise.all(images.map(tileOf));
        return sheetLimit(async () => {
          const tiles = await Promise.all(tileFiles.map((file) => readFile(file)));
          const groups = groupsOf(images, tiles);
          const blocks = await Promise.all(
            groups.map(async (group) => {
              const columns = Math.min(COLUMNS, group.tiles.length);
              const count = `${group.tiles.length} ${group.tiles.length === 1 ? "image" : "images"}`;
              return {
                columns,
                tiles: group.tiles,
                label:
                  group.name === undefined
                    ? undefined
                    : await textOf(
                        markup(group.name, count, true),
                        GROUP_FONT,
                        columns * (THUMB + GAP) - GAP,
                      ),
              };
            }),
          );
          const rows = flow(blocks);
          const width = Math.max(...rows.map((row) => rowWidth(row)));
          const label = await drawLabel(title, detail, width - 2 * GAP);
          return caches.sheets.put(key, await encodeSheet(layOut(width, label, rows)));
        });
      })();
      drawing.set(key, drawn);
    }
    const relative = `report/${subject.name}.jpg`;
    await staging.copy(relative, await drawn);
    return relative;
  };

  return {
    add(subject) {
      const sheet = sheetOf(subject);
      // Awaited in done(); kept from being reported as unhandled meanwhile.
      sheet.catch(() => {});
      sheets.set(subject.key, sheet);
    },
    async done() {
      const paths = new Map<string, string>();
      for (const [key, sheet] of [...sheets].sort(([a], [b]) => compareCodepoints(a, b))) {
        const relative = await sheet;
        if (relative) paths.set(key, relative);
      }
      return paths;
    },
  };
}

/** Every subject's sheet, at once (the benchmark draws a written output's sheets again alone). */
export async function writeContactSheets(
  staging: Staging,
  subjects: Iterable<SheetSubject>,
  caches: SheetCaches,
): Promise<Map<string, string>> {
  const writer = createSheetWriter(staging, caches);
  for (const subject of subjects) writer.add(subject);
  return writer.done();
}

/**
 * The file of a thumbnail's raw pixels in the tile cache, shrunk from the image first when
 * missing (JPEG shrinks on load).
 */
async function cachedTile(file: string, sha256: string, cache: KeyedFiles): Promise<string> {
  const key = createHash("sha256")
    .update(JSON.stringify({ v: SHEET_VERSION, THUMB, image: sha256 }))
    .digest("hex");
  const made = await cache.file(key);
  if (made) return made;
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

/**
 * The label as raw RGB on the sheet's white, wrapped to `width`: the title in bold, the detail
 * under it in grey (Pango markup, so the text is escaped).
 */
async function drawLabel(title: string, detail: string, width: number): Promise<LaidOut> {
  return drawText(markup(title, detail), LABEL_FONT, width);
}

/** A bold line and a grey one (Pango markup, so the text is escaped); `inline` keeps them on one. */
function markup(strong: string, muted: string, inline = false): string {
  return (
    `<span foreground="${LABEL_INK}"><b>${escapeMarkup(strong)}</b></span>${inline ? "  " : "\n"}` +
    `<span foreground="${LABEL_MUTED}">${escapeMarkup(muted)}</span>`
  );
}

/** Text as raw RGB on the sheet's white, wrapped to `width`. */
async function drawText(text: string, font: string, width: number): Promise<LaidOut> {
  const { data, info } = await sharp({
    text: { text, font, width, wrap: "word-char", rgba: true, dpi: 72 },
  })
    .flatten({ background: "#ffffff" })
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { pixels: data, width: info.width, height: info.height };
}

function escapeMarkup(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

interface Group {
  name: string | undefined;
  tiles: Uint8Array[];
}

/** The tiles by group, in the order groups first appear; images without a group form one. */
function groupsOf(images: SheetSubject["images"], tiles: readonly Uint8Array[]): Group[] {
  const groups: Group[] = [];
  images.forEach((image, i) => {
    const tile = tiles[i];
    if (!tile) return;
    const group = groups.find((g) => g.name === image.group);
    if (group) group.tiles.push(tile);
    else groups.push({ name: image.group, tiles: [tile] });
  });
  return groups;
}

interface Block {
  columns: number;
  tiles: readonly Uint8Array[];
  label: LaidOut | undefined;
}

/** Room left between two groups on one row, so that they read as two. */
const BLOCK_GAP = 3 * GAP;

/** The width a row of blocks takes, margins included. */
function rowWidth(row: readonly Block[]): number {
  const columns = row.reduce((sum, block) => sum + block.columns, 0);
  return GAP + columns * (THUMB + GAP) + (row.length - 1) * BLOCK_GAP;
}

/**
 * The groups in rows, in order: a group goes beside the previous one when the row has room for
 * it (three story images per placement make rows of three placements, not a sheet one image
 * wide and many placements tall), else it starts the next row.
 */
function flow(blocks: readonly Block[]): Block[][] {
  const widest = COLUMNS * (THUMB + GAP) + GAP;
  const rows: Block[][] = [];
  for (const block of blocks) {
    const row = rows.at(-1);
    if (row && rowWidth([...row, block]) <= widest) row.push(block);
    else rows.push([block]);
  }
  return rows;
}

/**
 * Copies the label, then each row of groups (each group's label over its tiles), into one raw
 * canvas, row by row: no image library needed to place them.
 */
function layOut(width: number, label: LaidOut, rows: readonly Block[][]): LaidOut {
  const tileRows = (block: Block) => Math.ceil(block.tiles.length / COLUMNS);
  const labelHeight = (row: readonly Block[]) =>
    Math.max(0, ...row.map((block) => (block.label ? block.label.height + GAP / 2 : 0)));
  const rowHeight = (row: readonly Block[]) =>
    labelHeight(row) + Math.max(...row.map(tileRows)) * (THUMB + GAP);
  const height =
    GAP + label.height + GAP + rows.reduce((sum, row) => sum + rowHeight(row), 0) + GAP / 2;
  const pixels = Buffer.alloc(width * height * CHANNELS, SHEET_BACKGROUND);
  const blit = (from: Uint8Array, fromWidth: number, lines: number, left: number, top: number) => {
    const row = Math.min(fromWidth, width - left) * CHANNELS;
    for (let y = 0; y < lines; y += 1) {
      const start = y * fromWidth * CHANNELS;
      pixels.set(from.subarray(start, start + row), ((top + y) * width + left) * CHANNELS);
    }
  };
  blit(label.pixels, label.width, label.height, GAP, GAP);
  let top = GAP + label.height + GAP;
  for (const row of rows) {
    let left = GAP;
    const tilesTop = top + labelHeight(row);
    for (const block of row) {
      if (block.label) blit(block.label.pixels, block.label.width, block.label.height, left, top);
      block.tiles.forEach((tile, i) => {
        const x = left + (i % COLUMNS) * (THUMB + GAP);
        blit(tile, THUMB, THUMB, x, tilesTop + Math.floor(i / COLUMNS) * (THUMB + GAP));
      });
      left += block.columns * (THUMB + GAP) + BLOCK_GAP;
    }
    top += rowHeight(row);
  }
  return { pixels, width, height };
}

/** libjpeg-turbo, not mozjpeg: a sheet is for the report, and mozjpeg took 5 × the time here. */
function encodeSheet({ pixels, width, height }: LaidOut): Promise<Buffer> {
  return sharp(pixels, { raw: { width, height, channels: CHANNELS } })
    .jpeg({ quality: 75 })
    .toBuffer();
}
