import { mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomic } from "../fs/write-file-atomic.ts";
import { sha256Hex } from "../hash/sha256.ts";

/**
 * sha256 of files, remembered by what the file system says of them (size, inode, modification and
 * change times), so that a build does not read and hash every photo again when none changed. Any
 * write to a file changes its change time (which no tool can set back), so a stale hash is never
 * used; a false "changed" only costs hashing the file again.
 */
export interface FileHashMemo {
  /** The file's sha256, or undefined when it cannot be read. */
  hash(location: string): Promise<string | undefined>;
  /** Writes the memo back when it learnt something. */
  save(): Promise<void>;
}

interface Remembered {
  stamp: string;
  sha256: string;
}

const VERSION = 1;

export async function openFileHashMemo(file: string): Promise<FileHashMemo> {
  let known: Record<string, Remembered> = {};
  try {
    const read = JSON.parse(await readFile(file, "utf8")) as {
      version?: number;
      files?: Record<string, Remembered>;
    };
    if (read.version === VERSION && read.files) known = read.files;
  } catch {
    // First run, or a damaged memo: every file is hashed.
  }
  const seen: Record<string, Remembered> = {};
  let learnt = false;
  return {
    async hash(location) {
      try {
        const info = await stat(location, { bigint: true });
        const stamp = `${info.size}:${info.ino}:${info.mtimeNs}:${info.ctimeNs}`;
        const before = known[location];
        if (before?.stamp === stamp) {
          seen[location] = before;
          return before.sha256;
        }
        const sha256 = sha256Hex(await readFile(location));
        seen[location] = { stamp, sha256 };
        learnt = true;
        return sha256;
      } catch {
        return undefined;
      }
    },
    async save() {
      // Only the files of this run are kept, so the memo never outgrows the content.
      const forgotten = Object.keys(known).some((location) => !(location in seen));
      if (!learnt && !forgotten) return;
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, JSON.stringify({ version: VERSION, files: seen }));
    },
  };
}
