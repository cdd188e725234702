import { mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { writeFileAtomic } from "../fs/write-file-atomic.ts";
import { sha256Hex } from "../hash/sha256.ts";
import type { ImageProbe } from "./contract.ts";
import { probeImage } from "./probe-image.ts";

/**
 * sha256 and image probe of files, remembered by what the file system says of them (size, inode,
 * modification and change times), so that a build does not read, hash and probe every photo
 * again when none changed. Any write to a file changes its change time (which no tool can set
 * back), so a stale answer is never used; a false "changed" only costs reading the file again.
 */
export interface FileHashMemo {
  /** The file's sha256 and what its bytes say as an image, or undefined when it cannot be read. */
  inspect(location: string): Promise<InspectedImage | undefined>;
  /** Writes the memo back when it learnt something. */
  save(): Promise<void>;
}

export interface InspectedImage {
  contentHash: string;
  image: ImageProbe;
}

/** Reads an image file once: its hash and its probe from the same bytes. */
export async function inspectImageFile(location: string): Promise<InspectedImage | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(location);
  } catch {
    return undefined;
  }
  return { contentHash: sha256Hex(bytes), image: await probeImage(bytes) };
}

interface Remembered extends InspectedImage {
  stamp: string;
}

const VERSION = 2;
/** What libvips can read changes with its version: a probe is only trusted by the one that made it. */
const ENGINE = sharp.versions.vips;

export async function openFileHashMemo(file: string): Promise<FileHashMemo> {
  let known: Record<string, Remembered> = {};
  try {
    const read = JSON.parse(await readFile(file, "utf8")) as {
      version?: number;
      engine?: string;
      files?: Record<string, Remembered>;
    };
    if (read.version === VERSION && read.engine === ENGINE && read.files) known = read.files;
  } catch {
    // First run, or a damaged memo: every file is hashed.
  }
  const seen: Record<string, Remembered> = {};
  let learnt = false;
  return {
    async inspect(location) {
      let stamp: string;
      try {
        const info = await stat(location, { bigint: true });
        stamp = `${info.size}:${info.ino}:${info.mtimeNs}:${info.ctimeNs}`;
      } catch {
        return undefined;
      }
      const before = known[location];
      if (before?.stamp === stamp) {
        seen[location] = before;
        return { contentHash: before.contentHash, image: before.image };
      }
      const inspected = await inspectImageFile(location);
      if (!inspected) return undefined;
      seen[location] = { stamp, ...inspected };
      learnt = true;
      return inspected;
    },
    async save() {
      // Only the files of this run are kept, so the memo never outgrows the content.
      const forgotten = Object.keys(known).some((location) => !(location in seen));
      if (!learnt && !forgotten) return;
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(
        file,
        JSON.stringify({ version: VERSION, engine: ENGINE, files: seen }),
      );
    },
  };
}
