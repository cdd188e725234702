// The sharded builds' benchmark: `node scripts/bench/shard-bench.ts`, or `npm run bench -- --shards`
// after the render benchmark. On a catalog of `--scale` copies of every photo of ../shared/photos
// (10 by default: 10 × the render benchmark's catalog, every copy with its own bytes), one after
// another on this machine:
//   - the one-process build (`relais build`, an empty cache, no store);
//   - the same catalog in 1, 2 and 4 shards: each shard a fresh Node process with its own empty
//     cache, all of them sharing one empty store folder (`relais build --shard i/n --store …
//     --cache …`), then the merge in its own process with its own empty cache (`relais build
//     --merge --store … --cache …`);
//   - the catalog twice as large in 8 shards, so each shard has the same render work as one of 4
//     on the first, with twice the plan: shard 1 is measured on an empty store; shards 2–8 only
//     fill the store for the merge (with the 4-shard store of the first catalog copied in first,
//     which holds the renders of its first half), unless --all-shards measures each of them.
// Prints tables and the targets (PASS/MISS), records the figures in .relais/bench/shards-*.json.
// Exits 0 whatever the figures; 1 only if a build fails.
//   --scale <n>     copies of every photo (default 10; 1 or 2 for a quick check)
//   --all-shards    run and measure the 8 shards of the doubled catalog on an empty store
//   --keep          keep the temporary folder (catalogs, stores, outputs, caches)
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { ChildSpec } from "./child-build.ts";
import { describeMachine, fixed, machine, mib, seconds, table, verdict } from "./format.ts";
import { findPhotos, makeCatalog } from "./make-catalog.ts";
import { type BuildFigures, buildInChild } from "./measure.ts";

export const DEFAULT_SCALE = 10;
const NOW = "2026-12-01T00:00:00Z";
/** Shard counts on the catalog; the doubled catalog is built in twice the largest. */
const SHARD_COUNTS = [1, 2, 4] as const;
const LARGEST = SHARD_COUNTS[SHARD_COUNTS.length - 1] as number;
/** Sharding must cost at most this share of CPU more than one process; memory must stay flat. */
const CPU_TARGET = 1.05;
const FLAT_TARGET = 1.05;

export interface ShardBenchOptions {
  repoRoot: string;
  /** The photos folder (`findPhotos`). */
  photos: string;
  /** An empty (or missing) folder for the catalogs, stores, caches and outputs. */
  work: string;
  /** Copies of every photo in the catalog. */
  scale: number;
  /** Measure the 8 shards of the doubled catalog on an empty store, not shard 1 only. */
  allShards?: boolean;
}

/** What a folder holds: a store, a cache. */
export interface FolderSize {
  files: number;
  bytes: number;
}

/** The built output, apart from the report: its manifest, and every file's path and size. */
interface OutputFigures {
  /** sha256 of manifest.json and of every other file's path and size (reports left out). */
  digest: string;
  manifestBytes: number;
  reportBytes: number;
}

export interface ShardedRun {
  /** Shards of the catalog. */
  count: number;
  /** Each shard process, in order (1 to count). */
  shards: BuildFigures[];
  /** The store after each shard: what it had written. */
  storeAfter: FolderSize[];
  merge: BuildFigures;
  /** The merge's own cache when it ended: what it took from the store (or kept of it). */
  mergeCache: FolderSize;
  output: OutputFigures;
}

export interface DoubledRun extends ShardedRun {
  /** Shards measured on an empty store (shard 1, or all of them with --all-shards). */
  measured: number;
  /**
   * When only shard 1 is measured: the store just after the first catalog's store was copied in,
   * before shards 2 to count.
   */
  seeded: FolderSize | undefined;
}

export interface ShardFigures {
  machine: ReturnType<typeof machine>;
  scale: number;
  photos: { catalog: number; doubled: number };
  one: BuildFigures & { cache: FolderSize };
  oneOutput: OutputFigures;
  runs: ShardedRun[];
  doubled: DoubledRun;
  minutes: number;
}

/** `--scale`: a whole number of copies, at least 1. */
export function scaleOf(text: string | undefined): number {
  const scale = Number(text ?? DEFAULT_SCALE);
  if (!Number.isSafeInteger(scale) || scale < 1)
    throw new Error(`[bench] --scale takes a whole number of copies, at least 1 (found ${text})`);
  return scale;
}

