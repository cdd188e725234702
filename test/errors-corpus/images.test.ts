import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { unzipSync } from "fflate";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { DistManifest } from "../../src/pack/manifest-types.ts";
import {
  cmykJpeg,
  garbageBytes,
  pixelBombPng,
  SCRIPT_MARK,
  samplePhoto,
  sixteenBitPng,
  solidImage,
  svgWithScript,
  truncatedJpeg,
} from "../support/bad-images.ts";
import { houseWithPhotos, markdown, minimalHouse, writeHouse } from "../support/house.ts";
import { runCli } from "../support/run-cli.ts";
import { type BadInputCase, runCorpus, snapshotFolder } from "./harness.ts";

const NOW = ["--now", "2026-12-01T00:00:00Z"];

/**
 * Bad image files: each is reported with its code, the asset's document and its `file` field, and
 * the asset is left out with every entry that shows it (EntryImageUnusable), the rest building.
 * `detail` is only in the story's gallery, so the capsule and the product still build; `hero`
 * is in every entry of this small house, so nothing is left to publish and the build stops
 * (NothingToPublish), keeping the last output.
 */
const unreadable = (origin: string) =>
  ({ name: "ImageUnreadable", origin, path: "file" }) satisfies BadInputCase["expect"];
const withoutHero: Pick<BadInputCase, "buildExit"> = { buildExit: 1 };
const withoutDetail: Pick<BadInputCase, "buildExit" | "stillBuilt" | "leftOut"> = {
  buildExit: 0,
  stillBuilt: ["capsule/nuit", "product/sac-nuit"],
  leftOut: ["story/la-maison"],
};

runCorpus("bad images", [
  {
    name: "a JPEG cut short (an interrupted copy) leaves its asset out",
    files: async () => ({ "assets/hero.jpg": await truncatedJpeg() }),
    expect: unreadable("assets/hero.yaml"),
    ...withoutHero,
  },
  {
    name: "an empty file leaves its asset out",
    files: { "assets/detail.jpg": new Uint8Array() },
    expect: unreadable("assets/detail.yaml"),
    ...withoutDetail,
  },
  {
    name: "bytes in no image format leave their asset out",
    files: { "assets/detail.jpg": garbageBytes() },
    expect: unreadable("assets/detail.yaml"),
    ...withoutDetail,
  },
  {
    name: "a text file named .jpg leaves its asset out and is never published",
    files: { "assets/hero.jpg": "Photo à venir : voir avec le studio.\n" },
    expect: unreadable("assets/hero.yaml"),
    ...withoutHero,
    neverPublished: ["Photo à venir"],
  },
  {
    name: "a 1 × 1 pixel image is too small",
    files: async () => ({ "assets/detail.jpg": await solidImage(1, 1, "jpeg") }),
    expect: { name: "ImageTooSmall", origin: "assets/detail.yaml", path: "file" },
    ...withoutDetail,
  },
  {
    name: "a 40 × 40 pixel image is too small",
    files: async () => ({ "assets/hero.jpg": await solidImage(40, 40, "jpeg") }),
    expect: { name: "ImageTooSmall", origin: "assets/hero.yaml", path: "file" },
    ...withoutHero,
  },
  {
    name: "a 1 × 50000 strip is too thin",
    files: async () => ({ "assets/detail.jpg": await solidImage(1, 50_000) }),
    expect: { name: "ImageTooSmall", origin: "assets/detail.yaml", path: "file" },
    ...withoutDetail,
  },
  {
    name: "a 400-megapixel image in a small file is refused without being decoded",
    files: { "assets/hero.jpg": pixelBombPng(20_000, 20_000) },
    expect: { name: "ImageTooLarge", origin: "assets/hero.yaml", path: "file" },
    ...withoutHero,
  },
]);

/** The minimal house's detail asset, for another file. */
const detailSidecar = (file: string) => ({
  ...(minimalHouse()["assets/detail.yaml"] as object),
  file,
});

/**
 * A landscape image, warm above and cool below, stored sideways as a camera held upright writes
 * it: the pixels are portrait and EXIF orientation 8 turns them back.
 */
async function sidewaysLandscape(): Promise<Buffer> {
  const half = (colour: string) =>
    sharp({ create: { width: 2400, height: 800, channels: 3, background: colour } })
      .png()
      .toBuffer();
  const upright = await sharp(await half("#c0392b"))
    .extend({ bottom: 800, background: "#2c3e90" })
    .png()
    .toBuffer();
  return sharp(upright)
    .rotate(90)
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 8 })
    .toBuffer();
}

