import { access, mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { temporaryPath, writeFileAtomic } from "../fs/write-file-atomic.ts";

/**
 * Files stored under the hash of what made them (zips, contact sheets): when the file exists, it
 * is the right one. Writes go to a temporary name and are renamed into place.
 */
export class BlobCache {
  readonly root: string;
  readonly extension: string;
  /** Where writes are made before they are renamed into place (see `writeFileAtomic`). */
  readonly scratch: string | undefined;

  constructor(root: string, extension: string, options: { scratch?: string } = {}) {
    this.root = root;
    this.extension = extension;
    this.scratch = options.scratch;
  }

  pathOf(key: string): string {
    return path.join(this.root, key.slice(0, 2), `${key}.${this.extension}`);
  }

  async has(key: string): Promise<boolean> {
    try {
      await access(this.pathOf(key));
      return true;
    } catch {
      return false;
    }
  }

  async put(key: string, bytes: Uint8Array): Promise<string> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, bytes, this.scratch);
    return target;
  }

  /**
   * Writes an entry piece by piece (`fill` calls `write` as often as it likes), so a large blob
   * never has to be whole in memory; renamed into place only once complete.
   */
  async putStream(
    key: string,
    fill: (write: (chunks: Uint8Array[]) => Promise<void>) => Promise<void>,
  ): Promise<string> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = temporaryPath(target, this.scratch);
    const handle = await open(temporary, "w");
    try {
      try {
        await fill(async (chunks) => {
          await handle.writev(chunks);
        });
      } finally {
        await handle.close();
      }
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return target;
  }
}
