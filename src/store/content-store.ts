import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { sha256Hex } from "../hash/sha256.ts";
import { compareNames, type StoreDriver } from "./driver.ts";
import { LocalDriver } from "./local-driver.ts";

export interface ContentStoreOptions {
  /** The machine's cache folder (or a driver on it): always there, always read first. */
  local: string | LocalDriver;
  /** A store shared by the machines of a build (S3 or a shared folder); none for a lone build. */
  shared?: SharedLayer;
  /**
   * Called for every object that failed its check (and was removed where the layer is writable,
   * so the build makes it again): `name` is the object's, `location` its layer's.
   * @default nothing: the `corrupt` counter still counts them
   */
  onCorrupt?: (name: string, location: string) => void;
}

export interface SharedLayer {
  driver: StoreDriver;
  /**
   * Reads come from the shared store, writes stay local: for builds that must not publish what
   * they make, such as a pull request's.
   * @default false
   */
  readOnly?: boolean;
}

/** What the build's summary says about the store: objects, not bytes. */
export interface StoreCounters {
  /** Found and verified in the local layer. */
  readLocally: number;
  /** Not local, found and verified in the shared store, and kept locally. */
  fetchedFromShared: number;
  writtenLocally: number;
  writtenShared: number;
  /** Failed their check: removed and reported, then treated as absent. */
  corrupt: number;
}

/** A keyed entry as `getKeyed` gives it. */
export interface KeyedEntry<Meta> {
  meta: Meta;
  /** The sha256 of the blob, in hex. */
  sha256: string;
  /** The blob's size. */
  bytes: number;
  /** Absolute path of the blob in the local layer, verified: for stages that copy or link it. */
  file: string;
}

/** What a record's file holds after its checksum line. */
interface RecordBody {
  namespace: string;
  key: string;
  sha256: string;
  bytes: number;
  meta: unknown;
}

type Layer = { driver: StoreDriver; writable: boolean };

const SHA256 = /^[0-9a-f]{64}$/;
const NAMESPACE = /^[a-z0-9][a-z0-9-]*$/;
const KEY = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * The one store of what Relais makes (rendered images, contact sheets, tiles, downloaded source
 * images), shared by every stage and, through a shared layer, by every machine of a build.
 *
 * - Blobs by content: `blobs/<sha256>`; a blob read is checked against its name.
 * - Keyed records: `records/<namespace>/<key>.json`, the blob's sha256 and size and a small JSON
 *   value, under a first line that is the sha256 of the rest. Written after their blob, in each
 *   layer, so a record never points at nothing that was not lost since.
 * - Layers: local first, then shared; what comes from the shared store is kept locally, so every
 *   `file` is a local path. Writes go to both, create-only (the shared one unless read-only).
 * - An object that fails its check is removed (where its layer is writable), reported through
 *   `onCorrupt`, counted, and treated as absent: the build makes it again.
 *
 * Blobs are checked once per ContentStore (one per build), streamed from disk.
 */
export class ContentStore {
  readonly local: LocalDriver;
  readonly shared: SharedLayer | undefined;
  readonly counters: StoreCounters = {
    readLocally: 0,
    fetchedFromShared: 0,
    writtenLocally: 0,
    writtenShared: 0,
    corrupt: 0,
  };
  private readonly onCorrupt: (name: string, location: string) => void;
  /** Blobs whose local file was checked by this store. */
  private readonly verified = new Set<string>();
  /** Blobs being made local, so concurrent readers of one blob share one fetch. */
  private readonly inFlight = new Map<
    string,
    Promise<{ file: string; bytes: number } | undefined>
  >();

  constructor(options: ContentStoreOptions) {
    this.local = typeof options.local === "string" ? new LocalDriver(options.local) : options.local;
    this.shared = options.shared;
    this.onCorrupt = options.onCorrupt ?? (() => {});
  }

  /** Stores bytes by their content; returns their sha256. */
  async putBlob(bytes: Uint8Array): Promise<string> {
    const sha256 = sha256Hex(bytes);
    const name = blobName(sha256);
    let local = await this.local.create(name, bytes);
    if (local === "exists" && !(await this.localBlobIsSound(sha256))) {
      local = await this.local.create(name, bytes);
    }
    if (local === "created") {
      this.counters.writtenLocally += 1;
      this.verified.add(sha256);
    }
    const shared = this.writableShared();
    if (shared && (await shared.create(name, bytes)) === "created")
      this.counters.writtenShared += 1;
    return sha256;
  }

