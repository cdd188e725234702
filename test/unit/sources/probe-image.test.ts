import sharp from "sharp";
import { afterEach, describe, expect, it, vi } from "vitest";
import { probeImage } from "../../../src/sources/probe-image.ts";
import {
  exifRotatedJpeg,
  garbageBytes,
  pixelBombPng,
  samplePhoto,
  solidImage,
  truncatedJpeg,
} from "../../support/bad-images.ts";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("probeImage", () => {
  it("reads the format and size of a photograph from its header", async () => {
    expect(await probeImage(await samplePhoto())).toEqual({
      readable: true,
      format: "jpeg",
      width: 2560,
      height: 1600,
      bytes: 267_440,
    });
  });

  it("gives the upright size of a photograph stored sideways", async () => {
    const probe = await probeImage(await exifRotatedJpeg());
    expect(probe).toMatchObject({ readable: true, width: 2560, height: 1600 });
  });

  it("says why bytes are no image: empty, text, or no format at all", async () => {
    expect(await probeImage(new Uint8Array())).toEqual({
      readable: false,
      bytes: 0,
      reason: "a file of 0 bytes",
    });
    expect(await probeImage(Buffer.from("Not a photograph, but its caption.\n"))).toEqual({
      readable: false,
      bytes: 35,
      reason: "a text file of 35 bytes, not an image",
    });
    expect(await probeImage(garbageBytes())).toEqual({
      readable: false,
      bytes: 4096,
      reason: "4,096 bytes in no image format Relais can read",
    });
  });

  it("finds a JPEG or PNG cut short, whose header alone looks fine, and a WebP cut short", async () => {
    const jpeg = await truncatedJpeg();
    expect(await probeImage(jpeg)).toMatchObject({
      readable: true,
      format: "jpeg",
      cutShort: `a JPEG cut short after ${jpeg.length.toLocaleString("en")} bytes, before the end of its image data`,
    });
    const png = await samplePhoto("arc-veil.png");
    expect(await probeImage(png.subarray(0, png.length - 100))).toMatchObject({
      cutShort: expect.stringMatching(/^a PNG cut short/),
    });
    const webp = await sharp(await samplePhoto())
      .webp()
      .toBuffer();
    // libvips refuses a WebP cut short at its header.
    expect(await probeImage(webp.subarray(0, 5000))).toMatchObject({
      readable: false,
      reason: expect.stringMatching(/^a damaged image of 5,000 bytes \(.*webp/),
    });
    for (const whole of [await samplePhoto(), png, webp])
      expect(await probeImage(whole)).not.toHaveProperty("cutShort");
  });

  it("takes a JPEG with bytes after its end (a phone's trailer) as whole", async () => {
    const photo = await samplePhoto();
    const withTrailer = Buffer.concat([photo, Buffer.from("MotionPhoto_Data"), garbageBytes()]);
    expect(await probeImage(withTrailer)).not.toHaveProperty("cutShort");
  });

  it("reads the size of a 400-megapixel image without decoding it", async () => {
    const bomb = pixelBombPng(20_000, 20_000);
    expect(bomb.length).toBeLessThan(2_000_000);
    // Decoding would allocate 1.2 GB: the probe must never ask sharp for pixels.
    const decodes = [
      vi.spyOn(sharp.prototype, "toBuffer"),
      vi.spyOn(sharp.prototype, "toFile"),
      vi.spyOn(sharp.prototype, "raw"),
    ];
    const rssBefore = process.memoryUsage().rss;
    const probe = await probeImage(bomb);
    const grown = process.memoryUsage().rss - rssBefore;
    expect(probe).toEqual({
      readable: true,
      format: "png",
      width: 20_000,
      height: 20_000,
      bytes: bomb.length,
    });
    for (const decode of decodes) expect(decode).not.toHaveBeenCalled();
    expect(grown).toBeLessThan(256 * 1024 * 1024);
  });

  it("reads tiny and thin images as they are: validation judges them", async () => {
    expect(await probeImage(await solidImage(1, 50_000))).toMatchObject({
      readable: true,
      width: 1,
      height: 50_000,
    });
  });
});
