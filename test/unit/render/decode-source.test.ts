import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { decodeSource } from "../../../src/render/images/decode-source.ts";
import {
  cmykJpeg,
  exifRotatedJpeg,
  pixelBombPng,
  sixteenBitPng,
  svgWithScript,
  truncatedJpeg,
} from "../../support/bad-images.ts";

async function fileOf(bytes: Uint8Array, name: string): Promise<string> {
  const location = path.join(await mkdtemp(path.join(tmpdir(), "relais-decode-")), name);
  await writeFile(location, bytes);
  return location;
}

describe("decodeSource on odd but valid files", () => {
  it("gives upright 8-bit sRGB pixels for CMYK, 16-bit, EXIF-rotated and SVG sources", {
    timeout: 30_000,
  }, async () => {
    const cases: [string, Uint8Array, [number, number]][] = [
      ["cmyk.jpg", await cmykJpeg(), [1600, 1000]],
      ["deep.png", await sixteenBitPng(), [1600, 1000]],
      ["sideways.jpg", await exifRotatedJpeg(), [2560, 1600]],
      ["vector.svg", svgWithScript(), [1600, 1200]],
    ];
    for (const [name, bytes, size] of cases) {
      const source = await decodeSource(await fileOf(bytes, name));
      expect([source.width, source.height], name).toEqual(size);
      // RGB, with alpha for the SVG's transparent canvas; never CMYK's four ink channels.
      expect(source.channels, name).toBe(name.endsWith(".svg") ? 4 : 3);
      // One byte per channel: 8 bits, whatever the file held.
      expect(source.pixels.length, name).toBe(source.width * source.height * source.channels);
    }
    expect((await sharp(await cmykJpeg()).metadata()).space).toBe("cmyk");
    expect((await sharp(await sixteenBitPng()).metadata()).depth).toBe("ushort");
  });
});

describe("decodeSource on files it must refuse", () => {
  it("refuses a JPEG cut short rather than filling it with grey", async () => {
    await expect(decodeSource(await fileOf(await truncatedJpeg(), "cut.jpg"))).rejects.toThrow(
      /premature end/i,
    );
  });

  it("refuses more pixels than validation allows, before allocating them", async () => {
    await expect(decodeSource(await fileOf(pixelBombPng(), "bomb.png"))).rejects.toThrow(
      /pixel limit/i,
    );
  });
});