  /** The blob as a verified local file, fetched from the shared store if need be. */
  async getBlob(sha256: string): Promise<{ file: string; bytes: number } | undefined> {
    assertSha256(sha256);
    let pending = this.inFlight.get(sha256);
    if (!pending) {
      pending = this.makeBlobLocal(sha256).finally(() => this.inFlight.delete(sha256));
      this.inFlight.set(sha256, pending);
    }
    return pending;
  }

  /** Stores `bytes` as a blob, then the record of `key` in `namespace` pointing at it. */
  async putKeyed<Meta>(
    namespace: string,
    key: string,
    bytes: Uint8Array,
    meta: Meta,
  ): Promise<KeyedEntry<Meta>> {
    const name = recordName(namespace, key);
    const sha256 = await this.putBlob(bytes);
    const record = encodeRecord({ namespace, key, sha256, bytes: bytes.byteLength, meta });
    let local = await this.local.create(name, record);
    if (local === "exists") {
      const existing = decodeRecord(await this.local.get(name), namespace, key);
      if (existing === undefined) {
        await this.dropCorrupt({ driver: this.local, writable: true }, name);
        local = await this.local.create(name, record);
      }
    }
    if (local === "created") this.counters.writtenLocally += 1;
    const shared = this.writableShared();
    if (shared && (await shared.create(name, record)) === "created") {
      this.counters.writtenShared += 1;
    }
    // Create-only: when another build recorded this key first, its record stands.
    if (local === "exists") {
      const stored = await this.getKeyed<Meta>(namespace, key);
      if (stored) return stored;
    }
    return { meta, sha256, bytes: bytes.byteLength, file: this.local.pathOf(blobName(sha256)) };
  }

  /**
   * The entry of `key` in `namespace`, with its blob as a verified local file; undefined when
   * the record or its blob is missing (or failed its check) in every layer.
   */
  async getKeyed<Meta>(namespace: string, key: string): Promise<KeyedEntry<Meta> | undefined> {
    const name = recordName(namespace, key);
    for (const layer of this.layers()) {
      const raw = await layer.driver.get(name);
      if (raw === undefined) continue;
      const record = decodeRecord(raw, namespace, key);
      if (record === undefined) {
        await this.dropCorrupt(layer, name);
        continue;
      }
      const blob = await this.getBlob(record.sha256);
      if (blob === undefined) {
        // Its blob is lost (a cache partly deleted, a bucket rule that expired it): the record
        // is removed too, so the key can be made and recorded again.
        await this.dropCorrupt(layer, name);
        continue;
      }
      if (layer.driver === this.local) {
        this.counters.readLocally += 1;
      } else {
        this.counters.fetchedFromShared += 1;
        if ((await this.local.create(name, raw)) === "created") this.counters.writtenLocally += 1;
      }
      return {
        meta: record.meta as Meta,
        sha256: record.sha256,
        bytes: blob.bytes,
        file: blob.file,
      };
    }
    return undefined;
  }

  /**
   * Whether a record of `key` is in some layer: one look-up per layer, no check of its bytes or
   * its blob (`getKeyed` makes those).
   */
  async has(namespace: string, key: string): Promise<boolean> {
    const name = recordName(namespace, key);
    for (const layer of this.layers()) if (await layer.driver.has(name)) return true;
    return false;
  }

  /**
   * The keys recorded in `namespace`, in any layer, each once, in the order of their record
   * names: the layers' lists are merged as they stream, never held whole.
   */
  async *listKeys(namespace: string): AsyncIterable<string> {
    const prefix = `records/${assertNamespace(namespace)}/`;
    const lists = this.layers().map((layer) => layer.driver.list(prefix));
    let last: string | undefined;
    for await (const name of mergeOrdered(lists)) {
      if (name === last || !name.endsWith(".json")) continue;
      last = name;
      yield name.slice(prefix.length, -".json".length);
    }
  }

  private layers(): Layer[] {
    const layers: Layer[] = [{ driver: this.local, writable: true }];
    if (this.shared) layers.push({ driver: this.shared.driver, writable: !this.shared.readOnly });
    return layers;
  }

  private writableShared(): StoreDriver | undefined {
    return this.shared && !this.shared.readOnly ? this.shared.driver : undefined;
  }

