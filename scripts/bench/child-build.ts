// One `relais build` in its own process, as the command line runs it, reporting its time per phase,
// CPU and peak memory as one JSON line on stdout. Used by measure.ts:
//   node scripts/bench/child-build.ts '{"config":"…","now":"…","vipsThreads":2,"vipsCache":false}'
// A shard or the merge of a sharded build, as `relais build --shard 2/4 --store … --cache …` and
// `relais build --merge --store … --cache …` run them:
//   node scripts/bench/child-build.ts '{"config":"…","now":"…","store":"…","cache":"…","shard":"2/4"}'
import { readFileSync } from "node:fs";
import sharp from "sharp";
import { runBuildPipeline } from "../../src/build/run-build.ts";
import {
  createRunContext,
  loadAndValidate,
  loadChannels,
  systemClock,
} from "../../src/cli/run-context.ts";
import { writeCaptions } from "../../src/pack/caption-writer.ts";

export interface ChildSpec {
  config: string;
  now: string;
  /** libvips threads per pipeline, kept even though the renderer sets its own. @default the renderer's */
  vipsThreads?: number;
  /** `false` turns sharp's operation cache off. @default sharp's default */
  vipsCache?: boolean;
  /** `--cache`: this process's own cache folder. @default the config's */
  cache?: string;
  /** `--out`: the output folder. @default the config's */
  out?: string;
  /** `--store`: the folder the shards and the merge share. @default none */
  store?: string;
  /** `--shard i/n`: render that slice into the store, write no output. */
  shard?: string;
  /** `--merge`: assemble the output from the store, render nothing. */
  merge?: boolean;
}

/** Memory seen from inside the build: what of the peak is JavaScript's heap, what is native. */
export interface ChildMemory {
  /** The largest JavaScript heap in use, sampled every 100 ms (and at the end of the render). */
  peakHeapUsedBytes: number;
  /** The largest heap V8 had reserved (`heapTotal`), sampled likewise: its share of the RSS. */
  peakHeapTotalBytes: number;
  /** The largest `external` + `arrayBuffers` sampled: Buffers and other memory held by JS objects. */
  peakExternalBytes: number;
  /** At the end of the render phase (0 when nothing was rendered). */
  renderHeapUsedBytes: number;
  /** At the end of the build, before exit. */
  endHeapUsedBytes: number;
  endRssBytes: number;
}

export interface ChildResult {
  ok: boolean;
  /** Milliseconds from process start until the content is read: Node, modules and the config. */
  startupMs: number;
  validateMs: number;
  /** Plan and render, until the last image was rendered or found in the cache. */
  renderMs: number;
  /** Packs, zips, contact sheets, manifest and report, and the swap of the output folder. */
  packMs: number;
  /** CPU time and peak RSS when the last image was rendered: the render stage's own share. */
  renderCpuMs: number;
  renderRssBytes: number;
  /** CPU time of the whole process until the last image was rendered (0 when none was). */
  cpuToRenderEndMs: number;
  rendered: number;
  cached: number;
  /** Encoder runs (renders that give the same bytes share one). */
  encodes: number;
  /** The last build's output was still right: nothing was rendered or written. */
  unchanged: boolean;
  files: number;
  /** Image files in the kits (kit images whose source was too small are left out). */
  images: number;
  kits: number;
  cpuMs: number;
  maxRssBytes: number;
  memory: ChildMemory;
  /** Every figure of the build's summary, a shard's own (`renders`, `fromStore`…) included. */
  summary: Record<string, number | boolean | string>;
}

const spec = JSON.parse(process.argv[2] ?? "{}") as ChildSpec;
if (spec.vipsThreads !== undefined) {
  const set = sharp.concurrency;
  set(spec.vipsThreads);
  // Keep this setting: the renderer's own call to sharp.concurrency() changes nothing in this run.
  (sharp as unknown as { concurrency: () => number }).concurrency = () => set();
}
if (spec.vipsCache === false) sharp.cache(false);

let peakHeapUsedBytes = 0;
let peakHeapTotalBytes = 0;
let peakExternalBytes = 0;
const sampleMemory = () => {
  const usage = process.memoryUsage();
  peakHeapUsedBytes = Math.max(peakHeapUsedBytes, usage.heapUsed);
  peakHeapTotalBytes = Math.max(peakHeapTotalBytes, usage.heapTotal);
  peakExternalBytes = Math.max(peakExternalBytes, usage.external + usage.arrayBuffers);
  return usage;
};
setInterval(sampleMemory, 100).unref();

const context = await createRunContext(
  {
    config: spec.config,
    now: spec.now,
    cache: spec.cache,
    out: spec.out,
    store: spec.store,
    shard: spec.shard,
    merge: spec.merge,
  },
  process.cwd(),
  systemClock,
);
const started = performance.now();
const channels = loadChannels(context.config);
const { catalog, issues } = await loadAndValidate(context.config, channels);
const validated = performance.now();
if (!catalog) throw new Error(`[bench] The benchmark catalog is invalid (${issues.length} issues)`);

const beforeRender = process.cpuUsage();
let rendered = validated;
let renderCpuMs = 0;
let renderRssBytes = 0;
let cpuToRenderEndMs = 0;
let renderHeapUsedBytes = 0;
const summary = await runBuildPipeline({
  catalog,
  issues,
  channels,
  config: context.config,
  now: context.now,
  captionOf: writeCaptions(catalog),
  shard: context.shard,
  merge: context.merge,
  onProgress: (event) => {
    if (event.done < event.total) return;
    rendered = performance.now();
    renderCpuMs = cpuMs(process.cpuUsage(beforeRender));
    cpuToRenderEndMs = cpuMs(process.cpuUsage());
    renderRssBytes = peakRssBytes();
    renderHeapUsedBytes = sampleMemory().heapUsed;
  },
});
const finished = performance.now();
const end = sampleMemory();

const result: ChildResult = {
  ok: true,
  startupMs: started,
  validateMs: validated - started,
  renderMs: rendered - validated,
  packMs: finished - rendered,
  renderCpuMs,
  renderRssBytes,
  cpuToRenderEndMs,
  rendered: summary.rendered,
  cached: summary.cached,
  encodes: summary.encodes,
  unchanged: summary.unchanged,
  files: summary.files,
  images: summary.images,
  kits: summary.kits,
  cpuMs: cpuMs(process.cpuUsage()),
  maxRssBytes: peakRssBytes(),
  memory: {
    peakHeapUsedBytes,
    peakHeapTotalBytes,
    peakExternalBytes,
    renderHeapUsedBytes,
    endHeapUsedBytes: end.heapUsed,
    endRssBytes: end.rss,
  },
  summary: Object.fromEntries(
    Object.entries({ ...summary, ...summary.shard }).filter(
      (entry): entry is [string, number | boolean | string] =>
        ["number", "boolean", "string"].includes(typeof entry[1]),
    ),
  ),
};
process.stdout.write(`${JSON.stringify(result)}\n`);

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

/**
 * This process's peak resident memory. On Linux, VmHWM: the peak of this program alone, whereas
 * getrusage's maxRSS also counts the parent's memory copied by fork() before exec().
 */
function peakRssBytes(): number {
  try {
    const kib = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
    if (kib) return Number(kib) * 1024;
  } catch {
    // Not Linux.
  }
  return process.resourceUsage().maxRSS * 1024;
}
