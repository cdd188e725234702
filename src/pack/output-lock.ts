import { randomUUID } from "node:crypto";
import { readFileSync, renameSync, rmSync } from "node:fs";
import { mkdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createIssue } from "../errors/issue.ts";
import { IssueError } from "../errors/issue-error.ts";
import { cleanUpOnExit } from "../fs/exit-cleanup.ts";
import { makeOwnedFolder } from "../fs/owned-folder.ts";
import { currentOwner, ownerState, ownerToken, type ProcessOwner } from "../fs/process-owner.ts";

/** Who holds an output folder's lock, as its `owner.json` says. */
export interface LockHolder extends ProcessOwner {
  /** The host name, for people (the owner's `machine` is a hash). */
  host: string;
  /** When the lock was taken (ISO-8601). */
  since: string;
  /** This taking of the lock: a process may take it again after releasing it. */
  id: string;
}

export interface OutputLock {
  /** Throws `OutputBusy` when the lock is no longer this build's (taken from it as abandoned). */
  verify(): Promise<void>;
  release(): Promise<void>;
}

export interface LockOptions {
  /** Called once when another build holds the lock and this one starts waiting. */
  onWait?: (holder: LockHolder, lock: string) => void;
  /**
   * How long to wait for a holder on another machine (or in another container), whose process
   * cannot be checked, before refusing with `OutputBusy`. A holder on this machine is waited for
   * while it runs, and its lock is taken over as soon as it is gone.
   * @default 10 minutes
   */
  waitElsewhereMs?: number;
  /**
   * A holder touches its lock this often, so that one elsewhere is known to be alive.
   * @default 15 seconds
   */
  heartbeatMs?: number;
  /**
   * A lock from elsewhere untouched this long was left by a build that ended (a killed CI job's
   * container, a machine switched off) and is taken over.
   * @default 2 minutes
   */
  staleAfterMs?: number;
  /** @default 250 */
  pollMs?: number;
}

/** `.<out>-lock`, beside the output folder. */
export function outputLockPath(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}-lock`);
}

/** Drafts of the lock and locks set aside to be removed: `.<out>-lock-<owner>-…`. */
export function outputLockPrefix(out: string): string {
  return `.${path.basename(out)}-lock-`;
}

/**
 * Takes the output folder's lock: one build at a time writes an output folder, from the check
 * that it is unchanged to the swap. The lock is a folder holding its owner, made whole beside it
 * and renamed into place, so it never exists without saying whose it is. Released on exit; a lock
 * whose process is gone (a build killed outright) is taken over, and so is one from another
 * machine or container that its holder stopped touching (`staleAfterMs`).
 */
export async function lockOutput(out: string, options: LockOptions = {}): Promise<OutputLock> {
  const { onWait, waitElsewhereMs = 10 * 60_000, pollMs = 250 } = options;
  const { heartbeatMs = 15_000, staleAfterMs = 2 * 60_000 } = options;
  const lock = outputLockPath(out);
  const parent = path.dirname(lock);
  const prefix = outputLockPrefix(out);
  const holder: LockHolder = {
    ...currentOwner(),
    host: os.hostname(),
    since: new Date().toISOString(),
    id: randomUUID(),
  };
  await mkdir(parent, { recursive: true });
  const draft = await makeOwnedFolder(parent, prefix);
  const forgetDraft = cleanUpOnExit(() => rmSync(draft, { recursive: true, force: true }));
  const started = Date.now();
  let told = false;
  try {
    await writeFile(path.join(draft, "owner.json"), `${JSON.stringify(holder)}\n`);
    for (;;) {
      try {
        await rename(draft, lock);
        break;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== "EEXIST" && code !== "ENOTEMPTY") throw error;
      }
      const current = await readHolder(lock);
      let state = current ? ownerState(current) : "gone";
      if (state === "elsewhere" && (await untouchedFor(lock)) > staleAfterMs) state = "gone";
      if (state === "gone") {
        await setAside(lock, parent, prefix, current?.id);
        continue;
      }
      if (current && state === "elsewhere" && Date.now() - started > waitElsewhereMs) {
        throw busy(out, lock, current);
      }
      if (current && !told) {
        onWait?.(current, lock);
        told = true;
      }
      await sleep(pollMs);
    }
  } catch (error) {
    await rm(draft, { recursive: true, force: true });
    throw error;
  } finally {
    forgetDraft();
  }

  const holds = async () => (await readHolder(lock))?.id === holder.id;
  const ownerFile = path.join(lock, "owner.json");
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(ownerFile, now, now).catch(() => {});
  }, heartbeatMs);
  heartbeat.unref();
  const forgetLock = cleanUpOnExit(() => {
    if (!readFileSync(path.join(lock, "owner.json"), "utf8").includes(holder.id)) return;
    const aside = path.join(parent, `${prefix}${ownerToken()}-released-${holder.id}`);
    renameSync(lock, aside);
    rmSync(aside, { recursive: true, force: true });
  });
  return {
    async verify() {
      if (!(await holds())) {
        const current = await readHolder(lock);
        throw busy(out, lock, current, "this build's lock was taken over");
      }
    },
    async release() {
      clearInterval(heartbeat);
      forgetLock();
      if (await holds()) await setAside(lock, parent, prefix, holder.id);
    },
  };
}

/** How long since the lock's holder last touched it (see `heartbeatMs`). */
async function untouchedFor(lock: string): Promise<number> {
  const info = await stat(path.join(lock, "owner.json")).catch(() => undefined);
  return info ? Date.now() - info.mtimeMs : 0;
}

async function readHolder(lock: string): Promise<LockHolder | undefined> {
  try {
    const holder = JSON.parse(await readFile(path.join(lock, "owner.json"), "utf8"));
    return typeof holder?.pid === "number" && typeof holder?.id === "string" ? holder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Moves the lock aside (so it is gone at once) and removes it, when it is still the one judged:
 * another build may have taken the lock between the judging and the move, and gets it back.
 */
async function setAside(
  lock: string,
  parent: string,
  prefix: string,
  judged: string | undefined,
): Promise<void> {
  const aside = path.join(parent, `${prefix}${ownerToken()}-aside-${randomUUID()}`);
  try {
    await rename(lock, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = await readHolder(aside);
  if (moved !== undefined && moved.id !== judged) {
    // Taken meanwhile by a running build: put back. If a third took it since, the one moved
    // finds out before it swaps (`verify`).
    const back = await rename(aside, lock).then(
      () => true,
      () => false,
    );
    if (back) return;
  }
  await rm(aside, { recursive: true, force: true });
}

function busy(
  out: string,
  lock: string,
  holder: LockHolder | undefined,
  what = "another build is writing it",
): IssueError {
  const by = holder
    ? `the build of pid ${holder.pid} on ${holder.host} has held ${lock} since ${holder.since}`
    : `${lock} is held`;
  return new IssueError(
    [
      createIssue("OutputBusy", {
        origin: out,
        expected: "no other build writing this output folder",
        found: `${what}: ${by}`,
      }),
    ],
    1,
  );
}
