/**
 * Astro builds one site at a time in a process: it keeps state in module globals, and `buildSite`
 * changes the process's working folder for the length of a build. Builds in separate processes
 * run side by side, each in its own work folder (`buildSite`'s `workDir`).
 */
let inProcess: Promise<unknown> = Promise.resolve();

export function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const turn = inProcess.then(work);
  inProcess = turn.catch(() => undefined);
  return turn;
}
