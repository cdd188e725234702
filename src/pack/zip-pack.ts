import { type Zippable, zipSync } from "fflate";

export interface ZipEntry {
  /** Path inside the zip, with `/` separators. */
  path: string;
  bytes: Uint8Array;
}

/**
 * 1980-01-01 00:00, the first moment a zip can hold, built from local fields on purpose: zip
 * timestamps are local time, so this gives the same bytes in every time zone.
 */
const ZIP_EPOCH = new Date(1980, 0, 1, 0, 0, 0);

/** Already-compressed formats are stored as they are; deflating them again only costs time. */
const STORED = /\.(jpe?g|png|webp|avif|zip)$/i;

/**
 * A deterministic zip: entries sorted by path, fixed timestamps and attributes, so the same files
 * give the same bytes on any machine.
 */
export function zipPack(entries: readonly ZipEntry[]): Uint8Array {
  const files: Zippable = {};
  for (const entry of [...entries].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  )) {
    files[entry.path] = [
      entry.bytes,
      { level: STORED.test(entry.path) ? 0 : 9, mtime: ZIP_EPOCH, os: 3, attrs: 0o100644 << 16 },
    ];
  }
  return zipSync(files);
}
