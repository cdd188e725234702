import { stripVTControlCharacters } from "node:util";
import { main } from "../../src/cli/main.ts";

/**
 * Runs the real command line in-process and captures what it prints, without the colours
 * picocolors adds where it sees a terminal or a CI (`CI=true`).
 */
export async function runCli(args: string[], cwd: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(args, {
    cwd,
    output: {
      stdout: (text) => stdout.push(stripVTControlCharacters(text)),
      stderr: (text) => stderr.push(stripVTControlCharacters(text)),
    },
  });
  return { code, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}
