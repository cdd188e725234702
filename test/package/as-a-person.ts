import { spawn } from "node:child_process";
import path from "node:path";

export interface Run {
  code: number | null;
  /** What the command wrote on stdout. */
  stdout: string;
  /** stdout and stderr as a person sees them, interleaved. */
  output: string;
}

/**
 * Runs a shell command as a person at a terminal would: with the machine's own Node and npm, not
 * the Node that this repository's npm scripts put first on PATH, and without the variables npm
 * and vitest set for this test run (npm reads npm_config_* as its own settings).
 */
export function runAsPerson(command: string, cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { cwd, env: personEnvironment(), shell: "/bin/sh" });
    let stdout = "";
    let output = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, output }));
  });
}

function personEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(npm_|VITEST|NODE_ENV$|NODE_OPTIONS$|INIT_CWD$)/i.test(name)) continue;
    env[name] = value;
  }
  env.PATH = (process.env.PATH ?? "")
    .split(path.delimiter)
    .filter((folder) => !folder.includes(`${path.sep}node_modules${path.sep}`))
    .join(path.delimiter);
  return env;
}
