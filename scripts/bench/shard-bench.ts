// The sharded builds' benchmark: `node scripts/bench/shard-bench.ts`, or `npm run bench -- --shards`
// after the render benchmark. On a catalog of `--scale` copies of every photo of ../shared/photos
// (10 by default: 10 × the render benchmark's catalog, every copy with its own bytes), one after
// another on this machine:
//   - the one-process build (`relais build`, an empty cache, no store);
//   - the same catalog in 1, 2 and 4 shards: each shard a fresh Node process with its own empty
//     cache, all of them sharing one empty store folder (`relais build --shard i/n --store …
//     --cache …`); after the 4 shards, the merge in its own process with its own empty cache
//     (`relais build --merge --store … --cache …`), whose output must be the one process's;
//   - the catalog twice as large in 8 shards, so each shard has the same render work as one of 4
//     on the first, with twice the plan: shard 1 is measured on an empty store;
//   - the merge of the catalog half as large (`--scale` ÷ 2 copies: the same files as the first
//     half of the catalog), from the store the 4 shards left, so the merge is measured at two
//     sizes without rendering a catalog again. --doubled-merge measures the doubled catalog's
//     merge instead: the 4 shards' renders are linked into its store and one more process
//     (`--shard 1/1`) renders the rest first (about 20 minutes more at `--scale 10`);
//     --all-shards measures each of its 8 shards on an empty store (implies --doubled-merge).
// Prints tables and the targets (PASS/MISS), records the figures in .relais/bench/shards-*.json.
// Exits 0 whatever the figures; 1 only if a build fails.
//   --scale <n>     copies of every photo (default 10; 1 or 2 for a quick check)
//   --all-shards    run and measure the 8 shards of the doubled catalog on an empty store
//   --doubled-merge merge the doubled catalog (rendering its rest first), not the half catalog
//   --merge-each    merge after 1 and 2 shards too (the same work as after 4; checks their output)
//   --keep          keep the temporary folder (catalogs, stores, outputs, caches)
import { createHash } from "node:crypto";
import { link, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
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
  /** Merge after every shard count, not only after the largest. */
  mergeEach?: boolean;
  /** Merge the doubled catalog (its rest rendered first), not the catalog half as large. */
  doubledMerge?: boolean;
}

/** What a folder holds: a store, a cache. */
export interface FolderSize {
  files: number;
  bytes: number;
  /** Records of rendered images (`records/renders/`): the renders it holds. */
  renders: number;
}

/** The built output, apart from the report: its manifest, and every file's path and size. */
export interface OutputFigures {
  /** sha256 of manifest.json and of every other file's path and size (reports left out). */
  digest: string;
  manifestBytes: number;
  /** report.json and report.html. */
  reportBytes: number;
}

export interface MergeFigures {
  build: BuildFigures;
  /** The store after the merge, which stores its contact sheets and tiles there too. */
  storeAfter: FolderSize;
  /** The merge's own cache when it ended: what it fetched from the store and what it made. */
  cache: FolderSize;
  output: OutputFigures;
}

export interface ShardedRun {
  /** Shards of the catalog. */
  count: number;
  /** The shard processes measured, from shard 1, each on a store holding only its predecessors'. */
  shards: BuildFigures[];
  /** Each shard's own cache when it ended (its machine's disk). */
  shardCaches: FolderSize[];
  /** The store after each shard: what it had written. */
  storeAfter: FolderSize[];
  /** Without --all-shards, on the doubled catalog: the store once the seed was linked into it. */
  seeded?: FolderSize;
  /** Then the process that rendered the rest for the merge (`--shard 1/1`). */
  fill?: BuildFigures;
  merge?: MergeFigures;
}

export interface ShardFigures {
  machine: ReturnType<typeof machine>;
  scale: number;
  photos: { catalog: number; doubled: number };
  one: BuildFigures & { cache: FolderSize };
  oneOutput: OutputFigures;
  runs: ShardedRun[];
  doubled: ShardedRun;
  /** The catalog half as large, merged from the store the largest run left. */
  half?: { scale: number; merge: MergeFigures };
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

