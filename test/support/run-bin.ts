import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export const BIN = path.resolve(import.meta.dirname, "../../bin/relais.js");

export interface BinResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface BinRun {
  /** The bin/relais.js process (it starts the build as its own child on Linux). */
  process: ChildProcess;
  done: Promise<BinResult>;
}

/**
 * Runs `bin/relais.js` as a person or a CI runner does: a process of its own. `detached` puts it
 * in a process group of its own, so a test can kill it with the build it started.
 */
export function startBin(
  args: string[],
  cwd: string,
  options: { detached?: boolean; env?: NodeJS.ProcessEnv } = {},
): BinRun {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    detached: options.detached ?? false,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const done = new Promise<BinResult>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { process: child, done };
}

export function runBin(
  args: string[],
  cwd: string,
  options: { env?: NodeJS.ProcessEnv } = {},
): Promise<BinResult> {
  return startBin(args, cwd, options).done;
}
