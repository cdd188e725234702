// @ts-check
import { cp, mkdir, readdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { housePackage, packageNameFor } from "./house-package.js";

const TEMPLATE = new URL("../template/", import.meta.url);

/** A mistake of the person running create-relais: printed as it is, without a stack trace. */
export class CreateError extends Error {
  name = "CreateError";
}

/**
 * Writes a new house repository into `folder` (made when missing; it must be empty, so nothing of
 * the person's is ever overwritten) from the template, with its package.json.
 * @param {{ folder: string, relais: string }} options
 * @returns {Promise<string>} the absolute folder
 */
export async function createHouse({ folder, relais }) {
  const target = path.resolve(folder);
  await ensureEmptyFolder(target);
  await cp(TEMPLATE, target, { recursive: true });
  // npm leaves .gitignore files out of a published package, so the template holds it unprefixed.
  await rename(path.join(target, "gitignore"), path.join(target, ".gitignore"));
  const name = packageNameFor(path.basename(target));
  await writeFile(
    path.join(target, "package.json"),
    `${JSON.stringify(housePackage({ name, relais }), null, 2)}\n`,
  );
  return target;
}

/** @param {string} target */
async function ensureEmptyFolder(target) {
  /** @type {string[]} */
  let entries;
  try {
    entries = await readdir(target);
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    if (code === "ENOENT") return void (await mkdir(target, { recursive: true }));
    if (code === "ENOTDIR") {
      throw new CreateError(
        `${target} is a file, not a folder. Expected a new or empty folder for the house: name another one.`,
      );
    }
    throw error;
  }
  if (entries.length > 0) {
    const shown = entries.slice(0, 5).join(", ") + (entries.length > 5 ? ", …" : "");
    throw new CreateError(
      `${target} is not empty (it holds ${shown}). Expected a new or empty folder, so that nothing ` +
        "in it is overwritten: name a new folder, or empty this one first.",
    );
  }
}