  step(`${scale}×, one process (empty cache, no store)`);
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
  const doubledMerge = options.doubledMerge === true || options.allShards === true;
  const halfScale = Math.floor(scale / 2);
  // The renders of the largest run, before its merge: the first half of the doubled catalog's,
  // and every render of the half catalog.
  const seed =
    (doubledMerge && !options.allShards) || (!doubledMerge && halfScale >= 1)
      ? path.join(base, "seed")
      : undefined;
  for (const count of SHARD_COUNTS) {
    runs.push(
      await shardedRun({
        config,
        folder: base,
        count,
        label: `${scale}×`,
        step,
        merge: count === LARGEST || options.mergeEach === true,
        keep: count === LARGEST ? seed : undefined,
      }),
    );
  }

  step(`catalog twice as large: ${2 * scale} copies of every photo`);
  const twice = path.join(options.work, `x${2 * scale}`);
  await makeCatalog({ repoRoot, photos, folder: twice, copies: 2 * scale, reuse: catalog });
  const doubled = await shardedRun({
    config: await writeConfig(twice),
    folder: twice,
    count: 2 * LARGEST,
    label: `${2 * scale}×`,
    step,
    merge: doubledMerge,
    firstOnly: !options.allShards,
    seed: doubledMerge ? seed : undefined,
  });

  let half: ShardFigures["half"];
  if (!doubledMerge && seed) {
    step(`catalog half as large: ${halfScale} ${halfScale === 1 ? "copy" : "copies"}, merged`);
    const folder = path.join(options.work, `x${halfScale}`);
    await makeCatalog({ repoRoot, photos, folder, copies: halfScale, reuse: catalog });
    const store = path.join(folder, "store-half");
    await linkTree(seed, store);
    half = {
      scale: halfScale,
      merge: await mergeRun(await writeConfig(folder), folder, store, "half"),
    };
    await rm(folder, { recursive: true, force: true });
  }
  if (seed) await rm(seed, { recursive: true, force: true });

  const figures: ShardFigures = {
    machine: info,
    scale,
    photos: { catalog: catalog.photos.length, doubled: 2 * catalog.photos.length },
    one: { ...one, cache: oneCache },
    oneOutput,
    runs,
    doubled,
    ...(half ? { half } : {}),
    minutes: (performance.now() - started) / 60_000,
  };
  // Recorded before anything is printed: an hour of measurements outlives a mistake in a table.
  const record = path.join(repoRoot, ".relais", "bench");
  await mkdir(record, { recursive: true });
  const file = path.join(record, `shards-${new Date().toISOString().replaceAll(":", "-")}.json`);
  await writeFile(file, `${JSON.stringify(figures, null, 2)}\n`);
  printFigures(figures);
  const targets = printTargets(figures);
  printGrowth(figures);
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
  /** Merge after the shards. */
  merge: boolean;
  /** Link the store, as the shards left it, into this folder (before any merge). */
  keep?: string | undefined;
  /** Measure shard 1 only. */
  firstOnly?: boolean;
  /** After shard 1, link this folder into the store and render the rest at once (for a merge). */
  seed?: string | undefined;
}

/**
 * Every shard of `count` in turn, each in a fresh process with its own empty cache, into one
 * empty store; then the merge, in a fresh process with its own empty cache. With `seed`, only
 * shard 1 is measured: the seed's renders are linked into the store after it, and one process
 * renders what is still missing.
 */
async function shardedRun(options: RunOptions): Promise<ShardedRun> {
  const { config, folder, count, label, step, seed } = options;
  const store = path.join(folder, storeName(count));
  await mkdir(store, { recursive: true });
  const run: ShardedRun = { count, shards: [], shardCaches: [], storeAfter: [] };
  const shard = async (index: number, of: number) => {
    const cache = path.join(folder, `cache-${of}-${index}`);
    const figures = await buildInChild({ config, now: NOW, cache, store, shard: `${index}/${of}` });
    // Then the machine is gone, and its disk with it.
    const size = await folderSize(cache);
    await rm(cache, { recursive: true, force: true });
    return { figures, cache: size };
  };
  for (let index = 1; index <= (options.firstOnly ? 1 : count); index += 1) {
    step(`${label}, shard ${index}/${count}`);
    const done = await shard(index, count);
    run.shards.push(done.figures);
    run.shardCaches.push(done.cache);
    run.storeAfter.push(await folderSize(store));
  }
  if (seed) {
    step(`${label}: the first catalog's renders linked into the store, the rest rendered at once`);
    await linkTree(seed, store);
    run.seeded = await folderSize(store);
    run.fill = (await shard(1, 1)).figures;
    run.storeAfter.push(await folderSize(store));
  }
  if (options.keep) await linkTree(store, options.keep);

  if (options.merge) {
    step(`${label}, merge of ${shardsOf(count)}`);
    run.merge = await mergeRun(config, folder, store, String(count));
  }
  await rm(store, { recursive: true, force: true });
  return run;
}

