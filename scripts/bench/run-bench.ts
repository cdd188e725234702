// `npm run bench`: the render benchmark. Builds a catalog from the real photos of ../shared/photos,
// then measures on this machine, side by side: the cold build, the floor, a naive script, warm
// rebuilds, peak memory and a doubled catalog. Prints a table and the targets (PASS/MISS) and
// records the figures in .relais/bench/. Exits 0 whatever the figures; 1 only if a build fails.
//   --keep       keep the temporary folder (catalogs, outputs, caches)
//   --quick      skip the naive baseline and the libvips and allocator settings comparison
//   --shards     then the sharded builds' benchmark (shard-bench.ts, also runnable alone)
//   --scale <n>  its catalog: n copies of every photo (default 10)
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { ChildSpec } from "./child-build.ts";
import { type Floor, measureFloor } from "./floor.ts";
import {
  machine as describe,
  describeMachine,
  fixed,
  mib,
  seconds,
  table,
  verdict,
} from "./format.ts";
import { loadPlan } from "./load-plan.ts";
import { alteredBytes, editCaption, findPhotos, makeCatalog } from "./make-catalog.ts";
import {
  type BuildFigures,
  buildInChild,
  type Published,
  publishedBytes,
  timeContactSheets,
  timeCopy,
} from "./measure.ts";
import { type NaiveResult, naiveBaseline } from "./naive-baseline.ts";
import { DEFAULT_SCALE, scaleOf, shardBench } from "./shard-bench.ts";

const NOW = "2026-12-01T00:00:00Z";
const GIB = 1024 ** 3;

const { values: flags } = parseArgs({
  options: {
    keep: { type: "boolean" },
    quick: { type: "boolean" },
    shards: { type: "boolean" },
    scale: { type: "string", default: String(DEFAULT_SCALE) },
  },
});
const repoRoot = path.resolve(import.meta.dirname, "../..");
const cores = os.availableParallelism();

