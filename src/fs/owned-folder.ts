import { mkdir, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { ownerState, ownerToken, parseOwnerToken } from "./process-owner.ts";

/**
 * A folder only this process writes, named `<prefix><machine>-<pid>-<started>-<random>`: a build
 * killed before it removes its folders leaves them named for a process that no longer runs, so a
 * later build can remove them without touching the folders of a build still running.
 */
export async function makeOwnedFolder(parent: string, prefix: string): Promise<string> {
  await mkdir(parent, { recursive: true });
  return mkdtemp(path.join(parent, `${prefix}${ownerToken()}-`));
}

/** A folder of another machine (or of this one before a reboot) is removed only when this old. */
const FOREIGN_AGE_MS = 24 * 60 * 60_000;

/**
 * Whether the owned folder named `name` (after `prefix`) was abandoned: its process is gone, or
 * it is another machine's (or container's) and untouched for `foreignAgeMs`, a day unless the
 * caller knows better (the holder of an output's lock knows no other build writes beside it).
 * Names Relais did not make are never abandoned.
 */
export async function isAbandoned(
  parent: string,
  prefix: string,
  name: string,
  foreignAgeMs = FOREIGN_AGE_MS,
): Promise<boolean> {
  if (!name.startsWith(prefix)) return false;
  const owner = parseOwnerToken(name.slice(prefix.length));
  if (!owner) return false;
  const state = ownerState(owner);
  if (state !== "elsewhere") return state === "gone";
  const info = await stat(path.join(parent, name)).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs >= foreignAgeMs;
}

/** Removes the folders of `parent` named `<prefix><owner>…` whose owner is gone; returns their names. */
export async function removeAbandoned(parent: string, prefix: string): Promise<string[]> {
  const names = await readdir(parent).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!(await isAbandoned(parent, prefix, name))) continue;
    await rm(path.join(parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
