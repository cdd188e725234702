import { createHash } from "node:crypto";
import { readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomic } from "../fs/write-file-atomic.ts";
import { sha256Hex } from "../hash/sha256.ts";
import { compareCodepoints } from "../text/compare-codepoints.ts";

/**
 * What the last successful build was made of, kept in the cache folder. A build whose inputs hash
 * to the same fingerprint, with the output it wrote still in place, would write the same bytes
 * again: it leaves `dist/` as it is instead (a no-change rebuild then costs reading and planning).
 */
export interface LastBuild {
  fingerprint: string;
  /** The output folder it wrote, and the hash of its manifest.json, to see it is still there. */
  out: string;
  manifestSha256: string;
  counts: OutputCounts;
}

/** What a build wrote, for its summary line. */
export interface OutputCounts {
  kits: number;
  files: number;
  /** Image files in the kits (one file shared by several kits counts once per kit). */
  images: number;
  warnings: number;
}

const RECORD = "last-build.json";

/**
 * Relais's own code and dependency versions: a change to either can change the output. Source
 * files count by what the file system says of them (size, modification and change times: any
 * edit or checkout changes them), which keeps a rebuild with nothing changed quick; the package
 * manifests count by content.
 */
let codeHash: Promise<string> | undefined;

function hashOfCode(): Promise<string> {
  codeHash ??= (async () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const hash = createHash("sha256");
    // Every file of src/: code, pages, styles, and any asset the site may gain.
    const entries = await readdir(path.join(root, "src"), { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
      .sort();
    const stamps = await Promise.all(
      files.map(async (name) => {
        const info = await stat(path.join(root, name), { bigint: true });
        return `${name}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
      }),
    );
    hash.update(stamps.join("\n"));
    for (const name of ["package.json", "package-lock.json", "astro.config.mjs"]) {
      try {
        hash.update(`\0${name}\0`).update(await readFile(path.join(root, name)));
      } catch {
        // An installed copy without a lockfile: the package version still counts.
      }
    }
    return hash.digest("hex");
  })();
  return codeHash;
}

/**
 * The fingerprint of a build: everything its output is made of. `inputs` must hold only what
 * decides the output's bytes (never the clock itself: the plan, which the clock decides, is in).
 */
export async function buildFingerprint(inputs: Record<string, unknown>): Promise<string> {
  const hash = createHash("sha256").update(await hashOfCode());
  for (const [name, value] of Object.entries(inputs).sort(([a], [b]) => compareCodepoints(a, b))) {
    hash.update(`\0${name}\0`).update(JSON.stringify(value) ?? "undefined");
  }
  return hash.digest("hex");
}

/** The last build's counts, when its fingerprint is this one and its output is still there. */
export async function unchangedBuild(
  cacheDir: string,
  out: string,
  fingerprint: string,
): Promise<OutputCounts | undefined> {
  try {
    const last = JSON.parse(await readFile(path.join(cacheDir, RECORD), "utf8")) as LastBuild;
    if (last.fingerprint !== fingerprint || last.out !== out || !last.counts) return undefined;
    const manifest = await readFile(path.join(out, "manifest.json"));
    if (sha256Hex(manifest) !== last.manifestSha256) return undefined;
    return last.counts;
  } catch {
    return undefined;
  }
}

export async function recordBuild(cacheDir: string, record: LastBuild): Promise<void> {
  const file = path.join(cacheDir, RECORD);
  const last: LastBuild = {
    fingerprint: record.fingerprint,
    out: record.out,
    manifestSha256: record.manifestSha256,
    counts: record.counts,
  };
  await writeFileAtomic(file, `${JSON.stringify(last, null, 2)}\n`);
}

/** Forgets the last build: the next one writes everything (called before `dist/` is replaced). */
export async function forgetBuild(cacheDir: string): Promise<void> {
  await rm(path.join(cacheDir, RECORD), { force: true });
}