describe("odd but valid images build, upright, in 8-bit sRGB, and an SVG is never copied", () => {
  let root = "";
  let manifest: DistManifest;

  beforeAll(async () => {
    root = await writeHouse(
      await houseWithPhotos({
        "assets/hero.jpg": await cmykJpeg(),
        "assets/detail.jpg": await sidewaysLandscape(),
        "assets/deep.yaml": detailSidecar("deep.png"),
        "assets/deep.png": await sixteenBitPng(),
        "assets/vector.yaml": detailSidecar("vector.svg"),
        "assets/vector.svg": svgWithScript(),
        "stories/la-maison/index.md": markdown(
          {
            title: "La Maison",
            dek: "Depuis 1854",
            year: 1854,
            hero: "hero",
            gallery: ["detail", "deep", "vector"],
          },
          "Il était une fois.",
        ),
      }),
    );
    const check = await runCli(["check", "--json", "--content", ".", ...NOW], root);
    expect(JSON.parse(check.stdout).issues).toEqual([]);
    // The site too: it must use the renderer's images, never the sources.
    const build = await runCli(["build", "--content", ".", "--out", "dist", ...NOW], root);
    expect(build.code, build.stderr).toBe(0);
    manifest = JSON.parse(await readFile(path.join(root, "dist/manifest.json"), "utf8"));
  }, 180_000);

  const imagesOf = (asset: string) =>
    manifest.kits.flatMap((kit) =>
      kit.files.filter((f) => (f.kind === "image" || f.kind === "original") && f.asset === asset),
    );

  it("renders a CMYK JPEG, a 16-bit PNG, a sideways JPEG and an SVG to upright 8-bit sRGB", async () => {
    for (const asset of ["hero", "detail", "deep", "vector"]) {
      const files = imagesOf(asset);
      expect(files.length, asset).toBeGreaterThan(0);
      for (const file of files) {
        const meta = await sharp(path.join(root, "dist", file.path)).metadata();
        expect([meta.space, meta.depth], `${asset} ${file.path}`).toEqual(["srgb", "uchar"]);
        expect(meta.orientation ?? 1, file.path).toBe(1);
        expect([meta.width, meta.height]).toEqual([file.width, file.height]);
      }
    }
  });

  it("turns the sideways photograph upright: warm above, cool below", async () => {
    for (const file of imagesOf("detail")) {
      const location = path.join(root, "dist", file.path);
      const { width = 0, height = 0 } = await sharp(location).metadata();
      const bandHeight = Math.floor(height / 5);
      /** Mean red and blue of a band across the image (stats() reads the whole input, so a cut first). */
      const band = async (top: number) => {
        const cut = await sharp(location)
          .extract({ left: 0, top, width, height: bandHeight })
          .toBuffer();
        const [red, , blue] = (await sharp(cut).stats()).channels.map((c) => Math.round(c.mean));
        return { red: red ?? 0, blue: blue ?? 0 };
      };
      const above = await band(0);
      const below = await band(height - bandHeight);
      expect(
        above.red > 150 && above.blue < 80,
        `${file.path} above: ${JSON.stringify(above)}`,
      ).toBe(true);
      expect(
        below.blue > 120 && below.red < 80,
        `${file.path} below: ${JSON.stringify(below)}`,
      ).toBe(true);
    }
  });

  it("never publishes an SVG's bytes, so its script appears in no file of dist/", async () => {
    const published = await snapshotFolder(path.join(root, "dist"));
    expect(published.size).toBeGreaterThan(0);
    expect([...published.keys()].some((name) => name.startsWith("site/"))).toBe(true);
    for (const [name, bytes] of published) {
      expect(bytes.includes(SCRIPT_MARK), name).toBe(false);
      expect(bytes.includes("<svg"), name).toBe(false);
    }
    // Zips are stored, not deflated, so a copied file would show in the bytes above; unzipped to be sure.
    for (const [name, bytes] of published) {
      if (!name.endsWith(".zip")) continue;
      for (const [entry, content] of Object.entries(unzipSync(bytes)))
        expect(Buffer.from(content).includes(SCRIPT_MARK), `${name}: ${entry}`).toBe(false);
    }
  });
});

describe("an image only decoding finds broken (an AVIF cut short)", () => {
  it("is reported as RenderFailed for its asset; the rest builds, and --strict keeps the last output", async () => {
    const root = await writeHouse(await houseWithPhotos());
    const args = ["--content", ".", "--out", "dist", "--no-site", ...NOW];
    expect((await runCli(["build", ...args], root)).code).toBe(0);
    const good = await snapshotFolder(path.join(root, "dist"));
    const avif = await sharp(await samplePhoto("lady-bird.jpg"))
      .avif({ effort: 0 })
      .toBuffer();
    await writeFile(path.join(root, "assets/detail.jpg"), avif.subarray(0, avif.length / 2));

    // Its header is whole: check cannot see it, the render does.
    const check = await runCli(["check", "--json", "--content", ".", ...NOW], root);
    expect(JSON.parse(check.stdout).issues).toEqual([]);

    const strict = await runCli(["build", "--strict", ...args], root);
    expect(strict.code, strict.stderr).toBe(1);
    expect(strict.stderr).toContain("RenderFailed");
    const after = await snapshotFolder(path.join(root, "dist"));
    expect([...after.keys()].sort()).toEqual([...good.keys()].sort());
    for (const [name, bytes] of good) expect(after.get(name)?.equals(bytes), name).toBe(true);

    for (const attempt of ["first", "again, not taken as unchanged"]) {
      const build = await runCli(["build", "--json", ...args], root);
      expect(build.code, `${attempt}: ${build.stderr}`).toBe(0);
      expect(build.stderr).toContain("RenderFailed");
      expect(build.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
      expect(JSON.parse(build.stdout)).toMatchObject({ ok: true, errors: 1 });
      const report = JSON.parse(await readFile(path.join(root, "dist/report.json"), "utf8"));
      expect(report.issues).toEqual([
        expect.objectContaining({
          name: "RenderFailed",
          origin: "assets/detail.yaml",
          path: "file",
          expected: "an image that decodes",
          found: expect.stringMatching(/^detail\.jpg: heif: .*end of file/),
        }),
      ]);
      const built: DistManifest = JSON.parse(
        await readFile(path.join(root, "dist/manifest.json"), "utf8"),
      );
      const files = built.kits.flatMap((kit) => kit.files);
      expect(files.some((file) => file.asset === "detail")).toBe(false);
      for (const entry of ["story/la-maison", "capsule/nuit", "product/sac-nuit"])
        expect(
          files.some((file) => file.entry === entry),
          entry,
        ).toBe(true);
    }
  }, 120_000);
});
