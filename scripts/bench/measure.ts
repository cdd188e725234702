// How figures are taken: a build in a child process (wall time, phases, CPU, peak RSS), CPU time
// of a piece of work, and the contact sheets drawn again on their own.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { DistManifest } from "../../src/pack/manifest-types.ts";
import type { Staging } from "../../src/pack/staging.ts";
import { writeContactSheets } from "../../src/report/contact-sheets.ts";
import { kitSheet } from "../../src/report/kit-sheets.ts";
import { ContentStore } from "../../src/store/content-store.ts";
import { KeyedFiles } from "../../src/store/keyed-files.ts";
import type { ChildResult, ChildSpec } from "./child-build.ts";

const run = promisify(execFile);
const CHILD = path.join(import.meta.dirname, "child-build.ts");

export interface BuildFigures extends ChildResult {
  /** From spawning `node` to its exit: what a person waiting for `relais build` sees. */
  wallMs: number;
  /** The machine's 1-minute load average at the end: above the cores, others were using them. */
  load: number;
}

/** CPU time (user + system, every thread of this process) since `since`, in milliseconds. */
export function cpuSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/**
 * The environment `bin/relais.js` gives a build: at most 2 malloc arenas (it starts itself again
 * with that when the variable is not set).
 */
export const RELAIS_ENV: Record<string, string | undefined> = { MALLOC_ARENA_MAX: "2" };

/**
 * Runs one build in a fresh Node process, in the environment `relais build` runs in; `env` changes
 * it (a variable set to undefined is removed). A failed build stops the benchmark.
 */
export async function buildInChild(
  spec: ChildSpec,
  env: Record<string, string | undefined> = {},
): Promise<BuildFigures> {
  const started = performance.now();
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, [CHILD, JSON.stringify(spec)], {
      cwd: path.dirname(spec.config),
      env: Object.fromEntries(
        Object.entries({ ...process.env, ...RELAIS_ENV, ...env }).filter(
          ([, value]) => value !== undefined,
        ),
      ),
      maxBuffer: 16 * 1024 * 1024,
    }));
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    throw new Error(`[bench] The build failed (${spec.config}):\n${stderr ?? String(error)}`);
  }
  const wallMs = performance.now() - started;
  const last = stdout.trim().split("\n").at(-1) ?? "{}";
  return { ...(JSON.parse(last) as ChildResult), wallMs, load: os.loadavg()[0] ?? 0 };
}

/**
 * The contact sheets of a built output drawn again from scratch (an empty sheet cache): the share
 * of the cold build's pack phase that is image work.
 */
export async function timeContactSheets(dist: string, scratch: string): Promise<number> {
  const manifest = JSON.parse(
    await readFile(path.join(dist, "manifest.json"), "utf8"),
  ) as DistManifest;
  // The sheets read the packs' images from `dir`; what they write is not needed here.
  const staging: Staging = {
    dir: dist,
    write: async () => {},
    writeJson: async () => "",
    copy: async () => {},
    commit: async () => {},
    abort: async () => {},
  };
  const started = performance.now();
  const store = new ContentStore({ local: path.join(scratch, "store") });
  await writeContactSheets(staging, manifest.kits.map(kitSheet), {
    sheets: new KeyedFiles(store, "sheets"),
    tiles: new KeyedFiles(store, "tiles"),
  });
  const ms = performance.now() - started;
  await rm(scratch, { recursive: true, force: true });
  return ms;
}

/**
 * The output written once by the operating system's `cp`, from the page cache: the I/O any
 * build must do to put these bytes on disk, which the pixel floor leaves out. A rough floor for
 * the pack stage (it copies what the build hard-links, and builds no zip).
 */
export async function timeCopy(dist: string, target: string): Promise<number> {
  const started = performance.now();
  await run("cp", ["-r", dist, target]);
  const ms = performance.now() - started;
  await rm(target, { recursive: true, force: true });
  return ms;
}

export interface Published {
  /** Every file of the published site (or, without a site, the kit files and the manifest). */
  files: number;
  bytes: number;
  /** The files people download: images, originals, captions, READMEs, archives (no pages). */
  downloadBytes: number;
  /** The image files among them, each distinct content once. */
  distinctImages: number;
  distinctImageBytes: number;
}

const IMAGE_FILE = /\.(jpe?g|png|webp|avif)$/i;
/** Pages, feeds, sitemaps, the stylesheet and script: the site itself, not what it offers. */
const PAGE_FILE = /\.(html|xml|json|css|js|txt)$/i;

/**
 * What a house uploads from a built output against the images it holds: every byte of the
 * published folder (a file linked twice is uploaded twice, so it counts twice) over the bytes
 * of the distinct images among them. Archives that repeat images push the downloads' share up;
 * one file per content keeps it near 1. The pages are counted apart: they grow with kits ×
 * locales, whatever the images.
 */
export async function publishedBytes(dist: string): Promise<Published> {
  const site = path.join(dist, "site");
  const hasSite = await stat(site).then(
    () => true,
    () => false,
  );
  const roots = hasSite ? [site] : [path.join(dist, "files")];
  const listed: string[] = hasSite ? [] : [path.join(dist, "manifest.json")];
  for (const root of roots) {
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true }))
      if (entry.isFile()) listed.push(path.join(entry.parentPath, entry.name));
  }
  let bytes = 0;
  let downloadBytes = 0;
  const images = new Map<string, number>();
  for (const file of listed) {
    const content = await readFile(file);
    bytes += content.length;
    const download = file.includes(`${path.sep}files${path.sep}`) || !PAGE_FILE.test(file);
    if (download) downloadBytes += content.length;
    if (IMAGE_FILE.test(file))
      images.set(createHash("sha256").update(content).digest("hex"), content.length);
  }
  let distinctImageBytes = 0;
  for (const size of images.values()) distinctImageBytes += size;
  return {
    files: listed.length,
    bytes,
    downloadBytes,
    distinctImages: images.size,
    distinctImageBytes,
  };
}
