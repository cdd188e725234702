import { describe, expect, it } from "vitest";
import { frameFor } from "../../../src/plan/crop-frame.ts";

const square = { fit: "exact", width: 1080, height: 1080 } as const;
const landscape = { width: 2000, height: 1000 };

describe("frameFor: focal point and crop, Sanity semantics", () => {
  it("centres the frame on the hotspot", () => {
    const frame = frameFor(
      { source: landscape, hotspot: { x: 0.6, y: 0.5, width: 0, height: 0 } },
      square,
    );
    expect(frame).toMatchObject({
      left: 700,
      top: 0,
      width: 1000,
      height: 1000,
      outWidth: 1080,
      outHeight: 1080,
    });
  });

  it("shifts the frame only as far as the edge demands", () => {
    const frame = frameFor(
      { source: landscape, hotspot: { x: 0.95, y: 0.5, width: 0, height: 0 } },
      square,
    );
    expect(frame.left).toBe(1000);
    expect(frame.left + frame.width).toBe(2000);
  });

  it("centres on the image without a hotspot", () => {
    expect(frameFor({ source: landscape }, square)).toMatchObject({ left: 500, width: 1000 });
  });

  it("cuts the crop first, then frames inside what remains", () => {
    const frame = frameFor(
      { source: landscape, crop: { top: 0, bottom: 0, left: 0.25, right: 0 } },
      square,
    );
    // The crop keeps x 500..2000; its centre is 1250.
    expect(frame).toMatchObject({ left: 750, width: 1000 });
    const pushed = frameFor(
      {
        source: landscape,
        crop: { top: 0, bottom: 0, left: 0.25, right: 0 },
        hotspot: { x: 0.1, y: 0.5, width: 0, height: 0 },
      },
      square,
    );
    expect(pushed.left).toBe(500);
  });

  it("uses a dedicated crop for its aspect ratio, over the hotspot", () => {
    const source = { width: 2560, height: 1600 };
    const frame = frameFor(
      {
        source,
        hotspot: { x: 0.1, y: 0.5, width: 0, height: 0 },
        crops: { "9:16": { top: 0, bottom: 0, left: 0.5234375, right: 0.125 } },
      },
      { fit: "exact", width: 1080, height: 1920 },
    );
    expect(frame).toMatchObject({
      left: 1340,
      top: 0,
      width: 900,
      height: 1600,
      aspectCrop: "9:16",
    });
    // Another aspect still follows the hotspot.
    expect(
      frameFor(
        {
          source,
          hotspot: { x: 0.1, y: 0.5, width: 0, height: 0 },
          crops: { "9:16": { top: 0, bottom: 0, left: 0.5, right: 0.1 } },
        },
        square,
      ).left,
    ).toBe(0);
  });

  it("keeps the focal point out of a platform's covered zones", () => {
    const tall = { width: 1000, height: 4000 };
    const story = { fit: "exact", width: 1080, height: 1920 } as const;
    const hotspot = { x: 0.5, y: 0.5, width: 0, height: 0 };
    const frame = frameFor(
      { source: tall, hotspot, safeZone: { top: 0.14, bottom: 0.2, left: 0, right: 0 } },
      story,
    );
    // The focal point sits in the middle of the visible band: 14 % + 66 % / 2 = 47 % from the top.
    const focusInFrame = (2000 - frame.top) / frame.height;
    expect(focusInFrame).toBeCloseTo(0.47, 2);
  });

  it("follows the source's aspect for fit-width placements", () => {
    const frame = frameFor(
      { source: landscape, crop: { top: 0.1, bottom: 0.1, left: 0, right: 0 } },
      { fit: "width", width: 1080 },
    );
    expect(frame).toMatchObject({
      left: 0,
      top: 100,
      width: 2000,
      height: 800,
      outWidth: 1080,
      outHeight: 432,
    });
  });

  it("reports how much a small source would be enlarged", () => {
    const frame = frameFor({ source: { width: 600, height: 600 } }, square);
    expect(frame.scale).toBeCloseTo(1.8, 5);
  });

  it("always stays inside the source, at the target aspect, with the focal point inside", () => {
    // A deterministic sweep instead of random numbers: the same cases on every run.
    const sizes = [
      { width: 4000, height: 3000 },
      { width: 1200, height: 5000 },
      { width: 3640, height: 2400 },
    ];
    const targets = [
      [1080, 1350],
      [900, 383],
      [1080, 1920],
      [1640, 624],
      [500, 500],
    ] as const;
    for (const source of sizes) {
      for (const [width, height] of targets) {
        for (const x of [0, 0.13, 0.5, 0.87, 1]) {
          for (const y of [0, 0.3, 1]) {
            const frame = frameFor(
              { source, hotspot: { x, y, width: 0, height: 0 } },
              { fit: "exact", width, height },
            );
            expect(frame.left).toBeGreaterThanOrEqual(0);
            expect(frame.top).toBeGreaterThanOrEqual(0);
            expect(frame.left + frame.width).toBeLessThanOrEqual(source.width);
            expect(frame.top + frame.height).toBeLessThanOrEqual(source.height);
            expect(Math.abs(frame.width / frame.height - width / height)).toBeLessThan(0.01);
            expect(x * source.width).toBeGreaterThanOrEqual(frame.left - 1);
            expect(x * source.width).toBeLessThanOrEqual(frame.left + frame.width + 1);
            expect(y * source.height).toBeGreaterThanOrEqual(frame.top - 1);
            expect(y * source.height).toBeLessThanOrEqual(frame.top + frame.height + 1);
          }
        }
      }
    }
  });
});
