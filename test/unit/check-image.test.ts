import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { checkImage } from "../../src/validate/check-image.ts";
import {
  garbageBytes,
  pixelBombPng,
  solidImage,
  svgWithScript,
  truncatedJpeg,
} from "../support/bad-images.ts";
import { withFiles } from "../support/house.ts";
import { loadHouse } from "../support/load.ts";

/** The issues of `detail`'s own sidecar in the house with `detail.jpg` replaced by `bytes`. */
async function detailIssues(bytes: Uint8Array) {
  const { catalog, issues } = await loadHouse(withFiles({ "assets/detail.jpg": bytes }));
  return {
    assets: catalog?.assets.map((asset) => asset.id),
    entries: catalog?.entries.map((entry) => `${entry.type}/${entry.slug}`),
    issues: issues.filter((issue) => issue.origin === "assets/detail.yaml"),
    all: issues,
  };
}

const at = { origin: "assets/detail.yaml", path: "file" };
const readable = "a JPEG, PNG, WebP, AVIF, TIFF or SVG image";

describe("validation of an asset's image, from the source's probe", () => {
  it("holds the entry that shows a broken image, naming the image and its mistake", async () => {
    const { entries, all } = await detailIssues(new Uint8Array());
    expect(all).toContainEqual(
      expect.objectContaining({
        name: "EntryImageUnusable",
        origin: "stories/la-maison/index.md",
        path: "gallery[0]",
        found:
          '"detail", whose image cannot be used (ImageUnreadable: detail.jpg: a file of 0 bytes)',
      }),
    );
    expect(entries).toEqual(["capsule/nuit", "product/sac-nuit"]);
  });

  it("refuses a file that is not an image, naming the asset, the field and what the file is", async () => {
    const cases: [Uint8Array, string][] = [
      [new Uint8Array(), "detail.jpg: a file of 0 bytes"],
      [Buffer.from("à remplacer\n"), "detail.jpg: a text file of 13 bytes, not an image"],
      [garbageBytes(), "detail.jpg: 4,096 bytes in no image format Relais can read"],
    ];
    for (const [bytes, found] of cases) {
      const { assets, issues } = await detailIssues(bytes);
      expect(issues).toEqual([
        expect.objectContaining({ name: "ImageUnreadable", ...at, expected: readable, found }),
      ]);
      expect(assets).toEqual(["hero"]);
    }
  });

  it("refuses a JPEG cut short, whose header alone is fine", async () => {
    const bytes = await truncatedJpeg();
    const { issues } = await detailIssues(bytes);
    expect(issues).toEqual([
      expect.objectContaining({
        name: "ImageUnreadable",
        ...at,
        found: `detail.jpg: a JPEG cut short after ${bytes.length.toLocaleString("en")} bytes, before the end of its image data`,
      }),
    ]);
  });

  it("refuses more pixels than may be decoded, saying the size found", async () => {
    const { issues } = await detailIssues(pixelBombPng(20_000, 20_000));
    expect(issues).toEqual([
      expect.objectContaining({
        name: "ImageTooLarge",
        ...at,
        expected: "at most 268,402,689 pixels",
        found: "detail.jpg: 20000 × 20000 px (400,000,000 pixels)",
      }),
    ]);
  });

  it("refuses an image too small or too thin to crop for any placement", async () => {
    const sizes: [number, number][] = [
      [1, 1],
      [40, 40],
      [63, 2000],
      [1, 50_000],
      [4000, 199],
    ];
    for (const [width, height] of sizes) {
      const { issues } = await detailIssues(await solidImage(width, height));
      expect(issues).toEqual([
        expect.objectContaining({
          name: "ImageTooSmall",
          ...at,
          expected: "at least 64 × 64 px and an aspect ratio within 1:20",
          found: `detail.jpg: ${width} × ${height} px`,
        }),
      ]);
    }
  });

  it("accepts the smallest and thinnest images it can crop, and an SVG", async () => {
    for (const bytes of [
      await solidImage(64, 64),
      await solidImage(64, 1280),
      await solidImage(4000, 200, "jpeg"),
      svgWithScript(),
    ]) {
      const { assets, issues } = await detailIssues(bytes);
      expect(issues).toEqual([]);
      expect(assets).toEqual(["detail", "hero"]);
    }
  });

  it("refuses a format the renderer does not decode, by what the bytes are and not their name", async () => {
    const gif = await sharp(await solidImage(200, 200))
      .gif()
      .toBuffer();
    expect((await detailIssues(gif)).issues).toEqual([
      expect.objectContaining({
        name: "ImageUnreadable",
        ...at,
        found: "detail.jpg: a GIF image, which Relais does not decode",
      }),
    ]);
    const heic = {
      readable: true as const,
      format: "heif",
      compression: "hevc",
      width: 4032,
      height: 3024,
      bytes: 2_000_000,
    };
    expect(checkImage(heic, { origin: "assets/detail.yaml", file: "detail.heic" })).toMatchObject({
      name: "ImageUnreadable",
      found: "detail.heic: a HEIF image compressed with HEVC, which Relais does not decode",
    });
    expect(
      checkImage({ ...heic, compression: "av1" }, { origin: "assets/detail.yaml", file: "d.avif" }),
    ).toBeUndefined();
  });
});
