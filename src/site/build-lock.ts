import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Astro keeps a project's working files at fixed places (`.astro/` in the root, and for an output
 * folder outside the working directory, its prerender bundle in `./.astro/.prerender`, removed
 * after each build). Two builds of one project at the same time, from one process or several
 * (a CLI run beside a test run), would remove each other's files: they take turns.
 */
let inProcess: Promise<unknown> = Promise.resolve();

export function withBuildLock<T>(root: string, work: () => Promise<T>): Promise<T> {
  const turn = inProcess.then(() => withFileLock(root, work));
  inProcess = turn.catch(() => undefined);
  return turn;
}

const POLL_MS = 200;
const WAIT_MS = 10 * 60_000;

async function withFileLock<T>(root: string, work: () => Promise<T>): Promise<T> {
  const id = createHash("sha256").update(path.resolve(root)).digest("hex").slice(0, 16);
  const lock = path.join(os.tmpdir(), `relais-site-build-${id}.lock`);
  const started = Date.now();
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (await isStale(lock)) {
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > WAIT_MS) {
        throw new Error(
          `[relais] [site] Another site build of ${root} has held ${lock} for over ${WAIT_MS / 60_000} minutes; if no build is running, remove that folder`,
        );
      }
      await sleep(POLL_MS);
    }
  }
  try {
    await writeFile(path.join(lock, "pid"), String(process.pid));
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** A lock whose process has ended (a build that crashed or was killed) no longer holds. */
async function isStale(lock: string): Promise<boolean> {
  const pid = Number(await readFile(path.join(lock, "pid"), "utf8").catch(() => ""));
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}
