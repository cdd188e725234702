import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/hash/sha256.ts";
import { S3Client } from "../../src/store/aws-sdk.ts";
import { ContentStore, type ContentStoreOptions } from "../../src/store/content-store.ts";
import { LocalDriver } from "../../src/store/local-driver.ts";
import { resolveClientConfig, S3Driver } from "../../src/store/s3-driver.ts";
import { type LocalS3, startLocalS3 } from "../support/local-s3.ts";

interface ImageMeta {
  width: number;
  height: number;
  format: string;
}

let s3: LocalS3;
const folders: string[] = [];
beforeAll(async () => {
  s3 = await startLocalS3();
});
afterAll(async () => {
  await s3?.stop();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function freshFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "relais-content-store-"));
  folders.push(folder);
  return folder;
}

function bucketDriver(prefix: string): S3Driver {
  const client = new S3Client(
    resolveClientConfig({
      endpoint: s3.endpoint,
      region: s3.region,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    }),
  );
  return new S3Driver({ bucket: s3.bucket, prefix, client });
}

/** A machine of a build: its own cache folder, and the shared store if given. */
async function machine(shared?: ContentStoreOptions["shared"]) {
  const corrupt: Array<[string, string]> = [];
  const store = new ContentStore({
    local: await freshFolder(),
    ...(shared && { shared }),
    onCorrupt: (name, location) => corrupt.push([name, location]),
  });
  return { store, corrupt };
}

const image = Buffer.from("\x89PNG\r\n\x1a\n pretend pixels \x00\xff");
const imageSha = sha256Hex(image);
const meta: ImageMeta = { width: 1080, height: 1350, format: "jpeg" };

async function collect(keys: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const key of keys) all.push(key);
  return all;
}

