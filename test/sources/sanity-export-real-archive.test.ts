import { createHash } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { RawDocument, SourceSnapshot } from "../../src/sources/contract.ts";
import { readExportArchive } from "../../src/sources/sanity-export/read-export-archive.ts";
import { restoreAssetReferences } from "../../src/sources/sanity-export/restore-asset-references.ts";
import { createSanityExportSource } from "../../src/sources/sanity-export/sanity-export-source.ts";
import {
  repackStarter,
  STARTER_EXPORT,
  STARTER_FOLDER,
  STARTER_QUERIES,
  starterContentHashes,
  starterImages,
  unpackStarter,
} from "../support/schemaui-starter.ts";

/** The Google logo: an SVG whose file name, `sha1hash` and bytes' sha1 are three hashes. */
const GOOGLE_LOGO = {
  file: "1ca0bd5d97600c909665c94c16e30cc45aec1c17-24x24.svg",
  assetId: "image-1ca0bd5d97600c909665c94c16e30cc45aec1c17-24x24-svg",
  sha1hash: "2cc789a02534557380d92124e2f8b9483d198fb3",
  bytesSha1: "7e5d621b797a81ba519ecdfdd8a836d8dee50e51",
};

const cacheDir = () => mkdtemp(path.join(tmpdir(), "relais-sanity-cache-"));
const assetsOf = (snapshot: SourceSnapshot) =>
  snapshot.documents.filter(
    (doc): doc is RawDocument & { file: NonNullable<RawDocument["file"]> } => doc.kind === "asset",
  );
/** `image-<id>-<w>x<h>-<ext>` → `<id>-<w>x<h>.<ext>`, the file the export wrote for it. */
const fileNameOf = (assetId: string) => assetId.replace(/^image-(.+)-([a-z0-9]+)$/, "$1.$2");

describe("restoring a real export's image assets", () => {
  it("finds each SVG's fields in assets.json, keyed by its bytes' sha1, not by its file name", async () => {
    const archive = await readExportArchive(STARTER_EXPORT);
    try {
      expect(archive.folder).toBe(STARTER_FOLDER);
      const { documents } = await restoreAssetReferences(archive);
      const logo = documents.find((doc) => doc._id === GOOGLE_LOGO.assetId);
      expect(logo).toMatchObject({
        _type: "sanity.imageAsset",
        originalFilename: "Google__G__logo.svg",
        sha1hash: GOOGLE_LOGO.sha1hash,
        size: 772,
        extension: "svg",
        mimeType: "image/svg+xml",
        metadata: { dimensions: { width: 24, height: 24 } },
      });
      expect(archive.assets[`image-${GOOGLE_LOGO.bytesSha1}`]).toBeDefined();
    } finally {
      await archive.dispose();
    }
  });

  it("gives every image its asset document, and every reference the document it names", async () => {
    const archive = await readExportArchive(STARTER_EXPORT);
    try {
      const { documents, images } = await restoreAssetReferences(archive);
      const assets = documents.filter((doc) => doc._type === "sanity.imageAsset");
      expect(assets).toHaveLength(33);
      expect(images.map((image) => image.name).sort()).toEqual([...archive.images.keys()].sort());
      // Every asset has its own fields back: the name it was uploaded as, not the file's.
      for (const asset of assets) expect(asset.originalFilename).not.toMatch(/^[0-9a-f]{40}-/);
      const ids = new Set(assets.map((asset) => asset._id));
      const refs = JSON.stringify(documents).match(/"_ref":"image-[^"]+"/g) ?? [];
      expect(refs.length).toBeGreaterThan(30);
      for (const ref of refs) expect(ids).toContain(ref.slice(8, -1));
      expect(JSON.stringify(documents)).not.toContain("_sanityAsset");
    } finally {
      await archive.dispose();
    }
  });
});

