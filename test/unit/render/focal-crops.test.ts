import path from "node:path";
import sharp from "sharp";
import { ssim } from "ssim.js";
import { describe, expect, it } from "vitest";
import { frameFor } from "../../../src/plan/crop-frame.ts";
import { decodeSource } from "../../../src/render/images/decode-source.ts";
import { encodeVariant } from "../../../src/render/images/encode-variant.ts";

const rights = { creator: "Test", rights: "© Test" };
const encode = {
  format: "png",
  quality: 90,
  maxBytes: 50_000_000,
  background: "#ffffff",
  rights,
} as const;

/** A grey 3000×2000 picture with one red disc: where the disc lands in the output is measurable. */
async function pictureWithMarker(cx: number, cy: number) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="2000"><rect width="3000" height="2000" fill="#808080"/><circle cx="${cx}" cy="${cy}" r="40" fill="#ff0000"/></svg>`;
  const file = path.join(
    await import("node:os").then((os) => os.tmpdir()),
    `relais-marker-${cx}-${cy}.png`,
  );
  await sharp(Buffer.from(svg)).png().toFile(file);
  return decodeSource(file);
}

/** The centre of the red pixels of an output, as fractions of its width and height. */
async function markerPosition(bytes: Buffer) {
  const { data, info } = await sharp(bytes)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let i = 0; i < data.length; i += 3) {
    if ((data[i] ?? 0) > 200 && (data[i + 1] ?? 0) < 60 && (data[i + 2] ?? 0) < 60) {
      const p = i / 3;
      sx += p % info.width;
      sy += Math.floor(p / info.width);
      n += 1;
    }
  }
  return n === 0 ? undefined : { x: sx / n / info.width, y: sy / n / info.height };
}

describe("focal-point crops on rendered pixels", () => {
  it("puts the hotspot in the middle of a portrait cut from a landscape", async () => {
    const source = await pictureWithMarker(2100, 1000);
    const frame = frameFor(
      { source, hotspot: { x: 0.7, y: 0.5, width: 0, height: 0 } },
      { fit: "exact", width: 1080, height: 1350 },
    );
    const out = await encodeVariant(source, frame, encode);
    const marker = await markerPosition(out.bytes);
    expect(marker?.x).toBeCloseTo(0.5, 2);
    expect(marker?.y).toBeCloseTo(0.5, 2);
  });

  it("keeps a hotspot near the edge inside the frame, as central as the edge allows", async () => {
    const source = await pictureWithMarker(2900, 1000);
    const frame = frameFor(
      { source, hotspot: { x: 2900 / 3000, y: 0.5, width: 0, height: 0 } },
      { fit: "exact", width: 1080, height: 1920 },
    );
    const out = await encodeVariant(source, frame, encode);
    const marker = await markerPosition(out.bytes);
    // The frame is 1125 wide (2000 × 9/16) and ends at the right edge: the disc is at (2900 − 1875) / 1125.
    expect(marker?.x).toBeCloseTo((2900 - 1875) / 1125, 2);
  });

  it("loses the subject without a hotspot, which is why editors set one", async () => {
    const source = await pictureWithMarker(2900, 1000);
    const frame = frameFor({ source }, { fit: "exact", width: 1080, height: 1920 });
    const out = await encodeVariant(source, frame, encode);
    expect(await markerPosition(out.bytes)).toBeUndefined();
  });

  it("matches an independent crop of a real photograph within a perceptual tolerance", async () => {
    const file = path.resolve(import.meta.dirname, "../../../content/assets/lady-bird.jpg");
    const source = await decodeSource(file);
    const hotspot = { x: 0.62, y: 0.4, width: 0, height: 0 };
    const frame = frameFor({ source, hotspot }, { fit: "exact", width: 600, height: 600 });
    const out = await encodeVariant(source, frame, { ...encode, format: "jpeg", quality: 85 });
    // The reference, worked out by hand: the largest square is the image's height, centred on the
    // hotspot's x and clamped to the picture.
    const side = source.height;
    const left = Math.round(
      Math.min(Math.max(hotspot.x * source.width - side / 2, 0), source.width - side),
    );
    const reference = await sharp(file)
      .autoOrient()
      .extract({ left, top: 0, width: side, height: side })
      .resize(600, 600)
      .raw()
      .ensureAlpha()
      .toBuffer();
    const rendered = await sharp(out.bytes).raw().ensureAlpha().toBuffer();
    const { mssim } = ssim(
      { data: new Uint8ClampedArray(reference), width: 600, height: 600 },
      { data: new Uint8ClampedArray(rendered), width: 600, height: 600 },
    );
    expect(mssim).toBeGreaterThan(0.95);
    // And a crop a little to the side is measurably different, so the tolerance means something.
    const shifted = await sharp(file)
      .autoOrient()
      .extract({
        left: Math.max(0, left - Math.round(side / 4)),
        top: 0,
        width: side,
        height: side,
      })
      .resize(600, 600)
      .raw()
      .ensureAlpha()
      .toBuffer();
    const { mssim: off } = ssim(
      { data: new Uint8ClampedArray(shifted), width: 600, height: 600 },
      { data: new Uint8ClampedArray(rendered), width: 600, height: 600 },
    );
    expect(off).toBeLessThan(mssim - 0.1);
  });
});

describe("sources in every format the houses send", () => {
  it.each(["webp", "avif", "tiff", "png"] as const)("decodes a %s source", async (format) => {
    const os = await import("node:os");
    const file = path.join(os.tmpdir(), `relais-source.${format}`);
    await sharp(path.resolve(import.meta.dirname, "../../../content/assets/yellow-flower.jpg"))
      .resize(800)
      .toFormat(format)
      .toFile(file);
    const source = await decodeSource(file);
    expect(source.width).toBe(800);
    const out = await encodeVariant(
      source,
      frameFor({ source }, { fit: "exact", width: 300, height: 300 }),
      { ...encode, format: "jpeg" },
    );
    expect((await sharp(out.bytes).metadata()).format).toBe("jpeg");
  });

  it("applies EXIF orientation before framing", async () => {
    const os = await import("node:os");
    const file = path.join(os.tmpdir(), "relais-rotated.jpg");
    // 800×500 pixels stored sideways: orientation 6 means "rotate 90° clockwise to view".
    await sharp({ create: { width: 800, height: 500, channels: 3, background: "#3366aa" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toFile(file);
    const source = await decodeSource(file);
    expect([source.width, source.height]).toEqual([500, 800]);
  });
});
