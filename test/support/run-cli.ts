import { main } from "../../src/cli/main.ts";

/** Runs the real command line in-process and captures what it prints. */
export async function runCli(args: string[], cwd: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(args, {
    cwd,
    output: { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) },
  });
  return { code, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}