  private async makeBlobLocal(
    sha256: string,
  ): Promise<{ file: string; bytes: number } | undefined> {
    const name = blobName(sha256);
    const file = this.local.pathOf(name);
    if (await this.localBlobIsSound(sha256)) {
      this.counters.readLocally += 1;
      return { file, bytes: (await stat(file)).size };
    }
    if (!this.shared) return undefined;
    const bytes = await this.shared.driver.get(name);
    if (bytes === undefined) return undefined;
    if (sha256Hex(bytes) !== sha256) {
      await this.dropCorrupt({ driver: this.shared.driver, writable: !this.shared.readOnly }, name);
      return undefined;
    }
    await this.local.create(name, bytes);
    this.verified.add(sha256);
    this.counters.fetchedFromShared += 1;
    return { file, bytes: bytes.byteLength };
  }

  /** Whether the local blob is there and holds its bytes; a damaged one is dropped. */
  private async localBlobIsSound(sha256: string): Promise<boolean> {
    const name = blobName(sha256);
    if (!(await this.local.has(name))) {
      this.verified.delete(sha256);
      return false;
    }
    if (this.verified.has(sha256)) return true;
    if ((await hashFile(this.local.pathOf(name))) === sha256) {
      this.verified.add(sha256);
      return true;
    }
    await this.dropCorrupt({ driver: this.local, writable: true }, name);
    return false;
  }

  private async dropCorrupt(layer: Layer, name: string): Promise<void> {
    this.counters.corrupt += 1;
    if (layer.writable) await layer.driver.remove(name);
    this.onCorrupt(name, layer.driver.location);
  }
}

export function blobName(sha256: string): string {
  return `blobs/${assertSha256(sha256)}`;
}

export function recordName(namespace: string, key: string): string {
  if (!KEY.test(key)) {
    throw new TypeError(
      `[relais] [store] Expected letters, digits, ".", "_" or "-" (not first ".") for the key but received ${JSON.stringify(key)}`,
    );
  }
  return `records/${assertNamespace(namespace)}/${key}.json`;
}

/** `<sha256 of the payload>\n<payload>`: the payload is the record's JSON, on one line. */
export function encodeRecord(body: RecordBody): Uint8Array {
  const payload = JSON.stringify(body);
  return Buffer.from(`${sha256Hex(payload)}\n${payload}`);
}

/** The record when its checksum holds and it is the record of `namespace`/`key`. */
export function decodeRecord(
  raw: Uint8Array | undefined,
  namespace: string,
  key: string,
): RecordBody | undefined {
  if (raw === undefined) return undefined;
  const text = Buffer.from(raw).toString("utf8");
  const newline = text.indexOf("\n");
  if (newline !== 64) return undefined;
  const payload = text.slice(newline + 1);
  if (sha256Hex(payload) !== text.slice(0, newline)) return undefined;
  try {
    const body = JSON.parse(payload) as Partial<RecordBody>;
    const sound =
      body.namespace === namespace &&
      body.key === key &&
      typeof body.sha256 === "string" &&
      SHA256.test(body.sha256) &&
      Number.isSafeInteger(body.bytes) &&
      "meta" in body;
    return sound ? (body as RecordBody) : undefined;
  } catch {
    return undefined;
  }
}

function assertSha256(sha256: string): string {
  if (!SHA256.test(sha256)) {
    throw new TypeError(
      `[relais] [store] Expected 64 lowercase hex digits for the sha256 but received ${JSON.stringify(sha256)}`,
    );
  }
  return sha256;
}

function assertNamespace(namespace: string): string {
  if (!NAMESPACE.test(namespace)) {
    throw new TypeError(
      `[relais] [store] Expected lowercase letters, digits and "-" for the namespace but received ${JSON.stringify(namespace)}`,
    );
  }
  return namespace;
}

async function hashFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

/** Merges lists that are each in code-point order into one, in that order (repeats kept). */
async function* mergeOrdered(lists: AsyncIterable<string>[]): AsyncIterable<string> {
  const iterators = lists.map((list) => list[Symbol.asyncIterator]());
  const heads = await Promise.all(iterators.map((iterator) => iterator.next()));
  for (;;) {
    let least = -1;
    for (const [index, head] of heads.entries()) {
      if (head.done) continue;
      const current = heads[least];
      if (least === -1 || (current && compareNames(head.value, current.value as string) < 0)) {
        least = index;
      }
    }
    if (least === -1) return;
    const head = heads[least] as IteratorYieldResult<string>;
    yield head.value;
    heads[least] = await (iterators[least] as AsyncIterator<string>).next();
  }
}
