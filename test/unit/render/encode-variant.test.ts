import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { frameFor } from "../../../src/plan/crop-frame.ts";
import { decodeSource } from "../../../src/render/images/decode-source.ts";
import { ByteBudgetError, encodeVariant } from "../../../src/render/images/encode-variant.ts";

/** Real photographs from the sample house. */
const photo = (name: string) => path.resolve(import.meta.dirname, "../../../content/assets", name);
const rights = {
  creator: "Jean-François Fortin Tam",
  rights: "© 2008 Jean-François Fortin Tam — GPL-2.0-or-later",
  webStatement: "https://spdx.org/licenses/GPL-2.0-or-later.html",
};

describe("encodeVariant on real photographs", () => {
  it("writes the exact size and format, under the byte limit, with sRGB, the rights XMP and no camera EXIF", async () => {
    const source = await decodeSource(photo("wood-grain.jpg"));
    expect((await sharp(photo("wood-grain.jpg")).metadata()).exif).toBeDefined();
    const frame = frameFor({ source }, { fit: "exact", width: 1080, height: 1350 });
    const out = await encodeVariant(source, frame, {
      format: "jpeg",
      quality: 82,
      maxBytes: 8_000_000,
      background: "#ffffff",
      rights,
    });
    const meta = await sharp(out.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", 1080, 1350]);
    expect(out.bytes.length).toBeLessThanOrEqual(8_000_000);
    expect(out.quality).toBe(82);
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeDefined();
    expect(meta.space).toBe("srgb");
    const xmp = meta.xmp?.toString("utf8") ?? "";
    expect(xmp).toContain("Jean-François Fortin Tam");
    expect(xmp).toContain("https://spdx.org/licenses/GPL-2.0-or-later.html");
  });

  it("steps quality down to meet a byte budget and reports the quality used", async () => {
    const source = await decodeSource(photo("wood-grain.jpg"));
    const frame = frameFor({ source }, { fit: "exact", width: 1080, height: 1080 });
    const unconstrained = await encodeVariant(source, frame, {
      format: "jpeg",
      quality: 90,
      maxBytes: 50_000_000,
      background: "#ffffff",
      rights,
    });
    const budget = Math.floor(unconstrained.bytes.length * 0.6);
    const out = await encodeVariant(source, frame, {
      format: "jpeg",
      quality: 90,
      maxBytes: budget,
      background: "#ffffff",
      rights,
    });
    expect(out.bytes.length).toBeLessThanOrEqual(budget);
    expect(out.quality).toBeLessThan(90);
  });

  it("refuses to exceed a budget it cannot meet", async () => {
    const source = await decodeSource(photo("wood-grain.jpg"));
    const frame = frameFor({ source }, { fit: "exact", width: 1080, height: 1080 });
    await expect(
      encodeVariant(source, frame, {
        format: "jpeg",
        quality: 82,
        maxBytes: 2_000,
        background: "#ffffff",
        rights,
      }),
    ).rejects.toBeInstanceOf(ByteBudgetError);
  });

  it("flattens a transparent PNG on the record's background for JPEG, and keeps alpha for PNG", async () => {
    const source = await decodeSource(photo("arc-veil.png"));
    expect(source.hasAlpha).toBe(true);
    const frame = frameFor({ source }, { fit: "exact", width: 600, height: 600 });
    const jpeg = await encodeVariant(source, frame, {
      format: "jpeg",
      quality: 85,
      maxBytes: 5_000_000,
      background: "#ff0000",
      rights,
    });
    const png = await encodeVariant(source, frame, {
      format: "png",
      quality: 85,
      maxBytes: 5_000_000,
      background: "#ff0000",
      rights,
    });
    const jpegPixels = await sharp(jpeg.bytes).raw().toBuffer({ resolveWithObject: true });
    const pngMeta = await sharp(png.bytes).metadata();
    expect(jpegPixels.info.channels).toBe(3);
    expect(pngMeta.hasAlpha).toBe(true);
    // Where the source is fully transparent, the JPEG shows the background colour.
    const alpha = await sharp(png.bytes).extractChannel(3).raw().toBuffer();
    const clear = alpha.findIndex((value) => value <= 10);
    expect(clear).toBeGreaterThanOrEqual(0);
    const [r, g, b] = jpegPixels.data.subarray(clear * 3, clear * 3 + 3);
    expect(r).toBeGreaterThan(230);
    expect(g).toBeLessThan(30);
    expect(b).toBeLessThan(30);
  });

  it("writes WebP and AVIF when a record asks for them", async () => {
    const source = await decodeSource(photo("yellow-flower.jpg"));
    const frame = frameFor({ source }, { fit: "exact", width: 400, height: 300 });
    for (const format of ["webp", "avif"] as const) {
      const out = await encodeVariant(source, frame, {
        format,
        quality: 60,
        maxBytes: 1_000_000,
        background: "#ffffff",
        rights,
      });
      const meta = await sharp(out.bytes).metadata();
      expect(meta.format).toBe(format === "avif" ? "heif" : "webp");
      expect([meta.width, meta.height]).toEqual([400, 300]);
    }
  });

  it("gives the same bytes for the same input", async () => {
    const source = await decodeSource(photo("yellow-flower.jpg"));
    const frame = frameFor({ source }, { fit: "exact", width: 500, height: 500 });
    const options = {
      format: "jpeg",
      quality: 80,
      maxBytes: 1_000_000,
      background: "#ffffff",
      rights,
    } as const;
    const a = await encodeVariant(source, frame, options);
    const b = await encodeVariant(source, frame, options);
    expect(a.bytes.equals(b.bytes)).toBe(true);
  });
});
