import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import { openStaging, type Staging } from "../../../src/pack/staging.ts";
import { createSheetWriter, type SheetSubject } from "../../../src/report/contact-sheets.ts";
import { kitSheet } from "../../../src/report/kit-sheets.ts";
import { ContentStore } from "../../../src/store/content-store.ts";
import { KeyedFiles } from "../../../src/store/keyed-files.ts";

let staging: Staging | undefined;
afterEach(async () => {
  await staging?.abort();
  staging = undefined;
});

async function sheetsOf(subjects: (images: SheetSubject["images"]) => SheetSubject[]) {
  const work = await mkdtemp(path.join(tmpdir(), "relais-sheets-"));
  staging = await openStaging(path.join(work, "dist"));
  const images: { path: string; sha256: string }[] = [];
  for (const [i, colour] of ["#c0392b", "#27ae60", "#2980b9"].entries()) {
    const file = `packs/press/jp/x/post/0${i}.jpg`;
    const bytes = await sharp({
      create: { width: 320, height: 200, channels: 3, background: colour },
    })
      .jpeg()
      .toBuffer();
    await staging.write(file, bytes);
    images.push({ path: file, sha256: String(i).repeat(64) });
  }
  const store = new ContentStore({ local: path.join(work, "cache/store") });
  const writer = createSheetWriter(staging, {
    sheets: new KeyedFiles(store, "sheets"),
    tiles: new KeyedFiles(store, "tiles"),
  });
  for (const subject of subjects(images)) writer.add(subject);
  const done = await writer.done();
  const dir = staging.dir;
  return { done, read: (relative: string) => readFile(path.join(dir, relative)) };
}

describe("contact sheets", () => {
  it("draw the label above the thumbnails, so the sheet alone says what it shows", async () => {
    const subject = (images: SheetSubject["images"], title: string): SheetSubject => ({
      key: `packs/${title}`,
      name: title,
      title,
      detail: "3 images · 1 entry",
      images,
    });
    const { done, read } = await sheetsOf((images) => [
      subject(images, "press · jp · x/post"),
      subject(images.slice(0, 1), "public · jp · x/post"),
    ]);
    expect([...done.keys()]).toEqual(["packs/press · jp · x/post", "packs/public · jp · x/post"]);
    const three = await sharp(await read(done.get("packs/press · jp · x/post") ?? "")).metadata();
    // Three 160 px tiles with 8 px gaps, under a label of two lines.
    expect(three.width).toBe(3 * 168 + 8);
    expect(three.height).toBeGreaterThan(168 + 8 + 30);
    // One image: the label wraps to the sheet's width instead of widening it.
    const one = await sharp(await read(done.get("packs/public · jp · x/post") ?? "")).metadata();
    expect(one.width).toBe(168 + 8);
    expect(one.height).toBeGreaterThan(three.height ?? 0);
  });

  it("show each group (a placement) under its name, beside the last one when the row has room", async () => {
    const subject = (key: string, images: SheetSubject["images"]): SheetSubject => ({
      key,
      name: key,
      title: "press · jp · capsule/nuit",
      detail: "some images · 2 placements",
      images,
    });
    const { done, read } = await sheetsOf((images) => {
      const [a, b, c] = images;
      if (!a || !b || !c) throw new Error("three images");
      const inGroup = (group: string, list: SheetSubject["images"]) =>
        list.map((image) => ({ ...image, group }));
      return [
        subject("flat", [a, b, c]),
        subject("side by side", [...inGroup("x/post", [a]), ...inGroup("x/card", [b, c])]),
        // Six and three tiles make more than the eight columns of a row: two rows.
        subject("two rows", [
          ...inGroup("instagram/feed-square", [a, b, c, a, b, c]),
          ...inGroup("x/card", [a, b, c]),
        ]),
      ];
    });
    const size = async (key: string) => sharp(await read(done.get(key) ?? "")).metadata();
    const [flat, side, two] = await Promise.all(["flat", "side by side", "two rows"].map(size));
    // One row of three tiles, the two groups set apart by a wider gap, under their names.
    expect(side?.width).toBe(3 * 168 + 8 + 24);
    expect((side?.height ?? 0) - (flat?.height ?? 0)).toBeGreaterThan(12);
    expect(two?.width).toBe(6 * 168 + 8);
    expect((two?.height ?? 0) - (side?.height ?? 0)).toBeGreaterThan(168 + 12);
  });

  it("take a kit through one adapter: its placements' images, labelled with audience, market and launch", () => {
    const file = (name: string, kind: "image" | "original" | "caption", channel?: string) => ({
      name,
      path: `files/${name.replaceAll("/", "_")}`,
      kind,
      bytes: 1,
      sha256: "a".repeat(64),
      entry: "capsule/herbier",
      ...(channel ? { channel } : {}),
    });
    const subject = kitSheet({
      id: "jp/press/capsule-herbier",
      audience: "press",
      market: "jp",
      launch: "capsule/herbier",
      entries: ["capsule/herbier", "product/sac-prairie"],
      locale: "ja",
      name: "maison-test_herbier_jp_press",
      files: [
        file("x/post/herbier-01-hero.jpg", "image", "x/post"),
        file("line/rich-message/herbier-01-hero.jpg", "image", "line/rich-message"),
        // The site's extra widths and the press originals are not the placements' images.
        file("x/post/herbier-01-hero-w640.jpg", "image", "x/post"),
        file("originals/herbier-01-hero.jpg", "original"),
        file("x/post/caption.ja.txt", "caption", "x/post"),
      ],
    });
    expect(subject).toEqual({
      key: "jp/press/capsule-herbier",
      name: "jp__press__capsule-herbier",
      title: "press · jp · capsule/herbier",
      detail: "2 images · 2 placements · 2 entries",
      images: [
        { path: "files/x_post_herbier-01-hero.jpg", sha256: "a".repeat(64), group: "x/post" },
        {
          path: "files/line_rich-message_herbier-01-hero.jpg",
          sha256: "a".repeat(64),
          group: "line/rich-message",
        },
      ],
    });
  });
});