/** The merge, in a fresh process with its own empty cache, into its own output folder. */
async function mergeRun(
  config: string,
  folder: string,
  store: string,
  name: string,
): Promise<MergeFigures> {
  const [cache, out] = [path.join(folder, "cache-merge"), path.join(folder, `out-${name}`)];
  const build = await buildInChild({ config, now: NOW, cache, out, store, merge: true });
  const figures = {
    build,
    storeAfter: await folderSize(store),
    cache: await folderSize(cache),
    output: await outputFigures(out),
  };
  await removeAll(folder, ["cache-merge", `out-${name}`]);
  return figures;
}

/**
 * Hard links of every file of `from` (its temporary files left out) at the same place under
 * `to`, where no file is there yet. The store never changes a file once written (create-only), so
 * a link is as good as a copy, and costs no disk.
 */
async function linkTree(from: string, to: string): Promise<void> {
  for (const file of await listFiles(from)) {
    const relative = path.relative(from, file);
    if (relative.split(path.sep).includes(".tmp")) continue;
    const target = path.join(to, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await link(file, target).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
  }
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
  const size = { files: 0, bytes: 0, renders: 0 };
  let entries: string[];
  try {
    entries = await listFiles(folder);
  } catch {
    return size;
  }
  const render = `${path.sep}records${path.sep}renders${path.sep}`;
  for (const file of entries) {
    size.files += 1;
    size.bytes += (await stat(file)).size;
    if (file.includes(render)) size.renders += 1;
  }
  return size;
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
const complete = (run: ShardedRun) => run.shards.length === run.count;
const NOTHING: FolderSize = { files: 0, bytes: 0, renders: 0 };
const shardsOf = (count: number) => `${count} shard${count === 1 ? "" : "s"}`;

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
      `${f.scale}×, one process`,
      f.one,
      `${f.one.kits} kits, ${f.one.files} kit files; CPU ${seconds(f.one.cpuToRenderEndMs)} to its last render; plan + render ${seconds(f.one.renderMs)}, packs + report ${seconds(f.one.packMs)}`,
    ),
  ];
  const sharded = (run: ShardedRun, scale: number) => {
    const label = `${scale}×, ${shardsOf(run.count)}`;
    for (const [i, shard] of run.shards.entries()) {
      const [before, after] = [run.storeAfter[i - 1] ?? NOTHING, run.storeAfter[i] ?? NOTHING];
      rows.push(
        row(
          `${label}: shard ${i + 1}/${run.count}`,
          shard,
          `${shard.summary.renders ?? "?"} renders, ${shard.cached} in the store already; start + validate ${seconds(shard.startupMs + shard.validateMs)}, plan + render ${seconds(shard.renderMs)}; ${after.renders - before.renders} renders (${mib(after.bytes - before.bytes)}) into the store`,
        ),
      );
    }
    if (complete(run) && run.count > 1) {
      rows.push([
        `${label}: Σ shards`,
        seconds(sum(run.shards.map((s) => s.wallMs))),
        String(renderedOf(run)),
        seconds(cpuOf(run)),
        mib(peakOf(run)),
        "",
        "",
        "one after another; peak RSS: the largest",
      ]);
    }
    if (run.fill) {
      rows.push(
        row(
          `${label}: the rest, for the merge`,
          run.fill,
          `one process (--shard 1/1) after the first catalog's ${run.seeded?.renders ?? 0} renders were linked in; not compared`,
        ),
      );
    }
    const merge = run.merge?.build;
    if (merge) {
      rows.push(
        row(
          `${label}: merge`,
          merge,
          `${merge.cached} from the store; start + validate ${seconds(merge.startupMs + merge.validateMs)}, plan + fetch ${seconds(merge.renderMs)}, packs + report ${seconds(merge.packMs)}`,
        ),
      );
    }
  };
  for (const run of f.runs) sharded(run, f.scale);
  sharded(f.doubled, 2 * f.scale);
  if (f.half) {
    const merge = f.half.merge.build;
    rows.push(
      row(
        `${f.half.scale}×: merge (from the ${f.scale}× store)`,
        merge,
        `${merge.kits} kits, ${merge.files} kit files; start + validate ${seconds(merge.startupMs + merge.validateMs)}, plan + fetch ${seconds(merge.renderMs)}, packs + report ${seconds(merge.packMs)}`,
      ),
    );
  }
  console.log(`\n${table(rows)}`);

  const stores = [
    [
      "store",
      "renders",
      "files",
      "bytes",
      "per render",
      "merge adds",
      "merge's cache",
      "shard cache",
    ],
    ...[...f.runs, f.doubled].map((run) => {
      const store = run.storeAfter.at(-1) ?? NOTHING;
      return [
        `${run === f.doubled ? 2 * f.scale : f.scale}×, ${shardsOf(run.count)}`,
        String(store.renders),
        String(store.files),
        mib(store.bytes),
        kib(store.bytes / Math.max(1, store.renders)),
        run.merge ? mib(run.merge.storeAfter.bytes - store.bytes) : "",
        run.merge ? mib(run.merge.cache.bytes) : "",
        mib(Math.max(...run.shardCaches.map((cache) => cache.bytes))),
      ];
    }),
  ];
  console.log(`\n${table(stores)}`);
  console.log(
    `Store bytes per render: the images and their records. The merge adds its contact sheets and tiles to the store. Shard cache: the largest. The one process's cache: ${mib(f.one.cache.bytes)} (${f.one.cache.renders} renders, ${f.one.cache.files} files).`,
  );
}

