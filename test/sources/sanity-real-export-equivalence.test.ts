import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type LocalExport,
  startLocalSanityFromExport,
} from "../../scripts/sanity-local/serve-export.ts";
import type { SourceSnapshot } from "../../src/sources/contract.ts";
import { createSanitySource } from "../../src/sources/sanity/sanity-source.ts";
import { createSanityExportSource } from "../../src/sources/sanity-export/sanity-export-source.ts";
import {
  STARTER_EXPORT,
  STARTER_QUERIES,
  starterContentHashes,
} from "../support/schemaui-starter.ts";

const TOKEN = "local-read-token";
const cacheDir = () => mkdtemp(path.join(tmpdir(), "relais-sanity-cache-"));

/** Each image's cache file is in the reader's own cache folder: only its name may be compared. */
const relocated = (snapshot: SourceSnapshot) =>
  snapshot.documents.map((doc) =>
    doc.file ? { ...doc, file: { ...doc.file, location: path.basename(doc.file.location) } } : doc,
  );

describe("a real export, live through sanity:local --export and offline from the archive", () => {
  let server: LocalExport;
  let live: SourceSnapshot;
  let offline: SourceSnapshot;

  beforeAll(async () => {
    server = await startLocalSanityFromExport({ file: STARTER_EXPORT, token: TOKEN });
    // A small page size makes both read every kind in several pages.
    live = await createSanitySource({
      projectId: server.projectId,
      dataset: server.dataset,
      apiVersion: "2025-02-19",
      token: TOKEN,
      apiHost: server.url,
      cacheDir: await cacheDir(),
      queries: STARTER_QUERIES,
      pageSize: 5,
      retryDelayMs: 10,
    }).load();
    offline = await createSanityExportSource({
      file: STARTER_EXPORT,
      cacheDir: await cacheDir(),
      queries: STARTER_QUERIES,
      pageSize: 5,
    }).load();
  });
  afterAll(() => server.close());

  it("gives the same documents, origins and issues from both drivers", () => {
    expect(relocated(live)).toEqual(relocated(offline));
    expect(live.issues).toEqual(offline.issues);
    expect(live.documents.filter((doc) => doc.kind === "story")).toHaveLength(3);
  });

  it("finds every image, SVG and WebP included, with the archive's bytes", async () => {
    const hashes = await starterContentHashes();
    const assets = live.documents.filter((doc) => doc.kind === "asset");
    expect(assets).toHaveLength(hashes.size);
    const byFormat = new Map<string, number>();
    for (const asset of assets) {
      const name = asset.id.replace(/^image-(.+)-([a-z0-9]+)$/, "$1.$2");
      expect(asset.file, asset.id).toMatchObject({
        exists: true,
        contentHash: hashes.get(name),
        image: { readable: true },
      });
      const format = String((asset.file?.image as { format?: string } | undefined)?.format);
      byFormat.set(format, (byFormat.get(format) ?? 0) + 1);
    }
    expect(Object.fromEntries(byFormat)).toEqual({ svg: 15, webp: 17, png: 1 });
  });

  it("downloaded each image once, from the local CDN", () => {
    const images = server.requests.filter((request) => request.kind === "image");
    expect(images).toHaveLength(33);
    expect(images.every((request) => request.status === 200)).toBe(true);
    expect(new Set(images.map((request) => request.path)).size).toBe(33);
  });
});

describe("the live driver on a real export's SVGs, over a network that fails", () => {
  it("retries an SVG download cut short, and keeps the whole file", async () => {
    const logo = "1ca0bd5d97600c909665c94c16e30cc45aec1c17-24x24.svg";
    const server = await startLocalSanityFromExport({
      file: STARTER_EXPORT,
      token: TOKEN,
      faults: [{ kind: "truncate", match: logo }],
    });
    try {
      const snapshot = await createSanitySource({
        projectId: server.projectId,
        dataset: server.dataset,
        apiVersion: "2025-02-19",
        token: TOKEN,
        apiHost: server.url,
        cacheDir: await cacheDir(),
        queries: STARTER_QUERIES,
        retryDelayMs: 10,
      }).load();
      const asset = snapshot.documents.find((doc) => doc.id === `image-${logo.replace(".", "-")}`);
      expect(asset?.file).toMatchObject({
        exists: true,
        contentHash: (await starterContentHashes()).get(logo),
        image: { format: "svg", width: 24, height: 24 },
      });
      const tries = server.requests.filter((request) => request.path.endsWith(logo));
      expect(tries.map((request) => request.fault ?? "none")).toEqual(["truncate", "none"]);
    } finally {
      await server.close();
    }
  });
});
