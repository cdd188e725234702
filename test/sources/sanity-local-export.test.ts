import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  datasetOfFolder,
  type LocalExport,
  startLocalSanityFromExport,
} from "../../scripts/sanity-local/serve-export.ts";
import { STARTER_EXPORT, starterImages } from "../support/schemaui-starter.ts";

const TOKEN = "local-secret";

async function query(
  server: LocalExport,
  groq: string,
  { dataset = server.dataset, perspective = "published" } = {},
) {
  const url = new URL(`${server.url}/v2025-02-19/data/query/${dataset}`);
  url.searchParams.set("query", groq);
  url.searchParams.set("perspective", perspective);
  const response = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
  // biome-ignore lint/suspicious/noExplicitAny: answers of several shapes, checked by each test
  const body: any = await response.json();
  return { status: response.status, body };
}

describe("local Sanity serving a real export", () => {
  let server: LocalExport;
  beforeAll(async () => {
    server = await startLocalSanityFromExport({ file: STARTER_EXPORT, token: TOKEN });
  });
  afterAll(() => server.close());

  it("takes the dataset's name from the archive's folder, and a default project id", async () => {
    expect(server.dataset).toBe("schemaui-starter");
    expect(server.projectId).toBe("local01");
    expect((await query(server, "count(*)", { dataset: "production" })).status).toBe(404);
  });

  it("serves the archive's documents with their image references restored", async () => {
    const { body } = await query(
      server,
      `*[_type == "post"] | order(slug.current) { "slug": slug.current, "image": image.asset->{ originalFilename, mimeType } }`,
    );
    expect(body.result).toEqual([
      {
        slug: "what-is-headless-cms",
        image: { originalFilename: "headless-cms.webp", mimeType: "image/webp" },
      },
      {
        slug: "why-next-js-is-the-best-choice-for-your-website",
        image: { originalFilename: "next-js.webp", mimeType: "image/webp" },
      },
      {
        slug: "why-sanity-is-the-ultimate-cms-choice",
        image: { originalFilename: "sanity-cms-og.webp", mimeType: "image/webp" },
      },
    ]);
    // Every document of data.ndjson, its 10 drafts too (with a token), and every image.
    const documents = `count(*[_type != "sanity.imageAsset"])`;
    expect((await query(server, documents, { perspective: "raw" })).body.result).toBe(41);
    expect((await query(server, documents)).body.result).toBe(31);
    expect((await query(server, `count(*[_type == "sanity.imageAsset"])`)).body.result).toBe(33);
  });

  it("serves every image at its CDN path, with the archive's bytes and the asset's type", async () => {
    const { body } = await query(
      server,
      `*[_type == "sanity.imageAsset"] { _id, url, path, mimeType }`,
    );
    const images = await starterImages();
    for (const asset of body.result) {
      const name = path.basename(asset.url);
      expect(asset.url).toBe(`${server.url}/images/local01/schemaui-starter/${name}`);
      expect(asset.path).toBe(`images/local01/schemaui-starter/${name}`);
      const response = await fetch(asset.url);
      expect(response.status, name).toBe(200);
      expect(response.headers.get("content-type")).toBe(asset.mimeType);
      expect(Buffer.from(await response.arrayBuffer()).equals(images.get(name) as Buffer)).toBe(
        true,
      );
    }
    const types = new Set(body.result.map((asset: { mimeType: string }) => asset.mimeType));
    expect(types).toEqual(new Set(["image/svg+xml", "image/webp", "image/png"]));
  });
});

describe("local Sanity serving an export: its options", () => {
  it("takes the project id and the dataset it is given", async () => {
    const server = await startLocalSanityFromExport({
      file: STARTER_EXPORT,
      projectId: "house42",
      dataset: "staging",
      token: TOKEN,
    });
    try {
      const { status, body } = await query(server, `*[_type == "sanity.imageAsset"][0].url`);
      expect(status).toBe(200);
      expect(body.result).toMatch(/\/images\/house42\/staging\/[0-9a-f]{40}-\d+x\d+\.\w+$/);
    } finally {
      await server.close();
    }
  });

  it("reads the dataset from the folder the CLI names `<dataset>-export-<date>`", () => {
    expect(datasetOfFolder("production-export-2026-01-05t09-00-00-000z")).toBe("production");
    expect(datasetOfFolder("my-site_v2-export-2025-12-31t23-59-59-999z")).toBe("my-site_v2");
    expect(datasetOfFolder("photos")).toBeUndefined();
    expect(datasetOfFolder(undefined)).toBeUndefined();
  });

  it("refuses a file that is not an export, naming it and what to give instead", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "relais-not-export-"));
    const file = path.join(folder, "notes.tar.gz");
    await writeFile(file, "plain text");
    await expect(startLocalSanityFromExport({ file })).rejects.toThrow(
      `Sanity export ${file} cannot be read`,
    );
    await expect(startLocalSanityFromExport({ file })).rejects.toThrow(
      "a .tar.gz written by `sanity dataset export`",
    );
    await expect(
      startLocalSanityFromExport({ file: path.join(folder, "gone.tar.gz") }),
    ).rejects.toThrow(
      `${path.join(folder, "gone.tar.gz")}: no such file. Give the .tar.gz that \`sanity dataset export\` wrote.`,
    );
    await expect(startLocalSanityFromExport({ file: folder })).rejects.toThrow(
      `${folder} is a folder.`,
    );
  });

  it("refuses a project id or a dataset name Sanity would refuse", async () => {
    await expect(
      startLocalSanityFromExport({ file: STARTER_EXPORT, dataset: "Prod.Data" }),
    ).rejects.toThrow('The dataset "Prod.Data" is not a Sanity dataset name');
    await expect(
      startLocalSanityFromExport({ file: STARTER_EXPORT, projectId: "my project" }),
    ).rejects.toThrow('The project id "my project" is not one Sanity accepts');
  });
});