describe("ContentStore on the local layer alone", () => {
  it("keeps a keyed entry: its meta, its blob's hash and size, and a local file of its bytes", async () => {
    const { store } = await machine();
    const put = await store.putKeyed("image", "k1", image, meta);
    const got = await store.getKeyed<ImageMeta>("image", "k1");
    expect(got).toEqual(put);
    expect(got).toEqual({
      meta,
      sha256: imageSha,
      bytes: image.byteLength,
      file: path.join(store.local.folder, "blobs", imageSha),
    });
    expect(await readFile(got?.file ?? "")).toEqual(image);
    expect(await store.has("image", "k1")).toBe(true);
    expect(await store.has("image", "k2")).toBe(false);
    expect(await store.getKeyed("image", "k2")).toBeUndefined();
    expect(store.counters).toMatchObject({ writtenLocally: 2, readLocally: 2, corrupt: 0 });
  });

  it("writes a record as the sha256 of its JSON, then the JSON (pinned)", async () => {
    const { store } = await machine();
    await store.putKeyed("image", "k1", Buffer.from("bytes"), { width: 1 });
    const record = await readFile(
      path.join(store.local.folder, "records", "image", "k1.json"),
      "utf8",
    );
    // A change of this format makes every stored record unreadable: it must be on purpose.
    expect(record).toBe(
      "4451c412c010a574bf756f000e2789fbee9e40c6404e8248909569a22a30662d\n" +
        '{"namespace":"image","key":"k1","sha256":"277089d91c0bdf4f2e6862ba7e4a07605119431f5d13f726dd352b06f1b206a9","bytes":5,"meta":{"width":1}}',
    );
  });

  it("stores blobs by content, once", async () => {
    const { store } = await machine();
    expect(await store.putBlob(image)).toBe(imageSha);
    expect(await store.putBlob(image)).toBe(imageSha);
    expect(store.counters.writtenLocally).toBe(1);
    expect(await store.getBlob(imageSha)).toEqual({
      file: path.join(store.local.folder, "blobs", imageSha),
      bytes: image.byteLength,
    });
    expect(await store.getBlob(sha256Hex("never stored"))).toBeUndefined();
  });

  it("treats a damaged blob as absent, reports and removes it, and takes it again", async () => {
    const { store, corrupt } = await machine();
    await store.putKeyed("image", "k1", image, meta);
    const blob = path.join(store.local.folder, "blobs", imageSha);
    await writeFile(blob, Buffer.from("one byte flipped"));

    const reader = new ContentStore({
      local: store.local,
      onCorrupt: (name, location) => corrupt.push([name, location]),
    });
    expect(await reader.getKeyed("image", "k1")).toBeUndefined();
    expect(corrupt).toEqual([
      [`blobs/${imageSha}`, store.local.folder],
      ["records/image/k1.json", store.local.folder],
    ]);
    expect(reader.counters.corrupt).toBe(2);
    expect(await store.local.has(`blobs/${imageSha}`)).toBe(false);

    await reader.putKeyed("image", "k1", image, meta);
    expect((await reader.getKeyed("image", "k1"))?.sha256).toBe(imageSha);
    expect(await readFile(blob)).toEqual(image);
  });

  it("treats a damaged record as absent, reports and removes it, and takes it again", async () => {
    const { store, corrupt } = await machine();
    await store.putKeyed("image", "k1", image, meta);
    const record = path.join(store.local.folder, "records", "image", "k1.json");
    await writeFile(record, (await readFile(record, "utf8")).replace("1080", "1081"));

    const reader = new ContentStore({
      local: store.local,
      onCorrupt: (name, location) => corrupt.push([name, location]),
    });
    expect(await reader.getKeyed("image", "k1")).toBeUndefined();
    expect(corrupt).toEqual([["records/image/k1.json", store.local.folder]]);
    expect(await reader.has("image", "k1")).toBe(false);
    await reader.putKeyed("image", "k1", image, { ...meta, width: 1081 });
    expect((await reader.getKeyed<ImageMeta>("image", "k1"))?.meta.width).toBe(1081);
  });

  it("finds a damaged blob also when a put finds it already there", async () => {
    const { store, corrupt } = await machine();
    await store.putBlob(image);
    await writeFile(path.join(store.local.folder, "blobs", imageSha), "damaged");
    const writer = new ContentStore({
      local: store.local,
      onCorrupt: (name, location) => corrupt.push([name, location]),
    });
    await writer.putBlob(image);
    expect(corrupt).toEqual([[`blobs/${imageSha}`, store.local.folder]]);
    expect(await readFile(path.join(store.local.folder, "blobs", imageSha))).toEqual(image);
  });

  it("gives nothing for a record whose blob is gone, and lets the key be made again", async () => {
    const { store } = await machine();
    await store.putKeyed("image", "k1", image, meta);
    await unlink(path.join(store.local.folder, "blobs", imageSha));
    const reader = new ContentStore({ local: store.local });
    expect(await reader.getKeyed("image", "k1")).toBeUndefined();
    const other = Buffer.from("a render that came out differently");
    const remade = await reader.putKeyed("image", "k1", other, meta);
    expect(remade.sha256).toBe(sha256Hex(other));
    expect((await reader.getKeyed("image", "k1"))?.sha256).toBe(sha256Hex(other));
  });

  it("lists a namespace's keys", async () => {
    const { store } = await machine();
    for (const key of ["b", "a-b", "a", "c.d"]) await store.putKeyed("image", key, image, meta);
    await store.putKeyed("sheet", "z", image, {});
    expect(await collect(store.listKeys("image"))).toEqual(["a-b", "a", "b", "c.d"]);
    expect(await collect(store.listKeys("tile"))).toEqual([]);
  });

  it("refuses names it would not make", async () => {
    const { store } = await machine();
    await expect(store.putKeyed("Image", "k", image, meta)).rejects.toThrow(
      'Expected lowercase letters, digits and "-" for the namespace but received "Image"',
    );
    await expect(store.getKeyed("image", "../k")).rejects.toThrow(
      /for the key but received "..\/k"/,
    );
    await expect(store.getBlob("ABC")).rejects.toThrow(/for the sha256 but received "ABC"/);
  });
});

