import { randomUUID } from "node:crypto";
import type { Dirent } from "node:fs";
import {
  link,
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  unlink,
  writeFile,
} from "node:fs/promises";
import path from "node:path";
import { removeAbandoned } from "../fs/owned-folder.ts";
import { ownerToken } from "../fs/process-owner.ts";
import { assertName, compareNames, nameProblem, type StoreDriver } from "./driver.ts";
import { StoreError } from "./store-error.ts";

/** Where writes are made before they are linked into place; a dot name is never an object's. */
const TEMPORARY_FOLDER = ".tmp";

/**
 * Objects as files under a folder: `blobs/ab12…` is `<folder>/blobs/ab12…`. Ext4, APFS and NFS
 * keep tens of thousands of files in one folder without trouble, so names are not sharded: a
 * file's path is its name, which keeps `list` a plain ordered walk.
 *
 * Create-only and atomic: the bytes go to a temporary file under `<folder>/.tmp/`, named for the
 * writing process, then are hard-linked to the final name. `link` fails when the name exists, so
 * of two processes creating one name exactly one creates it, and a process killed halfway leaves
 * only a temporary file, which no read or list ever sees (see `removeAbandonedTemporaries`).
 */
export class LocalDriver implements StoreDriver {
  readonly folder: string;
  readonly location: string;

  constructor(folder: string) {
    this.folder = path.resolve(folder);
    this.location = this.folder;
  }

  /** The file that holds (or would hold) the object `name`. */
  pathOf(name: string): string {
    assertName(name, this.location);
    return path.join(this.folder, ...name.split("/"));
  }

  async get(name: string): Promise<Uint8Array | undefined> {
    try {
      return await readFile(this.pathOf(name));
    } catch (error) {
      if (isAbsence(error)) return undefined;
      throw this.failure(`reading ${name}`, error);
    }
  }

  async has(name: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(name))).isFile();
    } catch (error) {
      if (isAbsence(error)) return false;
      throw this.failure(`checking ${name}`, error);
    }
  }

  async create(name: string, bytes: Uint8Array): Promise<"created" | "exists"> {
    const target = this.pathOf(name);
    if (await this.has(name)) return "exists";
    const temporaries = path.join(this.folder, TEMPORARY_FOLDER);
    const temporary = path.join(temporaries, `${ownerToken()}-${randomUUID()}`);
    try {
      await mkdir(temporaries, { recursive: true });
      await writeFile(temporary, bytes);
      await mkdir(path.dirname(target), { recursive: true });
      return await linkCreateOnly(temporary, target);
    } catch (error) {
      throw this.failure(`writing ${name}`, error);
    } finally {
      await rm(temporary, { force: true });
    }
  }

  async *list(prefix: string): AsyncIterable<string> {
    const cut = prefix.lastIndexOf("/");
    const folder = prefix.slice(0, cut + 1);
    if (folder !== "") assertName(folder.slice(0, -1), this.location);
    yield* this.walk(folder, prefix);
  }

  async remove(name: string): Promise<void> {
    try {
      await unlink(this.pathOf(name));
    } catch (error) {
      if (isAbsence(error)) return;
      throw this.failure(`removing ${name}`, error);
    }
  }

  /**
   * Removes the temporary files of writers that were killed (their process is gone, or, for a
   * shared folder, another machine's left for a day); returns how many. Never needed for
   * correctness: they are never read or listed, only kept off the disk.
   */
  async removeAbandonedTemporaries(): Promise<number> {
    return (await removeAbandoned(path.join(this.folder, TEMPORARY_FOLDER), "")).length;
  }

  /** `folder` is a logical folder ("" or ending with "/"); yields the names under it that start with `prefix`. */
  private async *walk(folder: string, prefix: string): AsyncIterable<string> {
    let entries: Dirent[];
    try {
      entries = await readdir(path.join(this.folder, ...folder.split("/")), {
        withFileTypes: true,
      });
    } catch (error) {
      if (isAbsence(error)) return;
      throw this.failure(`listing ${prefix === "" ? "all objects" : prefix}`, error);
    }
    // A folder sorts as its name with "/", which is where its objects' names sort among the files.
    const children = entries
      .filter((entry) => nameProblem(entry.name) === undefined)
      .flatMap((entry) => {
        if (entry.isFile()) return [{ name: folder + entry.name, isFolder: false }];
        if (entry.isDirectory()) return [{ name: `${folder + entry.name}/`, isFolder: true }];
        return [];
      })
      .filter(({ name, isFolder }) =>
        isFolder ? name.startsWith(prefix) || prefix.startsWith(name) : name.startsWith(prefix),
      )
      .sort((a, b) => compareNames(a.name, b.name));
    for (const child of children) {
      if (child.isFolder) yield* this.walk(child.name, prefix);
      else yield child.name;
    }
  }

  private failure(operation: string, error: unknown): StoreError {
    const code = (error as NodeJS.ErrnoException).code;
    const unwritable = ["EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "ENOTDIR", "EEXIST"];
    return new StoreError(
      code !== undefined && unwritable.includes(code) ? "StoreFolderUnwritable" : "StoreFailed",
      { location: this.location, operation, found: (error as Error).message },
      { cause: error },
    );
  }
}

/**
 * `link` creates the name only if it is free. File systems without hard links (some FUSE and
 * SMB mounts) get a check then a rename instead: two writers may then both rename, the last one
 * winning, which for content-addressed names means the same bytes.
 */
async function linkCreateOnly(temporary: string, target: string): Promise<"created" | "exists"> {
  try {
    await link(temporary, target);
    return "created";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return "exists";
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw error;
  }
  try {
    await stat(target);
    return "exists";
  } catch {
    await rename(temporary, target);
    return "created";
  }
}

/** Not there: no such file, or a file where the path needs a folder (or the reverse). */
function isAbsence(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR";
}