function printTargets(f: ShardFigures) {
  const targets: { target: string; value: string; pass: boolean | undefined }[] = [];
  const times = (value: number, of: number) =>
    `${fixed(value / of, 3)} × (${seconds(value)} / ${seconds(of)})`;
  for (const run of f.runs) {
    const n = shardsOf(run.count);
    targets.push(
      {
        target: `${n}: Σ shards' CPU ≤ ${CPU_TARGET} × one process's`,
        value: times(cpuOf(run), f.one.cpuMs),
        pass: cpuOf(run) / f.one.cpuMs <= CPU_TARGET,
      },
      {
        target: `${n}: Σ shards' CPU against one process's until its last render`,
        value: times(cpuOf(run), f.one.cpuToRenderEndMs),
        pass: undefined,
      },
      {
        target: `${n}: every render once (Σ shards' renders = one process's)`,
        value: `${renderedOf(run)} of ${f.one.rendered}`,
        pass: renderedOf(run) === f.one.rendered,
      },
    );
    if (run.merge) {
      const merge = run.merge.build;
      targets.push(
        {
          target: `${n}: Σ shards' CPU + the merge's against one process's`,
          value: times(cpuOf(run) + merge.cpuMs, f.one.cpuMs),
          pass: undefined,
        },
        {
          target: `${n}: the merge renders nothing`,
          value: String(merge.rendered),
          pass: merge.rendered === 0,
        },
        {
          target: `${n}: merged output = one process's (manifest, files, sizes)`,
          value: run.merge.output.digest === f.oneOutput.digest ? "same" : "differs",
          pass: run.merge.output.digest === f.oneOutput.digest,
        },
      );
    }
  }
  const largest = f.runs.find((run) => run.count === LARGEST);
  const [a, b] = [largest?.shards[0], f.doubled.shards[0]];
  if (a && b) {
    const growth = b.maxRssBytes / a.maxRssBytes;
    targets.push({
      target: `shard 1's peak RSS flat: ${2 * f.scale}×/${f.doubled.count} ≤ ${FLAT_TARGET} × ${f.scale}×/${LARGEST}`,
      value: `${fixed(growth, 3)} × (${mib(b.maxRssBytes)} / ${mib(a.maxRssBytes)}; ${b.rendered} / ${a.rendered} renders)`,
      pass: growth <= FLAT_TARGET,
    });
  }
  // The merge at two sizes: the catalog and the doubled one, or the half one and the catalog.
  const merges = mergePair(f);
  if (merges) {
    const [m, n] = [merges.small.build, merges.large.build];
    const growth = n.maxRssBytes / m.maxRssBytes;
    targets.push(
      {
        // Reported: the merge holds the whole house's plan, results and manifest (see
        // docs/performance.md); the flat target is a shard's.
        target: `the merge's peak RSS when the catalog doubles: ${merges.largeLabel} against ${merges.smallLabel}`,
        value: `${fixed(growth, 3)} × (${mib(n.maxRssBytes)} / ${mib(m.maxRssBytes)})`,
        pass: undefined,
      },
      {
        target: `${merges.smallLabel} and ${merges.largeLabel}: the merges render nothing`,
        value: `${m.rendered}, ${n.rendered}`,
        pass: m.rendered === 0 && n.rendered === 0,
      },
    );
  }
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
  const merges = mergePair(f);
  if (!largest || !a || !b) return;
  const line = (label: string, x: BuildFigures, y: BuildFigures) => [
    label,
    mib(x.maxRssBytes),
    mib(y.maxRssBytes),
    signed(y.maxRssBytes - x.maxRssBytes),
    mib(x.memory.peakHeapUsedBytes),
    mib(y.memory.peakHeapUsedBytes),
    signed(y.memory.peakHeapUsedBytes - x.memory.peakHeapUsedBytes),
    signed(y.memory.peakHeapTotalBytes - x.memory.peakHeapTotalBytes),
    signed(y.memory.peakExternalBytes - x.memory.peakExternalBytes),
  ];
  const [s, d] = [`${f.scale}×`, `${2 * f.scale}×`];
  const rows = [
    [
      "memory (peaks)",
      `RSS ${s}`,
      `RSS ${d}`,
      "Δ",
      `heap ${s}`,
      `heap ${d}`,
      "Δ heap",
      "Δ heap reserved",
      "Δ buffers",
    ],
    line(`shard 1 (${s}/${LARGEST}, ${d}/${f.doubled.count})`, a, b),
  ];
  if (merges) {
    rows.push(
      line(
        `merge (${merges.smallLabel}, ${merges.largeLabel})`,
        merges.small.build,
        merges.large.build,
      ),
    );
  }
  console.log(`\n${table(rows)}`);
  // The doubled catalog plans as many renders again as the catalog (every copy has its own).
  const renders =
    f.one.summary.renders === undefined ? f.one.rendered : Number(f.one.summary.renders);
  const per = (x: number, y: number, added: number) => kib((y - x) / Math.max(1, added));
  console.log(
    `Per render added to the plan (${renders} more): shard 1 ${per(a.maxRssBytes, b.maxRssBytes, renders)} of peak RSS, ${per(a.memory.peakHeapUsedBytes, b.memory.peakHeapUsedBytes, renders)} of heap.`,
  );
  if (merges) {
    const [m, n] = [merges.small, merges.large];
    const added = n.build.rendered + n.build.cached - (m.build.rendered + m.build.cached);
    console.log(
      `Merge, ${merges.smallLabel} → ${merges.largeLabel}: ${m.build.kits} → ${n.build.kits} kits, ${m.build.files} → ${n.build.files} kit files; manifest.json ${mib(m.output.manifestBytes)} → ${mib(n.output.manifestBytes)}, report ${mib(m.output.reportBytes)} → ${mib(n.output.reportBytes)}; per render added (${added}): ${per(m.build.maxRssBytes, n.build.maxRssBytes, added)} of peak RSS, ${per(m.build.memory.peakHeapUsedBytes, n.build.memory.peakHeapUsedBytes, added)} of heap.`,
    );
  }
}