let photos: string;
try {
  photos = await findPhotos(repoRoot);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const work = await mkdtemp(path.join(os.tmpdir(), "relais-bench-"));
try {
  await bench(photos, work);
  if (flags.shards) {
    console.log("");
    await shardBench({
      repoRoot,
      photos,
      work: path.join(work, "shards"),
      scale: scaleOf(flags.scale),
    });
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  if (flags.keep) console.log(`\nKept ${work}`);
  else await rm(work, { recursive: true, force: true });
}

async function bench(photos: string, work: string): Promise<void> {
  const machine = describe();
  console.log("Relais render benchmark");
  console.log(`${describeMachine(machine)}\n`);

  const one = path.join(work, "x1");
  const catalog = await makeCatalog({ repoRoot, photos, folder: one, copies: 1 });
  const config = await writeConfig(one, "relais.config.ts", ".cache", "dist");
  const loaded = await loadPlan(catalog.content, NOW);
  const images = loaded.renderPlan.kits.reduce(
    (sum, kit) =>
      sum + kit.sections.reduce((n, s) => n + s.items.reduce((m, i) => m + i.images.length, 0), 0),
    0,
  );
  const shape = {
    photos: catalog.photos.length,
    entries: loaded.catalog.entries.length,
    markets: loaded.catalog.markets.length,
    kits: loaded.renderPlan.kits.length,
    renderTasks: loaded.renderPlan.tasks.length,
    kitImages: images,
  };
  console.log(
    `Catalog: ${shape.photos} photos, ${shape.entries} entries, ${shape.markets} markets → ${shape.kits} kits, ${shape.kitImages} kit images planned from ${shape.renderTasks} render tasks (an image whose source is too small for its placement is left out)\n`,
  );

  const step = (label: string) => console.log(`… ${label}`);
  step("cold build");
  const cold = await buildInChild({ config, now: NOW });
  step("warm rebuild, nothing changed (the median of 5: a second is easily moved by the disk)");
  const warms: BuildFigures[] = [];
  for (let run = 0; run < 5; run += 1) warms.push(await buildInChild({ config, now: NOW }));
  const warm = warms.sort((a, b) => a.wallMs - b.wallMs)[2] as BuildFigures;
  step("rebuild after one caption change");
  await editCaption(catalog);
  const caption = await buildInChild({ config, now: NOW });
  step("rebuild after one image change");
  const changed = catalog.photos[0];
  if (!changed) throw new Error("[bench] The catalog has no photo");
  await writeFile(changed.location, await alteredBytes(changed.location));
  const image = await buildInChild({ config, now: NOW });

  step(
    "the same catalog with its site, from the cache: published bytes against distinct image bytes",
  );
  const withSite = await buildInChild({
    config: await writeConfig(one, "site.config.ts", ".cache", "dist-site", true),
    now: NOW,
  });
  const published = await publishedBytes(path.join(one, "dist-site"));
  await rm(path.join(one, "dist-site"), { recursive: true, force: true });
  console.log(
    `  ${published.files} files published, ${mib(published.bytes)} (${mib(published.downloadBytes)} of files to download, the rest pages); ${published.distinctImages} distinct images, ${mib(published.distinctImageBytes)} (site built in ${seconds(withSite.wallMs)})`,
  );
  step("contact sheets alone");
  const sheetsMs = await timeContactSheets(path.join(one, "dist"), path.join(work, "sheets"));
  step("the cold build's output copied once with cp -r (its bytes written, no work)");
  const copyMs = await timeCopy(path.join(one, "dist"), path.join(work, "copy"));
  step("floor: each source decoded once, each unique output encoded once, serially");
  globalThis.gc?.();
  const floor = await measureFloor(await loadPlan(catalog.content, NOW));
  globalThis.gc?.();

  step("cold build of the doubled catalog (a second copy of every photo, other bytes)");
  const two = path.join(work, "x2");
  await makeCatalog({ repoRoot, photos, folder: two, copies: 2 });
  const double = await buildInChild({
    config: await writeConfig(two, "relais.config.ts", ".cache", "dist"),
    now: NOW,
  });

  let naive: NaiveResult | undefined;
  const variants: Record<string, BuildFigures> = {};
  if (!flags.quick) {
    step(`naive baseline: one pipeline per pack image, ${cores} at once (the long one)`);
    naive = await naiveBaseline({
      loaded: await loadPlan(catalog.content, NOW),
      dist: path.join(one, "dist"),
      out: path.join(one, "naive"),
      concurrency: cores,
    });
    await rm(path.join(one, "naive"), { recursive: true, force: true });
    globalThis.gc?.();
    // Cold builds with other libvips and allocator settings, each with its own empty cache.
    const settings: {
      label: string;
      folder: string;
      spec?: Partial<ChildSpec>;
      env?: Record<string, string | undefined>;
    }[] = [
      { label: "renderer's settings again", folder: one },
      { label: `${cores} libvips threads per pipeline`, folder: one, spec: { vipsThreads: cores } },
      { label: "sharp.cache(false)", folder: one, spec: { vipsCache: false } },
      // What the build used before bin/relais.js set it: glibc's default, up to 8 arenas per core.
      { label: "MALLOC_ARENA_MAX unset", folder: one, env: { MALLOC_ARENA_MAX: undefined } },
      {
        label: "doubled catalog, MALLOC_ARENA_MAX unset",
        folder: two,
        env: { MALLOC_ARENA_MAX: undefined },
      },
    ];
    for (const [index, setting] of settings.entries()) {
      step(`cold build, ${setting.label}`);
      const [cache, out] = [`.cache-v${index}`, `dist-v${index}`];
      const variant = await writeConfig(setting.folder, `v${index}.config.ts`, cache, out);
      variants[setting.label] = await buildInChild(
        { config: variant, now: NOW, ...setting.spec },
        setting.env,
      );
      for (const done of [cache, out])
        await rm(path.join(setting.folder, done), { recursive: true });
    }
  }

  const figures = {
    machine,
    shape,
    cold,
    warm,
    caption,
    image,
    double,
    sheetsMs,
    copyMs,
    naive,
    variants,
    published,
  };
  const expected = floor.outputsByAsset.get(changed.id) ?? 0;
  printFigures(figures, floor, changed.id, expected);
  const targets = printTargets(figures, floor, expected);

  const record = path.join(repoRoot, ".relais", "bench");
  await mkdir(record, { recursive: true });
  const file = path.join(record, `results-${new Date().toISOString().replaceAll(":", "-")}.json`);
  const floorRecord = { ...floor, outputsByAsset: Object.fromEntries(floor.outputsByAsset) };
  await writeFile(
    file,
    `${JSON.stringify({ ...figures, floor: floorRecord, targets }, null, 2)}\n`,
  );
  console.log(`\nFigures recorded in ${path.relative(repoRoot, file)}`);
}

type Figures = {
  cold: BuildFigures;
  warm: BuildFigures;
  caption: BuildFigures;
  image: BuildFigures;
  double: BuildFigures;
  sheetsMs: number;
  copyMs: number;
  naive: NaiveResult | undefined;
  variants: Record<string, BuildFigures>;
  published: Published;
};

function printFigures(f: Figures, floor: Floor, changed: string, expected: number): void {
  const row = (label: string, b: BuildFigures, note = "") => [
    label,
    seconds(b.wallMs),
    String(b.rendered),
    seconds(b.cpuMs),
    mib(b.maxRssBytes),
    b.load.toFixed(1),
    note,
  ];
  const rows = [
    ["", "wall", "rendered", "CPU", "peak RSS", "load", ""],
    row(
      "cold build",
      f.cold,
      `${f.cold.images} kit images, ${f.cold.files} kit files, ${f.cold.kits} kits; ${f.cold.encodes} encodes`,
    ),
    row(
      "rebuild, nothing changed",
      f.warm,
      f.warm.unchanged ? "output left in place" : `${f.warm.cached} from cache`,
    ),
    row("rebuild, one caption changed", f.caption),
    row("rebuild, one image changed", f.image, `${changed}: ${expected} outputs`),
    row(
      "cold build, doubled catalog",
      f.double,
      `${f.double.images} images, ${f.double.files} files`,
    ),
    ...Object.entries(f.variants).map(([label, b]) => row(`cold build, ${label}`, b)),
    [
      "floor (decode + encode) / cores",
      seconds(floor.floorMs),
      String(floor.outputs),
      seconds(floor.decodeCpuMs + floor.encodeCpuMs),
      "",
      "",
      `decode ${seconds(floor.decodeCpuMs)} (${floor.sources} sources), encode ${seconds(floor.encodeCpuMs)} (${floor.encodes} distinct outputs)`,
    ],
  ];
  if (f.naive) {
    rows.push([
      "naive baseline",
      seconds(f.naive.wallMs),
      String(f.naive.files),
      seconds(f.naive.cpuMs),
      "",
      f.naive.load.toFixed(1),
      "one pipeline per pack image",
    ]);
  }
  console.log(`\n${table(rows)}`);

  const phase = (b: BuildFigures) => [
    seconds(b.startupMs),
    seconds(b.validateMs),
    seconds(b.renderMs),
    seconds(b.renderCpuMs),
    seconds(b.packMs),
    mib(b.renderRssBytes),
  ];
  const phases = [
    ["by phase", "start", "validate", "plan + render", "its CPU", "packs + report", "RSS then"],
    ["cold build", ...phase(f.cold)],
    ["rebuild, nothing changed", ...phase(f.warm)],
    ["cold build, doubled catalog", ...phase(f.double)],
  ];
  console.log(`\n${table(phases)}`);
  console.log(
    `The cold build's contact sheets, drawn again alone: ${seconds(f.sheetsMs)} of its ${seconds(f.cold.packMs)} of packs + report.`,
  );
  console.log(
    `Its output (${f.published.files} files) copied once with cp -r: ${seconds(f.copyMs)}; floor + that copy: ${seconds(floor.floorMs + f.copyMs)}, the cold build ${fixed(f.cold.wallMs / (floor.floorMs + f.copyMs), 2)} × that.`,
  );
  console.log(
    `The cold build's render phase used ${fixed(f.cold.renderCpuMs / (floor.decodeCpuMs + floor.encodeCpuMs), 2)} × the floor's CPU time.`,
  );
}

function printTargets(f: Figures, floor: Floor, expected: number) {
  const coldVsFloor = f.cold.wallMs / floor.floorMs;
  const naiveVsCold = f.naive ? f.naive.wallMs / f.cold.wallMs : undefined;
  const warmShare = f.warm.wallMs / f.cold.wallMs;
  const rssGrowth = f.double.maxRssBytes / f.cold.maxRssBytes;
  const repeated = f.published.downloadBytes / f.published.distinctImageBytes;
  const whole = f.published.bytes / f.published.distinctImageBytes;
  const targets = [
    {
      target: "cold ≤ 1.10 × floor (wall)",
      value: `${fixed(coldVsFloor, 2)} ×`,
      pass: coldVsFloor <= 1.1,
    },
    {
      target: "naive ≥ 1.5 × cold",
      value: naiveVsCold === undefined ? "not run" : `${fixed(naiveVsCold, 2)} ×`,
      pass: naiveVsCold === undefined ? undefined : naiveVsCold >= 1.5,
    },
    {
      target: "no-change rebuild ≤ 3 % of cold",
      value: `${fixed(warmShare * 100, 1)} %`,
      pass: warmShare <= 0.03,
    },
    {
      target: "one-caption change renders 0",
      value: String(f.caption.rendered),
      pass: f.caption.rendered === 0,
    },
    {
      target: "one-image change renders that photo's outputs",
      value: `${f.image.rendered} of ${expected}`,
      pass: f.image.rendered === expected,
    },
    {
      target: "cold build renders every unique output",
      value: `${f.cold.rendered} of ${floor.outputs}`,
      pass: f.cold.rendered === floor.outputs,
    },
    {
      target: "published files ≤ 1.5 × distinct image bytes",
      value: `${fixed(repeated, 2)} × (${mib(f.published.downloadBytes)} for ${mib(f.published.distinctImageBytes)})`,
      pass: repeated <= 1.5,
    },
    {
      target: "the whole site, pages included (reported)",
      value: `${fixed(whole, 2)} × (${mib(f.published.bytes)})`,
      pass: undefined,
    },
    {
      target: "peak RSS ≤ 1 GiB",
      value: mib(Math.max(f.cold.maxRssBytes, f.double.maxRssBytes)),
      pass: Math.max(f.cold.maxRssBytes, f.double.maxRssBytes) <= GIB,
    },
    {
      target: "peak RSS flat when the catalog doubles (≤ 1.10 ×)",
      value: `${fixed(rssGrowth, 2)} ×`,
      pass: rssGrowth <= 1.1,
    },
  ];
  console.log(
    `\n${table([["target", "measured", ""], ...targets.map((t) => [t.target, t.value, verdict(t.pass)])])}`,
  );
  console.log(
    `\nDoubled catalog: ${fixed(f.double.wallMs / f.cold.wallMs, 2)} × the cold time for ${fixed(f.double.rendered / Math.max(1, f.cold.rendered), 2)} × the renders.`,
  );
  return targets;
}

/**
 * A config for one run: its own cache and output folder, the catalog's content. Packs only: the
 * press kit site's renders and pages are not part of what this benchmark compares.
 */
async function writeConfig(
  folder: string,
  name: string,
  cache: string,
  out: string,
  site = false,
): Promise<string> {
  const file = path.join(folder, name);
  const config = { content: "content", out, cache, site: { enabled: site } };
  await writeFile(file, `export default ${JSON.stringify(config, null, 2)};\n`);
  return file;
}