describe("ContentStore with a shared S3 store", () => {
  it("shares a render between machines: fetched once, then a local file", async () => {
    const shared = bucketDriver(`build/${randomUUID()}`);
    const a = await machine({ driver: shared });
    await a.store.putKeyed("image", "k1", image, meta);
    expect(a.store.counters).toMatchObject({ writtenLocally: 2, writtenShared: 2 });
    expect(await shared.has(`blobs/${imageSha}`)).toBe(true);
    expect(await shared.has("records/image/k1.json")).toBe(true);

    const b = await machine({ driver: shared });
    expect(await b.store.has("image", "k1")).toBe(true);
    const got = await b.store.getKeyed<ImageMeta>("image", "k1");
    expect(got?.meta).toEqual(meta);
    expect(got?.file).toBe(path.join(b.store.local.folder, "blobs", imageSha));
    expect(await readFile(got?.file ?? "")).toEqual(image);
    expect(b.store.counters).toMatchObject({ fetchedFromShared: 2, readLocally: 0 });

    await b.store.getKeyed("image", "k1");
    expect(b.store.counters).toMatchObject({ fetchedFromShared: 2, readLocally: 2 });
    expect(await b.store.local.has("records/image/k1.json")).toBe(true);
  });

  it("treats a blob damaged in the bucket as absent, removes and reports it", async () => {
    const prefix = `build/${randomUUID()}`;
    const shared = bucketDriver(prefix);
    const a = await machine({ driver: shared });
    await a.store.putKeyed("image", "k1", image, meta);
    await writeFile(
      path.join(s3.directory, ...prefix.split("/"), "blobs", `${imageSha}._S3rver_object`),
      "bit rot",
    );

    const b = await machine({ driver: shared });
    expect(await b.store.getKeyed("image", "k1")).toBeUndefined();
    expect(b.corrupt).toContainEqual([`blobs/${imageSha}`, `s3://${s3.bucket}/${prefix}`]);
    expect(await shared.has(`blobs/${imageSha}`)).toBe(false);
    expect(await b.store.local.has(`blobs/${imageSha}`)).toBe(false);

    await b.store.putKeyed("image", "k1", image, meta);
    expect(Buffer.from((await shared.get(`blobs/${imageSha}`)) ?? [])).toEqual(image);
    const c = await machine({ driver: shared });
    expect((await c.store.getKeyed("image", "k1"))?.sha256).toBe(imageSha);
  });

  it("treats a record damaged in the bucket as absent", async () => {
    const prefix = `build/${randomUUID()}`;
    const shared = bucketDriver(prefix);
    const a = await machine({ driver: shared });
    await a.store.putKeyed("image", "k1", image, meta);
    await shared.remove("records/image/k1.json");
    await shared.create("records/image/k1.json", Buffer.from(`${"0".repeat(64)}\n{}`));
    const b = await machine({ driver: shared });
    expect(await b.store.getKeyed("image", "k1")).toBeUndefined();
    expect(b.corrupt).toEqual([["records/image/k1.json", `s3://${s3.bucket}/${prefix}`]]);
  });

  it("reads a read-only shared store but writes only locally, and never removes from it", async () => {
    const prefix = `build/${randomUUID()}`;
    const shared = bucketDriver(prefix);
    const main = await machine({ driver: shared });
    await main.store.putKeyed("image", "from-main", image, meta);

    const pullRequest = await machine({ driver: shared, readOnly: true });
    expect((await pullRequest.store.getKeyed("image", "from-main"))?.meta).toEqual(meta);
    const own = Buffer.from("a render of the pull request");
    await pullRequest.store.putKeyed("image", "from-pr", own, meta);
    expect(pullRequest.store.counters.writtenShared).toBe(0);
    expect(await shared.has("records/image/from-pr.json")).toBe(false);
    expect(await shared.has(`blobs/${sha256Hex(own)}`)).toBe(false);
    expect(await pullRequest.store.getKeyed("image", "from-pr")).toBeDefined();

    await shared.remove("records/image/from-main.json");
    await shared.create("records/image/from-main.json", Buffer.from("damaged"));
    const another = await machine({ driver: shared, readOnly: true });
    expect(await another.store.getKeyed("image", "from-main")).toBeUndefined();
    expect(another.corrupt).toHaveLength(1);
    expect(await shared.has("records/image/from-main.json")).toBe(true);
  });

  it("lists the keys of both layers, each once", async () => {
    const shared = bucketDriver(`build/${randomUUID()}`);
    const a = await machine({ driver: shared });
    await a.store.putKeyed("image", "k2", image, meta);
    await a.store.putKeyed("image", "k4", image, meta);
    const b = await machine({ driver: shared, readOnly: true });
    await b.store.putKeyed("image", "k1", image, meta);
    await b.store.putKeyed("image", "k4", image, meta);
    await b.store.putKeyed("image", "k3", image, meta);
    expect(await collect(b.store.listKeys("image"))).toEqual(["k1", "k2", "k3", "k4"]);
  });
});

describe("ContentStore with a shared folder", () => {
  it("shares through a folder as through a bucket", async () => {
    const shared = new LocalDriver(await freshFolder());
    const a = await machine({ driver: shared });
    await a.store.putKeyed("sanity-image", "abc123", image, { extension: "jpg" });
    const b = await machine({ driver: shared });
    const got = await b.store.getKeyed("sanity-image", "abc123");
    expect(got?.file.startsWith(b.store.local.folder)).toBe(true);
    expect(await readFile(got?.file ?? "")).toEqual(image);
  });
});