export async function shardBench(options: ShardBenchOptions): Promise<ShardFigures> {
  const { repoRoot, photos, scale } = options;
  const started = performance.now();
  const info = machine();
  console.log(`Relais sharded builds benchmark (--scale ${scale})`);
  console.log(`${describeMachine(info)}\n`);
  const step = (label: string) =>
    console.log(`… ${label} (${fixed((performance.now() - started) / 60_000, 1)} min)`);

  step(`catalog: ${scale} ${scale === 1 ? "copy" : "copies"} of every photo`);
  const base = path.join(options.work, `x${scale}`);
  const catalog = await makeCatalog({ repoRoot, photos, folder: base, copies: scale });
  const config = await writeConfig(base);

  step("one-process build (empty cache, no store)");
  const one = await buildInChild({
    config,
    now: NOW,
    cache: path.join(base, "cache-one"),
    out: path.join(base, "out-one"),
  });
  const oneCache = await folderSize(path.join(base, "cache-one"));
  const oneOutput = await outputFigures(path.join(base, "out-one"));
  await removeAll(base, ["cache-one", "out-one"]);

  const runs: ShardedRun[] = [];
  for (const count of SHARD_COUNTS) {
    const run = await shardedRun({ config, folder: base, count, label: `${scale}×`, step });
    runs.push(run);
    // The largest run's store seeds the doubled catalog's (see `doubledRun`).
    if (count !== LARGEST || options.allShards) await removeAll(base, [storeName(count)]);
  }

  step(`catalog twice as large: ${2 * scale} copies of every photo`);
  const twice = path.join(options.work, `x${2 * scale}`);
  await makeCatalog({ repoRoot, photos, folder: twice, copies: 2 * scale, reuse: catalog });
  const doubled = await doubledRun({
    config: await writeConfig(twice),
    folder: twice,
    count: 2 * LARGEST,
    label: `${2 * scale}×`,
    seed: options.allShards ? undefined : path.join(base, storeName(LARGEST)),
    step,
  });
  await removeAll(base, [storeName(LARGEST)]);

  const figures: ShardFigures = {
    machine: info,
    scale,
    photos: { catalog: catalog.photos.length, doubled: 2 * catalog.photos.length },
    one: { ...one, cache: oneCache },
    oneOutput,
    runs,
    doubled,
    minutes: (performance.now() - started) / 60_000,
  };
  printFigures(figures);
  const targets = printTargets(figures);
  printGrowth(figures);

  const record = path.join(repoRoot, ".relais", "bench");
  await mkdir(record, { recursive: true });
  const file = path.join(record, `shards-${new Date().toISOString().replaceAll(":", "-")}.json`);
  await writeFile(file, `${JSON.stringify({ ...figures, targets }, null, 2)}\n`);
  console.log(
    `\nFigures recorded in ${path.relative(repoRoot, file)} (${fixed(figures.minutes, 1)} min in all)`,
  );
  return figures;
}

interface RunOptions {
  config: string;
  folder: string;
  count: number;
  label: string;
  step: (label: string) => void;
}

/** Every shard of `count` in turn, each with its own empty cache, into one empty store; the merge. */
async function shardedRun(options: RunOptions): Promise<ShardedRun> {
  const { folder, count, label, step } = options;
  const store = path.join(folder, storeName(count));
  await mkdir(store, { recursive: true });
  const shards: BuildFigures[] = [];
  const storeAfter: FolderSize[] = [];
  for (let index = 1; index <= count; index += 1) {
    step(`${label}, shard ${index}/${count}`);
    shards.push(await runShard(options, store, index));
    storeAfter.push(await folderSize(store));
  }
  return { count, shards, storeAfter, ...(await merge(options, store, step)) };
}

/**
 * The doubled catalog: shard 1 measured on an empty store; then, with `seed`, the first catalog's
 * store copied in (its renders are the first half of this one's: same photos, same bytes) so the
 * other shards render only what is left, and the merge.
 */
async function doubledRun(options: RunOptions & { seed: string | undefined }): Promise<DoubledRun> {
  const { folder, count, label, seed, step } = options;
  const store = path.join(folder, storeName(count));
  await mkdir(store, { recursive: true });
  const shards: BuildFigures[] = [];
  const storeAfter: FolderSize[] = [];
  let seeded: FolderSize | undefined;
  for (let index = 1; index <= count; index += 1) {
    if (index === 2 && seed) {
      step(`${label}: the ${LARGEST}-shard store of the first catalog copied into the store`);
      await cp(seed, store, { recursive: true, force: false, errorOnExist: false });
      seeded = await folderSize(store);
    }
    const fill = seed && index > 1 ? " (only fills the store for the merge)" : "";
    step(`${label}, shard ${index}/${count}${fill}`);
    shards.push(await runShard(options, store, index));
    storeAfter.push(await folderSize(store));
  }
  const merged = await merge(options, store, step);
  await removeAll(folder, [storeName(count)]);
  return { count, shards, storeAfter, ...merged, measured: seed ? 1 : count, seeded };
}