/** The merge measured at two sizes, the smaller first: half and whole, or whole and doubled. */
function mergePair(f: ShardFigures) {
  const largest = f.runs.find((run) => run.count === LARGEST)?.merge;
  if (!largest) return undefined;
  if (f.doubled.merge) {
    return {
      small: largest,
      large: f.doubled.merge,
      smallLabel: `${f.scale}×`,
      largeLabel: `${2 * f.scale}×`,
    };
  }
  if (f.half) {
    return {
      small: f.half.merge,
      large: largest,
      smallLabel: `${f.half.scale}×`,
      largeLabel: `${f.scale}×`,
    };
  }
  return undefined;
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
      "merge-each": { type: "boolean" },
      "doubled-merge": { type: "boolean" },
      keep: { type: "boolean" },
    },
  });
  const repoRoot = path.resolve(import.meta.dirname, "../..");
  let work: string | undefined;
  try {
    const scale = scaleOf(flags.scale);
    const photos = await findPhotos(repoRoot);
    work = await mkdtemp(path.join(os.tmpdir(), "relais-shard-bench-"));
    await shardBench({
      repoRoot,
      photos,
      work,
      scale,
      allShards: flags["all-shards"] === true,
      mergeEach: flags["merge-each"] === true,
      doubledMerge: flags["doubled-merge"] === true,
    });
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  } finally {
    if (work && flags.keep) console.log(`\nKept ${work}`);
    else if (work) await rm(work, { recursive: true, force: true });
  }
}
