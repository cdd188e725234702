import { createHash } from "node:crypto";
import { constants, createWriteStream, rmSync } from "node:fs";
import {
  access,
  copyFile,
  link,
  mkdir,
  readdir,
  rename,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { JsonStreamStringify } from "json-stream-stringify";
import { cleanUpOnExit } from "../fs/exit-cleanup.ts";
import { isAbandoned, makeOwnedFolder } from "../fs/owned-folder.ts";

/**
 * A new output folder written beside the old one and swapped in only by `commit()`, so a failed
 * or killed build never leaves a half-written `dist/` and the last good one stays until the new
 * one is complete. The caller holds the output's lock (`lockOutput`) from before `openStaging` to
 * after `commit()`.
 */
export interface Staging {
  /** The folder being written. */
  readonly dir: string;
  write(relative: string, content: string | Uint8Array): Promise<void>;
  /**
   * Writes `value` as `JSON.stringify(value, null, 2)` and a newline, the same bytes, streamed:
   * a catalog's manifest is never held whole as text beside its object. Returns the file's sha256.
   */
  writeJson(relative: string, value: unknown): Promise<string>;
  /**
   * Puts `from` (a file of the content-addressed cache, never changed in place) at `relative`: a
   * hard link where the file system allows it, so a rebuild moves no bytes; a copy otherwise.
   */
  copy(relative: string, from: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export async function openStaging(out: string): Promise<Staging> {
  const dir = await makeOwnedFolder(path.dirname(out), stagingPrefix(out));
  const forget = cleanUpOnExit(() => rmSync(dir, { recursive: true, force: true }));
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
    async writeJson(relative, value) {
      const file = await target(relative);
      const hash = createHash("sha256");
      const text = new JsonStreamStringify(value, undefined, 2);
      await pipeline(async function* () {
        for await (const chunk of text) {
          hash.update(chunk);
          yield chunk;
        }
        hash.update("\n");
        yield "\n";
      }, createWriteStream(file));
      return hash.digest("hex");
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
      // From here a process that ends leaves the swap to `recoverOutput`.
      forget();
      const previous = `${dir}${PREVIOUS}`;
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
      forget();
      await rm(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 50 }).catch(
        () => undefined,
      );
    },
  };
}

/** Staging folders of `out`: `.<out>-next-<owner>-<random>`, and `…-previous` during a swap. */
function stagingPrefix(out: string): string {
  return `.${path.basename(out)}-next-`;
}

const PREVIOUS = "-previous";

export interface Recovery {
  /** The output folder was missing and the one a killed build had moved aside was put back. */
  restored: boolean;
  /** Staging folders of killed builds, removed. */
  removed: string[];
}

/**
 * Finishes what a build killed while writing `out` left, before another writes it (the caller
 * holds the output's lock): a build killed between moving the last output aside and moving its
 * own in left no `out` at all, so the last output is put back; then every staging folder whose
 * build is gone (or ran elsewhere) is removed.
 */
export async function recoverOutput(out: string): Promise<Recovery> {
  const parent = path.dirname(out);
  const prefix = stagingPrefix(out);
  const names = await readdir(parent).catch(() => [] as string[]);
  const abandoned: string[] = [];
  for (const name of names) {
    // Under the lock, a staging folder from elsewhere is no running build's either.
    if (await isAbandoned(parent, prefix, name, 0)) abandoned.push(name);
  }
  let restored = false;
  if (!(await exists(out))) {
    const previous = abandoned.filter((name) => name.endsWith(PREVIOUS));
    const times = await Promise.all(
      previous.map(async (name) => (await stat(path.join(parent, name))).mtimeMs),
    );
    const latest = previous[times.indexOf(Math.max(...times))];
    if (latest !== undefined) {
      await rename(path.join(parent, latest), out);
      restored = true;
    }
  }
  const removed: string[] = [];
  for (const name of abandoned) {
    const folder = path.join(parent, name);
    if (!(await exists(folder))) continue;
    await rm(folder, { recursive: true, force: true });
    removed.push(name);
  }
  return { restored, removed };
}

function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