/** One shard in a fresh process with its own empty cache, removed after (a machine that is gone). */
async function runShard(options: RunOptions, store: string, index: number): Promise<BuildFigures> {
  const cache = path.join(options.folder, `cache-${options.count}-${index}`);
  const spec: ChildSpec = {
    config: options.config,
    now: NOW,
    cache,
    store,
    shard: `${index}/${options.count}`,
  };
  const figures = await buildInChild(spec);
  await rm(cache, { recursive: true, force: true });
  return figures;
}

async function merge(
  options: RunOptions,
  store: string,
  step: (label: string) => void,
): Promise<Pick<ShardedRun, "merge" | "mergeCache" | "output">> {
  step(`${options.label}, merge of ${options.count} shard${options.count === 1 ? "" : "s"}`);
  const [cache, out] = [`cache-${options.count}-merge`, `out-${options.count}`];
  const figures = await buildInChild({
    config: options.config,
    now: NOW,
    cache: path.join(options.folder, cache),
    out: path.join(options.folder, out),
    store,
    merge: true,
  });
  const mergeCache = await folderSize(path.join(options.folder, cache));
  const output = await outputFigures(path.join(options.folder, out));
  await removeAll(options.folder, [cache, out]);
  return { merge: figures, mergeCache, output };
}

function storeName(count: number): string {
  return `store-${count}`;
}

/**
 * The benchmark's config: the catalog's content, packs only (the press kit site is off, as in the
 * render benchmark). Cache, output and store are given to each process, as on the command line.
 */
async function writeConfig(folder: string): Promise<string> {
  const file = path.join(folder, "relais.config.ts");
  const config = { content: "content", out: "dist", cache: ".cache", site: { enabled: false } };
  await writeFile(file, `export default ${JSON.stringify(config, null, 2)};\n`);
  return file;
}

