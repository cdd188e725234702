/**
 * What a build removes or releases if the process ends before it does (an uncaught error, or a
 * signal the command line turns into `runExitCleanups()`): its own scratch folders and its lock.
 * Each cleanup is synchronous, as the last thing a process does must be. A process killed outright
 * (`kill -9`, power loss) runs none of them: the next build removes what it left (`removeAbandoned`).
 */
const cleanups = new Set<() => void>();
let hooked = false;

/** Runs `cleanup` if the process ends first; the returned function forgets it. */
export function cleanUpOnExit(cleanup: () => void): () => void {
  if (!hooked) {
    process.on("exit", runExitCleanups);
    hooked = true;
  }
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

/** Runs every pending cleanup once, newest first (a lock is released after its folders go). */
export function runExitCleanups(): void {
  for (const cleanup of [...cleanups].reverse()) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // The process is ending: what cannot be removed now is removed by the next build.
    }
  }
}
