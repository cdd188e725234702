import path from "node:path";
import sharp from "sharp";
import type { DistManifest } from "../pack/manifest-types.ts";
import type { Staging } from "../pack/staging.ts";

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
): Promise<Map<string, string>> {
  const sheets = new Map<string, string>();
  for (const pack of manifest.packs) {
    const images = pack.files.filter(
      (file) => file.kind === "image" && !/-w\d+\.\w+$/.test(file.path),
    );
    if (images.length === 0) continue;
    const tiles = await Promise.all(
      images.map((file) =>
        sharp(path.join(staging.dir, file.path))
          .resize(THUMB, THUMB, { fit: "contain", background: "#f2f0eb" })
          .toBuffer(),
      ),
    );
    const rows = Math.ceil(tiles.length / COLUMNS);
    const columns = Math.min(COLUMNS, tiles.length);
    const sheet = await sharp({
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
    const relative = `report/${pack.path.slice("packs/".length).replaceAll("/", "__")}.jpg`;
    await staging.write(relative, sheet);
    sheets.set(pack.path, relative);
  }
  return sheets;
}
