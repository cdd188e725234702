import { lstat, readdir, readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { createIssue } from "../errors/issue.ts";
import { IssueError } from "../errors/issue-error.ts";
import { isWithin } from "../fs/is-within.ts";

/** What a Relais output folder holds at its top: anything else means the folder is not Relais's. */
const OUTPUT_NAMES = new Set([
  "manifest.json",
  "files",
  // The folder of schema-1 outputs, before kits: an old dist/ is still Relais's to replace.
  "packs",
  "site",
  "report",
  "report.html",
  "report.json",
]);

export interface OutputGuardInput {
  /** The output folder, absolute. */
  out: string;
  /** Folders a build must never replace, with what they are: the project, its content, the cache. */
  protectedFolders: readonly { folder: string; what: string }[];
}

/**
 * Relais only ever replaces its own output: the swap renames whatever is at `--out` aside and
 * deletes it, so an `--out` naming a file, a folder with other content, the content, the project
 * or a parent of them would destroy what is not Relais's. A folder is Relais's when it is empty
 * or holds a Relais manifest and nothing but what a build writes.
 */
export async function guardOutput({ out, protectedFolders }: OutputGuardInput): Promise<void> {
  const realOut = await realOrSelf(out);
  for (const { folder, what } of protectedFolders) {
    const realFolder = await realOrSelf(folder);
    if (isWithin(realOut, realFolder)) {
      refuse(out, `${realFolder === realOut ? "" : "a parent of "}${what} (${folder})`);
    }
  }
  let stats: Awaited<ReturnType<typeof lstat>>;
  try {
    stats = await lstat(out);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  if (stats.isSymbolicLink())
    refuse(out, "a symbolic link (Relais would replace the link, not its target)");
  if (!stats.isDirectory()) refuse(out, "an existing file");
  const names = await readdir(out);
  if (names.length === 0) return;
  const strangers = names.filter((name) => !OUTPUT_NAMES.has(name));
  if (strangers.length > 0 || !(await isRelaisManifest(path.join(out, "manifest.json")))) {
    const shown = strangers.length > 0 ? strangers : names;
    refuse(
      out,
      `a folder Relais did not write (it holds ${shown.slice(0, 3).join(", ")}${shown.length > 3 ? ", …" : ""})`,
    );
  }
}

async function isRelaisManifest(file: string): Promise<boolean> {
  try {
    const manifest = JSON.parse(await readFile(file, "utf8")) as {
      schemaVersion?: unknown;
      packs?: unknown;
      kits?: unknown;
    };
    // Schema 1 listed packs, schema 2 lists kits: both are outputs Relais wrote.
    return (
      typeof manifest.schemaVersion === "number" &&
      (Array.isArray(manifest.kits) || Array.isArray(manifest.packs))
    );
  } catch {
    return false;
  }
}

function refuse(out: string, found: string): never {
  throw new IssueError(
    [
      createIssue("OutputRefused", {
        origin: "--out",
        path: out,
        expected: "a new folder, an empty one, or one a previous Relais build wrote",
        found,
      }),
    ],
    2,
  );
}

/** The path with its links resolved as far as it exists, so `./dist` and a link to it compare. */
async function realOrSelf(target: string): Promise<string> {
  const resolved = path.resolve(target);
  try {
    return await realpath(resolved);
  } catch {
    const parent = path.dirname(resolved);
    if (parent === resolved) return resolved;
    return path.join(await realOrSelf(parent), path.basename(resolved));
  }
}