async function folderSize(folder: string): Promise<FolderSize> {
  let files = 0;
  let bytes = 0;
  let entries: Awaited<ReturnType<typeof listFiles>>;
  try {
    entries = await listFiles(folder);
  } catch {
    return { files, bytes };
  }
  for (const file of entries) {
    files += 1;
    bytes += (await stat(file)).size;
  }
  return { files, bytes };
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** Two outputs with the same digest have the same manifest and the same files at the same sizes. */
async function outputFigures(out: string): Promise<OutputFigures> {
  const hash = createHash("sha256");
  const manifest = await readFile(path.join(out, "manifest.json"));
  hash.update(manifest);
  let reportBytes = 0;
  const files = (await listFiles(out)).map((file) => path.relative(out, file)).sort();
  for (const file of files) {
    const { size } = await stat(path.join(out, file));
    if (/^report\./.test(file)) reportBytes += size;
    else hash.update(`\n${file} ${size}`);
  }
  return { digest: hash.digest("hex"), manifestBytes: manifest.length, reportBytes };
}

async function removeAll(folder: string, names: readonly string[]): Promise<void> {
  for (const name of names) await rm(path.join(folder, name), { recursive: true, force: true });
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const cpuOf = (run: ShardedRun) => sum(run.shards.map((shard) => shard.cpuMs));
const renderedOf = (run: ShardedRun) => sum(run.shards.map((shard) => shard.rendered));
const peakOf = (run: ShardedRun) => Math.max(...run.shards.map((shard) => shard.maxRssBytes));
const storeOf = (run: ShardedRun): FolderSize => run.storeAfter.at(-1) ?? { files: 0, bytes: 0 };

function printFigures(f: ShardFigures): void {
  const row = (label: string, b: BuildFigures, note = "") => [
    label,
    seconds(b.wallMs),
    String(b.rendered),
    seconds(b.cpuMs),
    mib(b.maxRssBytes),
    mib(b.memory.peakHeapUsedBytes),
    b.load.toFixed(1),
    note,
  ];
  const rows = [
    ["", "wall", "rendered", "CPU", "peak RSS", "JS heap", "load", ""],
    row(
      "one process",
      f.one,
      `${f.one.kits} kits, ${f.one.files} kit files, ${f.one.images} kit images; render ${seconds(f.one.renderMs)}, packs + report ${seconds(f.one.packMs)}`,
    ),
  ];
  const sharded = (run: ShardedRun, label: string, measured = run.count, seeded?: FolderSize) => {
    for (const [i, shard] of run.shards.entries()) {
      const filled = i >= measured ? "fills the store for the merge (seeded); " : "";
      const before = i === 1 && seeded ? seeded : run.storeAfter[i - 1];
      const wrote = (run.storeAfter[i]?.bytes ?? 0) - (before?.bytes ?? 0);
      rows.push(
        row(
          `${label}: shard ${i + 1}/${run.count}`,
          shard,
          `${filled}start ${seconds(shard.startupMs)}, validate ${seconds(shard.validateMs)}, render ${seconds(shard.renderMs)}; ${mib(wrote)} into the store`,
        ),
      );
    }
    if (measured === run.count && run.count > 1) {
      rows.push([
        `${label}: the ${run.count} shards`,
        seconds(sum(run.shards.map((s) => s.wallMs))),
        String(renderedOf(run)),
        seconds(cpuOf(run)),
        mib(peakOf(run)),
        "",
        "",
        "one after another; peak RSS: the largest",
      ]);
    }
    rows.push(
      row(
        `${label}: merge`,
        run.merge,
        `start ${seconds(run.merge.startupMs)}, validate ${seconds(run.merge.validateMs)}; its cache ${mib(run.mergeCache.bytes)} (${run.mergeCache.files} files)`,
      ),
    );
  };
  for (const run of f.runs)
    sharded(run, `${f.scale}×, ${run.count} shard${run.count > 1 ? "s" : ""}`);
  sharded(
    f.doubled,
    `${2 * f.scale}×, ${f.doubled.count} shards`,
    f.doubled.measured,
    f.doubled.seeded,
  );
  console.log(`\n${table(rows)}`);

  const stores = [
    ["store", "files", "bytes", "renders", "bytes per render", "merge's cache"],
    ...[...f.runs, ...(f.doubled.measured === f.doubled.count ? [f.doubled] : [])].map((run) => {
      const store = storeOf(run);
      return [
        `${run === f.doubled ? 2 * f.scale : f.scale}×, ${run.count} shard${run.count > 1 ? "s" : ""}`,
        String(store.files),
        mib(store.bytes),
        String(renderedOf(run)),
        `${fixed(store.bytes / Math.max(1, renderedOf(run)) / 1024, 1)} KiB`,
        mib(run.mergeCache.bytes),
      ];
    }),
  ];
  console.log(`\n${table(stores)}`);
  console.log(
    `The one-process build's cache: ${mib(f.one.cache.bytes)} (${f.one.cache.files} files).`,
  );
}

function printTargets(f: ShardFigures) {
  const targets: { target: string; value: string; pass: boolean | undefined }[] = [];
  for (const run of f.runs) {
    const ratio = cpuOf(run) / f.one.cpuMs;
    const withMerge = (cpuOf(run) + run.merge.cpuMs) / f.one.cpuMs;
    const n = `${run.count} shard${run.count > 1 ? "s" : ""}`;
    targets.push(
      {
        target: `${n}: Σ shards' CPU ≤ ${CPU_TARGET} × one process's`,
        value: `${fixed(ratio, 3)} × (${seconds(cpuOf(run))} / ${seconds(f.one.cpuMs)})`,
        pass: ratio <= CPU_TARGET,
      },
      {
        target: `${n}: Σ shards' CPU + the merge's (reported)`,
        value: `${fixed(withMerge, 3)} ×`,
        pass: undefined,
      },
      {
        target: `${n}: every render once (Σ shards' renders = one process's)`,
        value: `${renderedOf(run)} of ${f.one.rendered}`,
        pass: renderedOf(run) === f.one.rendered,
      },
      {
        target: `${n}: the merge renders nothing`,
        value: String(run.merge.rendered),
        pass: run.merge.rendered === 0,
      },
      {
        target: `${n}: merged output = one process's (manifest, files, sizes)`,
        value: run.output.digest === f.oneOutput.digest ? "same" : "differs",
        pass: run.output.digest === f.oneOutput.digest,
      },
    );
  }
  const largest = f.runs.find((run) => run.count === LARGEST);
  if (largest) {
    const [a, b] = [largest.shards[0], f.doubled.shards[0]];
    if (a && b) {
      const growth = b.maxRssBytes / a.maxRssBytes;
      targets.push({
        target: `shard 1's peak RSS flat: ${2 * f.scale}×/${f.doubled.count} ≤ ${FLAT_TARGET} × ${f.scale}×/${LARGEST}`,
        value: `${fixed(growth, 3)} × (${mib(b.maxRssBytes)} / ${mib(a.maxRssBytes)}; ${b.rendered} / ${a.rendered} renders)`,
        pass: growth <= FLAT_TARGET,
      });
    }
    const growth = f.doubled.merge.maxRssBytes / largest.merge.maxRssBytes;
    targets.push({
      target: `merge's peak RSS flat: ${2 * f.scale}× ≤ ${FLAT_TARGET} × ${f.scale}×`,
      value: `${fixed(growth, 3)} × (${mib(f.doubled.merge.maxRssBytes)} / ${mib(largest.merge.maxRssBytes)})`,
      pass: growth <= FLAT_TARGET,
    });
  }
  targets.push({
    target: `${2 * f.scale}×: the merge renders nothing`,
    value: String(f.doubled.merge.rendered),
    pass: f.doubled.merge.rendered === 0,
  });
  console.log(
    `\n${table([["target", "measured", ""], ...targets.map((t) => [t.target, t.value, verdict(t.pass)])])}`,
  );
  return targets;
}

/**
 * Where memory goes as the plan doubles with the same work per shard: the peak against the
 * JavaScript heap's, for shard 1 and for the merge, with the output's manifest and report as a
 * measure of the plan's size.
 */
function printGrowth(f: ShardFigures): void {
  const largest = f.runs.find((run) => run.count === LARGEST);
  const [a, b] = [largest?.shards[0], f.doubled.shards[0]];
  if (!largest || !a || !b) return;
  const line = (label: string, x: BuildFigures, y: BuildFigures) => [
    label,
    mib(x.maxRssBytes),
    mib(y.maxRssBytes),
    signed(y.maxRssBytes - x.maxRssBytes),
    mib(x.memory.peakHeapUsedBytes),
    mib(y.memory.peakHeapUsedBytes),
    signed(y.memory.peakHeapUsedBytes - x.memory.peakHeapUsedBytes),
    signed(y.memory.peakExternalBytes - x.memory.peakExternalBytes),
  ];
  const [s, d] = [`${f.scale}×`, `${2 * f.scale}×`];
  console.log(
    `\n${table([
      ["memory", `RSS ${s}`, `RSS ${d}`, "Δ", `heap ${s}`, `heap ${d}`, "Δ heap", "Δ buffers"],
      line(`shard 1 (${s}/${LARGEST}, ${d}/${f.doubled.count})`, a, b),
      line("merge", largest.merge, f.doubled.merge),
    ])}`,
  );
  console.log(
    `Plan size: manifest.json ${mib(largest.output.manifestBytes)} → ${mib(f.doubled.output.manifestBytes)}, report ${mib(largest.output.reportBytes)} → ${mib(f.doubled.output.reportBytes)}; kits ${largest.merge.kits} → ${f.doubled.merge.kits}, kit files ${largest.merge.files} → ${f.doubled.merge.files}.`,
  );
  const kits = f.doubled.merge.kits - largest.merge.kits;
  if (kits > 0) {
    console.log(
      `Per kit added: shard 1 ${kib((b.maxRssBytes - a.maxRssBytes) / kits)} of RSS (${kib((b.memory.peakHeapUsedBytes - a.memory.peakHeapUsedBytes) / kits)} of heap), the merge ${kib((f.doubled.merge.maxRssBytes - largest.merge.maxRssBytes) / kits)} (${kib((f.doubled.merge.memory.peakHeapUsedBytes - largest.merge.memory.peakHeapUsedBytes) / kits)} of heap).`,
    );
  }
}

function signed(bytes: number): string {
  return `${bytes < 0 ? "−" : "+"}${mib(Math.abs(bytes))}`;
}

function kib(bytes: number): string {
  return `${fixed(bytes / 1024, 1)} KiB`;
}

if (import.meta.main) {
  const { values: flags } = parseArgs({
    options: {
      scale: { type: "string", default: String(DEFAULT_SCALE) },
      "all-shards": { type: "boolean" },
      keep: { type: "boolean" },
    },
  });
  const repoRoot = path.resolve(import.meta.dirname, "../..");
  let work: string | undefined;
  try {
    const scale = scaleOf(flags.scale);
    const photos = await findPhotos(repoRoot);
    work = await mkdtemp(path.join(os.tmpdir(), "relais-shard-bench-"));
    await shardBench({ repoRoot, photos, work, scale, allShards: flags["all-shards"] === true });
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  } finally {
    if (work && flags.keep) console.log(`\nKept ${work}`);
    else if (work) await rm(work, { recursive: true, force: true });
  }
}
