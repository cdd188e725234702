import { crc32 } from "node:zlib";
import { type AsyncFlateStreamHandler, Zip, type ZipInputFile } from "fflate";
import { compareCodepoints } from "../text/compare-codepoints.ts";

export interface ZipEntry {
  /** Path inside the zip, with `/` separators. */
  path: string;
  bytes: Uint8Array;
}

/** An entry whose bytes are read only when the zip reaches it (images stay on disk until then). */
export interface LazyZipEntry {
  path: string;
  read: () => Promise<Uint8Array>;
}

/**
 * 1980-01-01 00:00, the first moment a zip can hold, built from local fields on purpose: zip
 * timestamps are local time, so this gives the same bytes in every time zone.
 */
const ZIP_EPOCH = new Date(1980, 0, 1, 0, 0, 0);
const UNIX = 3;
const REGULAR_FILE = 0o100644 << 16;

/**
 * A stored (uncompressed) entry whose CRC-32 comes from zlib's native implementation: computed in
 * JavaScript, the CRC of the images was most of the time spent zipping (docs/performance.md).
 * fflate documents implementing `ZipInputFile` for this. Every entry is stored: the images are
 * compressed already, and deflating the few kilobytes of text saved less than it cost.
 */
class StoredEntry implements ZipInputFile {
  readonly filename: string;
  readonly size: number;
  readonly crc: number;
  readonly compression = 0;
  readonly mtime = ZIP_EPOCH;
  readonly os = UNIX;
  readonly attrs = REGULAR_FILE;
  ondata?: AsyncFlateStreamHandler;
  private readonly bytes: Uint8Array<ArrayBuffer>;

  constructor(filename: string, bytes: Uint8Array) {
    this.filename = filename;
    // fflate and zlib take ArrayBuffer-backed bytes, which every Buffer read from a file is.
    this.bytes = bytes as Uint8Array<ArrayBuffer>;
    this.size = bytes.length;
    this.crc = crc32(this.bytes);
  }

  push(): void {
    this.ondata?.(null, this.bytes, true);
  }
}

/**
 * Streams a deterministic zip to `write`, entry by entry: entries sorted by path, fixed
 * timestamps and attributes, so the same files give the same bytes on any machine; only one
 * entry's bytes are in memory at a time.
 */
export async function streamZip(
  entries: readonly LazyZipEntry[],
  write: (chunks: Uint8Array[]) => Promise<void>,
): Promise<void> {
  const zip = new Zip();
  let pending: Uint8Array[] = [];
  let failure: Error | null = null;
  zip.ondata = (error, chunk) => {
    if (error) failure = error;
    else pending.push(chunk);
  };
  const flush = async () => {
    if (failure) throw failure;
    const chunks = pending;
    pending = [];
    if (chunks.length > 0) await write(chunks);
  };
  for (const entry of [...entries].sort((a, b) => compareCodepoints(a.path, b.path))) {
    const stored = new StoredEntry(entry.path, await entry.read());
    zip.add(stored);
    stored.push();
    await flush();
  }
  zip.end();
  await flush();
}

/** The whole zip in memory (small packs and tests). */
export async function zipPack(entries: readonly ZipEntry[]): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await streamZip(
    entries.map((entry) => ({ path: entry.path, read: async () => entry.bytes })),
    async (more) => {
      chunks.push(...more);
    },
  );
  return Buffer.concat(chunks);
}
