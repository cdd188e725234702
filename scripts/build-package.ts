// Compiles src/ into lib/ for the published package (`npm pack` runs it first). lib/ is emptied
// first so a source file that was removed or renamed leaves no stale module behind.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
rmSync(path.join(root, "lib"), { recursive: true, force: true });
const tsc = spawnSync("tsc", ["-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
process.exitCode = tsc.status ?? 1;
