import { constants } from "node:fs";
import { copyFile, link, mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * A new output folder written beside the old one and swapped in only by `commit()`, so a failed
 * or killed build never leaves a half-written `dist/` and the last good one stays until the new
 * one is complete.
 */
export interface Staging {
  /** The folder being written. */
  readonly dir: string;
  write(relative: string, content: string | Uint8Array): Promise<void>;
  /**
   * Puts `from` (a file of the content-addressed cache, never changed in place) at `relative`: a
   * hard link where the file system allows it, so a rebuild moves no bytes; a copy otherwise.
   */
  copy(relative: string, from: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export async function openStaging(out: string): Promise<Staging> {
  const parent = path.dirname(out);
  await mkdir(parent, { recursive: true });
  const dir = await mkdtemp(path.join(parent, `.${path.basename(out)}-next-`));
  const firstCopies = new Map<string, string>();
  // Set by abort(): writers still in flight (packs are written several at once) must not make
  // the folder again after it was removed.
  let aborted = false;
  // Folders already made, shared by concurrent writers: each folder costs one mkdir.
  const folders = new Map<string, Promise<unknown>>();

  const target = async (relative: string) => {
    if (aborted) throw new Error("[relais] [pack] The build stopped; nothing more is written");
    const file = path.join(dir, relative);
    if (!file.startsWith(dir + path.sep))
      throw new Error(`[relais] [pack] Refusing to write outside the output: ${relative}`);
    const folder = path.dirname(file);
    let made = folders.get(folder);
    if (!made) {
      made = mkdir(folder, { recursive: true });
      folders.set(folder, made);
    }
    await made;
    return file;
  };

  return {
    dir,
    async write(relative, content) {
      await writeFile(await target(relative), content);
    },
    async copy(relative, from) {
      const file = await target(relative);
      try {
        await link(from, file);
      } catch {
        // Another device or a file system without hard links: copy once, link the repeats.
        const first = firstCopies.get(from);
        if (first) await link(first, file);
        else {
          await copyFile(from, file, constants.COPYFILE_FICLONE);
          firstCopies.set(from, file);
        }
      }
    },
    async commit() {
      const previous = `${dir}-previous`;
      let hadPrevious = true;
      try {
        await rename(out, previous);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
        hadPrevious = false;
      }
      try {
        await rename(dir, out);
      } catch (error) {
        if (hadPrevious) await rename(previous, out);
        throw error;
      }
      if (hadPrevious) await rm(previous, { recursive: true, force: true });
    },
    /**
     * Removes the staging folder, never throwing: it runs after a failure, whose error is the one
     * to report. Writers still finishing can refill a folder being removed, so removal is retried.
     */
    async abort() {
      aborted = true;
      await rm(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 50 }).catch(
        () => undefined,
      );
    },
  };
}
