// @ts-check
import { spawn } from "node:child_process";
import { CreateError } from "./create-house.js";

/**
 * Runs `npm install` in the new house: it writes package-lock.json (which the house commits, so
 * every `npm ci` after installs the same versions) and node_modules, ready to build.
 * @param {string} folder
 * @returns {Promise<void>}
 */
export function installHouse(folder) {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  return new Promise((resolve, reject) => {
    const child = spawn(npm, ["install"], {
      cwd: folder,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(
            new CreateError(
              `npm install in ${folder} failed (exit code ${code}, see above): fix what npm says, then run npm install there again.`,
            ),
          ),
    );
  });
}
