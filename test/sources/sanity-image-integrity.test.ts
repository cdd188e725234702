import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { imageBytesMismatch } from "../../src/sources/sanity/image-integrity.ts";
import { starterImages } from "../support/schemaui-starter.ts";

const sha1 = (bytes: Uint8Array) => createHash("sha1").update(bytes).digest("hex");
const png = await readFile(path.resolve(import.meta.dirname, "../../content/assets/arc-veil.png"));
const asPng = { url: "x", sha1hash: sha1(png), size: png.byteLength, extension: "png" };

describe("imageBytesMismatch", () => {
  it("accepts the bytes of the asset's size and sha1", () => {
    expect(imageBytesMismatch(png, asPng)).toBeUndefined();
  });

  it("refuses a raster image whose bytes have another sha1, even at the right size", () => {
    const damaged = Buffer.from(png);
    damaged[100] = (damaged[100] ?? 0) ^ 0xff;
    expect(imageBytesMismatch(damaged, asPng)).toBe(
      `sha1 ${sha1(damaged)} where the asset has ${asPng.sha1hash}`,
    );
  });

  it("refuses bytes of another size, whatever the format", () => {
    const cut = png.subarray(0, 1000);
    expect(imageBytesMismatch(cut, asPng)).toBe(`1000 bytes where the asset has ${png.byteLength}`);
    expect(imageBytesMismatch(cut, { ...asPng, extension: "svg" })).toMatch(/^1000 bytes/);
  });

  it("accepts a sanitized SVG as Sanity serves it: its size, and a sha1hash of the upload", async () => {
    // The starter's Google logo, with the sha1hash its sanity.imageAsset document holds.
    const logo = (await starterImages()).get(
      "1ca0bd5d97600c909665c94c16e30cc45aec1c17-24x24.svg",
    ) as Buffer;
    const asset = {
      url: "x",
      sha1hash: "2cc789a02534557380d92124e2f8b9483d198fb3",
      size: 772,
      extension: "svg",
    };
    expect(sha1(logo)).not.toBe(asset.sha1hash);
    expect(imageBytesMismatch(logo, asset)).toBeUndefined();
    expect(imageBytesMismatch(logo, { ...asset, size: 773 })).toBe(
      "772 bytes where the asset has 773",
    );
  });
});