describe("sanity-export on a real export", () => {
  let snapshot: SourceSnapshot;
  beforeAll(async () => {
    snapshot = await createSanityExportSource({
      file: STARTER_EXPORT,
      cacheDir: await cacheDir(),
      queries: STARTER_QUERIES,
    }).load();
  });

  it("finds the image of every asset, SVG, WebP and PNG alike, with the archive's bytes", async () => {
    const hashes = await starterContentHashes();
    const assets = assetsOf(snapshot);
    expect(assets).toHaveLength(33);
    for (const asset of assets) {
      expect(asset.file, asset.id).toMatchObject({
        exists: true,
        contentHash: hashes.get(fileNameOf(asset.id)),
      });
    }
    const formats = assets.map(
      (asset) => (asset.file.image as { format?: string } | undefined)?.format,
    );
    expect(formats.filter((format) => format === "svg")).toHaveLength(15);
    expect(formats.filter((format) => format === "webp")).toHaveLength(17);
    expect(formats.filter((format) => format === "png")).toHaveLength(1);
  });

  it("names each image by its uploaded file name and probes its size", () => {
    const logo = assetsOf(snapshot).find((asset) => asset.id === GOOGLE_LOGO.assetId);
    expect(logo?.data).toMatchObject({ file: "Google__G__logo.svg" });
    expect(logo?.file?.image).toMatchObject({ readable: true, format: "svg", width: 24 });
    // Kept in the content store, named by the sha256 of its bytes (Sanity's sha1 is of the file
    // before its SVG clean-up).
    const location = String(logo?.file?.location);
    expect(location).toMatch(/\/store\/blobs\/[0-9a-f]{64}$/);
    expect(path.basename(location)).toBe(logo?.file?.contentHash);
  });

  it("reads the posts, with the image each one references", () => {
    const stories = snapshot.documents.filter((doc) => doc.kind === "story");
    expect(stories.map((story) => story.id).sort()).toEqual([
      "what-is-headless-cms",
      "why-next-js-is-the-best-choice-for-your-website",
      "why-sanity-is-the-ultimate-cms-choice",
    ]);
    const headless = stories.find((story) => story.id === "what-is-headless-cms");
    expect(headless?.data).toMatchObject({
      hero: "image-f3a23c5524597c1add42a4ce2c4415882d72c873-2048x1152-webp",
    });
    expect(headless?.texts[0]?.data).toMatchObject({
      body: expect.stringContaining("A headless CMS is a content management system"),
    });
  });

  it("uses the cached images on a second read, SVGs included", async () => {
    const shared = await cacheDir();
    const read = () =>
      createSanityExportSource({ file: STARTER_EXPORT, cacheDir: shared, queries: STARTER_QUERIES })
        .load()
        .then(assetsOf);
    const first = await read();
    const second = await read();
    expect(second.map((asset) => asset.file)).toEqual(first.map((asset) => asset.file));
    expect(second.every((asset) => asset.file.exists)).toBe(true);
  });
});

describe("a real export changed after it was written", () => {
  it("stops, naming the SVG whose bytes no longer match any asset of assets.json", async () => {
    const folder = await unpackStarter();
    const original = (await starterImages()).get(GOOGLE_LOGO.file) as Buffer;
    const changed = Buffer.from(original.toString("utf8").replace("#4285F4", "#4285F5"));
    const changedSha1 = createHash("sha1").update(changed).digest("hex");
    await writeFile(path.join(folder, STARTER_FOLDER, "images", GOOGLE_LOGO.file), changed);
    const file = await repackStarter(folder);
    await expect(
      createSanityExportSource({
        file,
        cacheDir: await cacheDir(),
        queries: STARTER_QUERIES,
      }).load(),
    ).rejects.toMatchObject({
      name: "SourceUnavailableError",
      failure: "integrity",
      message: expect.stringMatching(
        new RegExp(
          `^Sanity export ${file}: images/${GOOGLE_LOGO.file} matches no asset of assets\\.json .*${changedSha1}.*export the dataset again`,
        ),
      ),
    });
  });
});
