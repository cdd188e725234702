import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The test Studio (test/e2e/studio/), as a house deploys it. */
export const STUDIO_DIR = path.resolve(import.meta.dirname, "../studio");

/**
 * Builds the test Studio with the real `sanity build` (the CLI of `@sanity/cli`, run by the
 * Node that runs the suite) into `outDir`: the same bundle a house deploys, plugin included.
 */
export async function buildStudio(outDir: string): Promise<void> {
  const cli = path.resolve(STUDIO_DIR, "../../../node_modules/@sanity/cli/bin/run.js");
  await run(process.execPath, [cli, "build", outDir, "--yes"], {
    cwd: STUDIO_DIR,
    env: { ...process.env, SANITY_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1", NO_COLOR: "1" },
    maxBuffer: 16 * 1024 * 1024,
  });
}
