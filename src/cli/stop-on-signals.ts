import { runExitCleanups } from "../fs/exit-cleanup.ts";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * How the command line stops when told to (Ctrl-C, a CI runner cancelling a job, a closed
 * terminal) or when the `bin/relais.js` that started it is gone, however it ended (`kill -9`
 * included: the IPC channel it opened closes): the build removes its own scratch folders and
 * releases the output's lock, and the process ends by the signal. The last output stays as it
 * was; if it stopped while it swapped its output in, the next build puts the last one back
 * (`recoverOutput`).
 */
export function stopOnSignals(): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second signal (a terminal's Ctrl-C reaches both processes, and the parent passes it on)
    // waits for the first's cleanup.
    if (stopping) return;
    stopping = true;
    runExitCleanups();
    for (const name of SIGNALS) process.off(name, stop);
    process.kill(process.pid, signal);
  };
  for (const signal of SIGNALS) process.on(signal, stop);
  if (process.channel) {
    process.on("disconnect", () => stop("SIGTERM"));
    // The channel only watches the parent: it must not keep a finished build running.
    process.channel.unref();
  }
}
