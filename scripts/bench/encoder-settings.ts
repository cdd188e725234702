// Encoder settings on real photos: bytes, SSIM and encode CPU for JPEG (mozjpeg and plain libjpeg,
// 4:2:0 and 4:4:4), WebP and AVIF. Each photo is framed with Relais's own `frameFor`, cut from the
// pixels `decodeSource` returns and resized as `encodeVariant` does; that resized image is the
// lossless reference every encoding is scored against (ssim.js, full resolution, luma; plus the
// same SSIM on the Cb and Cr planes). CPU times are medians of 3 runs with one libvips thread and
// only mean something relative to each other within one run.
//
// Run: node scripts/bench/encoder-settings.ts   (prints Markdown tables)
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp, { type Sharp } from "sharp";
import { ssim } from "ssim.js";
import { parse } from "yaml";
import { z } from "zod";
import type { ImageSize } from "../../src/channels/channel-spec.ts";
import { aspectRatioSchema, cropSchema, hotspotSchema } from "../../src/model/asset.ts";
import { frameFor } from "../../src/plan/crop-frame.ts";
import { decodeSource } from "../../src/render/images/decode-source.ts";

const ASSETS = path.join(import.meta.dirname, "../../content/assets");
const PHOTOS = [
  "wood-grain.jpg",
  "lady-bird.jpg",
  "rain-drops.jpg",
  "yellow-flower.jpg",
  "storm-road.jpg",
  // A PNG source (lossless, with an opaque alpha channel). arc-veil.png is not used: it is white
  // light on transparency, so flattened on white for JPEG it is a uniformly white image.
  "goldfish.png",
];
const SIZES: ImageSize[] = [
  { fit: "exact", width: 1080, height: 1350 },
  { fit: "exact", width: 1200, height: 675 },
];
const RUNS = 3;
const JPEG_QUALITIES = [60, 70, 75, 80, 82, 85, 90, 95];
/** The baseline every other setting is compared with: what all 37 placements write today. */
const BASELINE = "jpeg mozjpeg q82";

/** The framing fields of an asset record, with the record schema's defaults. */
const framing = z.object({
  hotspot: hotspotSchema.optional(),
  crop: cropSchema.optional(),
  crops: z.record(aspectRatioSchema, cropSchema).default({}),
});

type Encode = (image: Sharp) => Sharp;
interface Setting {
  name: string;
  encode: Encode;
}
const setting = (name: string, encode: Encode): Setting => ({ name, encode });

const SETTINGS: Setting[] = [
  ...JPEG_QUALITIES.map((quality) =>
    setting(`jpeg mozjpeg q${quality}`, (image) => image.jpeg({ quality, mozjpeg: true })),
  ),
  ...[75, 82, 90].map((quality) =>
    setting(`jpeg libjpeg q${quality}`, (image) => image.jpeg({ quality, mozjpeg: false })),
  ),
  setting("jpeg mozjpeg q82 4:4:4", (image) =>
    image.jpeg({ quality: 82, mozjpeg: true, chromaSubsampling: "4:4:4" }),
  ),
  ...[75, 82, 90].flatMap((quality) =>
    [4, 6].map((effort) =>
      setting(`webp q${quality} effort ${effort}`, (image) => image.webp({ quality, effort })),
    ),
  ),
  ...[50, 60, 70].flatMap((quality) =>
    [2, 3, 4].map((effort) =>
      setting(`avif q${quality} effort ${effort}`, (image) => image.avif({ quality, effort })),
    ),
  ),
];

type Gray = { data: Uint8ClampedArray; width: number; height: number };
interface Sample {
  label: string;
  width: number;
  height: number;
  /** The resized, flattened RGB pixels: the lossless reference. */
  rgb: Buffer;
  planes: Gray[];
}
interface Result {
  bytes: number;
  ssim: number;
  chromaSsim: number;
  cpuMs: number;
}

/** RGB → [RGBA for ssim.js's own luma, Cb as grey, Cr as grey] (JPEG's full-range YCbCr). */
function planes(rgb: Buffer, width: number, height: number): Gray[] {
  const n = width * height;
  const full = new Uint8ClampedArray(n * 4);
  const cb = new Uint8ClampedArray(n * 4);
  const cr = new Uint8ClampedArray(n * 4);
  for (let i = 0, o = 0; i < n * 3; i += 3, o += 4) {
    const r = rgb[i] as number;
    const g = rgb[i + 1] as number;
    const b = rgb[i + 2] as number;
    const u = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
    const v = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
    full[o] = r;
    full[o + 1] = g;
    full[o + 2] = b;
    cb[o] = cb[o + 1] = cb[o + 2] = u;
    cr[o] = cr[o + 1] = cr[o + 2] = v;
    full[o + 3] = cb[o + 3] = cr[o + 3] = 255;
  }
  return [full, cb, cr].map((data) => ({ data, width, height }));
}

/** Each photo framed for each size as Relais frames it, resized as `encodeVariant` resizes. */
async function loadSamples(): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (const photo of PHOTOS) {
    const source = await decodeSource(path.join(ASSETS, photo));
    const record = framing.parse(
      parse(await readFile(path.join(ASSETS, photo.replace(/\.\w+$/, ".yaml")), "utf8")),
    );
    for (const size of SIZES) {
      const frame = frameFor({ ...record, source }, size);
      let pipeline = sharp(source.pixels, {
        raw: { width: source.width, height: source.height, channels: source.channels },
      })
        .extract({ left: frame.left, top: frame.top, width: frame.width, height: frame.height })
        .resize(frame.outWidth, frame.outHeight, { fit: "fill", kernel: "lanczos3" });
      // Flattened for every format, so all encodings are scored against the same pixels.
      if (source.hasAlpha) pipeline = pipeline.flatten({ background: "#ffffff" });
      const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
      if (info.channels !== 3) throw new Error(`${photo}: expected RGB, got ${info.channels}`);
      samples.push({
        label: `${photo} ${info.width}×${info.height}`,
        width: info.width,
        height: info.height,
        rgb: data,
        planes: planes(data, info.width, info.height),
      });
    }
  }
  return samples;
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function measure(sample: Sample, { encode }: Setting): Promise<Result> {
  const { width, height } = sample;
  const cpu: number[] = [];
  let bytes = Buffer.alloc(0);
  for (let run = 0; run < RUNS; run++) {
    const since = process.cpuUsage();
    // The sRGB profile is written as Relais writes it; the rights XMP (a fixed few hundred bytes) is not.
    bytes = await encode(
      sharp(sample.rgb, { raw: { width, height, channels: 3 } }).withIccProfile("srgb"),
    ).toBuffer();
    const used = process.cpuUsage(since);
    cpu.push((used.user + used.system) / 1000);
  }
  const decoded = await sharp(bytes, { ignoreIcc: true }).removeAlpha().raw().toBuffer();
  const [luma, cb, cr] = planes(decoded, width, height).map(
    (plane, i) => ssim(sample.planes[i] as Gray, plane, { downsample: false }).mssim,
  );
  return {
    bytes: bytes.length,
    ssim: luma as number,
    chromaSsim: ((cb as number) + (cr as number)) / 2,
    cpuMs: median(cpu),
  };
}

type Results = Map<string, Result[]>;

/** The median over the images of one figure of a setting. */
function medianOf(results: Results, name: string, pick: (r: Result) => number): number {
  return median((results.get(name) ?? []).map(pick));
}

/** The median over the images of `of(result, reference)`: one setting against another, image by image. */
function paired(
  results: Results,
  name: string,
  against: string,
  of: (r: Result, ref: Result) => number,
): number {
  const refs = results.get(against) ?? [];
  return median((results.get(name) ?? []).map((r, i) => of(r, refs[i] as Result)));
}

/**
 * Per image, this setting's bytes over what mozjpeg would need for the same SSIM (interpolated
 * between the two qualities of the ladder that bracket it); the median over the images where the
 * ladder brackets it.
 */
function bytesAtEqualSsim(results: Results, name: string): number {
  const ladder = JPEG_QUALITIES.map((q) => results.get(`jpeg mozjpeg q${q}`) ?? []);
  const ratios = (results.get(name) ?? []).flatMap((r, i) => {
    const points = ladder.map((rs) => rs[i] as Result);
    const k = points.findIndex((p, j) => j > 0 && p.ssim >= r.ssim);
    const lo = points[k - 1];
    const hi = points[k];
    if (!lo || !hi || lo.ssim > r.ssim) return [];
    const t = hi.ssim === lo.ssim ? 0 : (r.ssim - lo.ssim) / (hi.ssim - lo.ssim);
    return [r.bytes / (lo.bytes + t * (hi.bytes - lo.bytes))];
  });
  return ratios.length ? median(ratios) : Number.NaN;
}

const signed = (v: number, digits: number) => `${v >= 0 ? "+" : ""}${v.toFixed(digits)}`;
const markdown = (rows: string[][]) =>
  [rows[0] ?? [], (rows[0] ?? []).map(() => "---"), ...rows.slice(1)]
    .map((row) => `| ${row.join(" | ")} |`)
    .join("\n");

function table(results: Results): string {
  const rows = [...results.keys()].map((name) => [
    name,
    (medianOf(results, name, (r) => r.bytes) / 1024).toFixed(1),
    `${paired(results, name, BASELINE, (r, ref) => r.bytes / ref.bytes).toFixed(2)}×`,
    `${bytesAtEqualSsim(results, name).toFixed(2)}×`,
    medianOf(results, name, (r) => r.ssim).toFixed(4),
    Math.min(...(results.get(name) ?? []).map((r) => r.ssim)).toFixed(4),
    medianOf(results, name, (r) => r.chromaSsim).toFixed(4),
    medianOf(results, name, (r) => r.cpuMs).toFixed(0),
    `${paired(results, name, BASELINE, (r, ref) => r.cpuMs / ref.cpuMs).toFixed(1)}×`,
  ]);
  const head = ["setting", "median KiB", "bytes vs q82", "bytes vs mozjpeg, same SSIM"];
  head.push("median SSIM", "worst SSIM");
  return markdown([[...head, "chroma SSIM", "encode CPU ms", "CPU vs q82"], ...rows]);
}

function perPhotoJpeg(samples: Sample[], results: Results): string {
  const rows = samples.map((sample, i) => [
    sample.label,
    ...JPEG_QUALITIES.map((q) => {
      const r = results.get(`jpeg mozjpeg q${q}`)?.[i] as Result;
      return `${(r.bytes / 1024).toFixed(0)} / ${r.ssim.toFixed(4)}`;
    }),
  ]);
  return markdown([["photo", ...JPEG_QUALITIES.map((q) => `q${q} KiB / SSIM`)], ...rows]);
}

/** The mozjpeg ladder step by step, and its knee: where the SSIM one extra byte buys falls most. */
function jpegLadder(results: Results): { table: string; knee: number; flatRates: number[] } {
  const steps = JPEG_QUALITIES.slice(1).map((q, k) => {
    const [name, lower] = [`jpeg mozjpeg q${q}`, `jpeg mozjpeg q${JPEG_QUALITIES[k]}`];
    const growth = paired(results, name, lower, (r, ref) => r.bytes / ref.bytes - 1);
    const gain = paired(results, name, lower, (r, ref) => r.ssim - ref.ssim);
    // SSIM bought per +10 % bytes, image by image.
    const rate = paired(
      results,
      name,
      lower,
      (r, ref) => (0.1 * (r.ssim - ref.ssim)) / (r.bytes / ref.bytes - 1),
    );
    return { from: JPEG_QUALITIES[k] as number, to: q, growth, gain, rate };
  });
  const falls = steps.map(({ rate }, k) => rate / (steps[k - 1]?.rate ?? rate));
  const knee = steps[falls.indexOf(Math.min(...falls))]?.from ?? Number.NaN;
  const rows = steps.map((s) => [
    `q${s.from}→q${s.to}`,
    `${signed(s.growth * 100, 1)} %`,
    signed(s.gain, 4),
    s.rate.toFixed(4),
  ]);
  return {
    table: markdown([["step", "bytes", "SSIM gained", "SSIM per +10 % bytes"], ...rows]),
    knee,
    flatRates: steps.filter((s) => s.from >= knee && s.to <= 85).map((s) => s.rate),
  };
}

/** Settings against q82 (median per-image differences), and the JPEG recommendation. */
function jpegFindings(results: Results): string[] {
  const bytes = (name: string, against = BASELINE) =>
    `${signed(paired(results, name, against, (r, ref) => r.bytes / ref.bytes - 1) * 100, 1)} %`;
  const ssimGain = (name: string, against = BASELINE) =>
    paired(results, name, against, (r, ref) => r.ssim - ref.ssim);
  const chromaGain = (name: string) =>
    paired(results, name, BASELINE, (r, ref) => r.chromaSsim - ref.chromaSsim);
  const versus = (name: string) =>
    `- ${name} vs ${BASELINE}: bytes ${bytes(name)}, SSIM ${signed(ssimGain(name), 4)}, ` +
    `chroma SSIM ${signed(chromaGain(name), 4)}`;

  const { table: ladder, knee, flatRates } = jpegLadder(results);
  const kneeName = `jpeg mozjpeg q${knee}`;
  const [full, q90, libjpeg82] = ["jpeg mozjpeg q82 4:4:4", "jpeg mozjpeg q90", "jpeg libjpeg q82"];
  const libjpegAtEqualSsim = [75, 82, 90].map(
    (q) => `${bytesAtEqualSsim(results, `jpeg libjpeg q${q}`).toFixed(2)}×`,
  );
  const libjpegCpu = paired(results, libjpeg82, BASELINE, (r, ref) => r.cpuMs / ref.cpuMs);
  const compared = [75, 80, 85, 90].map((q) => `jpeg mozjpeg q${q}`);
  compared.push("jpeg libjpeg q75", libjpeg82, "jpeg libjpeg q90", full);
  return [
    ladder,
    "",
    `Knee of the mozjpeg curve (past it, SSIM per extra byte falls most): q${knee}.`,
    "",
    ...compared.map(versus),
    "",
    "Recommendation:",
    "",
    `- Quality: q82 costs ${bytes(BASELINE, kneeName)} bytes over the knee (q${knee}) for ` +
      `${signed(ssimGain(BASELINE, kneeName), 4)} SSIM; from q${knee} to q85 each step buys SSIM at ` +
      `one steady rate (${flatRates.map((r) => r.toFixed(4)).join(", ")} per +10 % bytes), so 82 is ` +
      `on that flat stretch, above the knee: keep it where fidelity matters more than bytes; q${knee} is the floor.`,
    `- Chroma: 4:4:4 costs ${bytes(full)} bytes for ${signed(ssimGain(full), 4)} SSIM and ` +
      `${signed(chromaGain(full), 4)} chroma SSIM; about the same bytes spent on quality (q90, ` +
      `${bytes(q90)}) buy ${signed(ssimGain(q90), 4)} SSIM and ${signed(chromaGain(q90), 4)} chroma SSIM: ` +
      (ssimGain(full) < ssimGain(q90) ? "keep 4:2:0." : "4:4:4 is worth considering."),
    `- mozjpeg: for the same SSIM plain libjpeg needs ${libjpegAtEqualSsim.join(", ")} the mozjpeg ` +
      `bytes (at its q75, q82, q90); at q82 its chroma SSIM is ${signed(chromaGain(libjpeg82), 4)} ` +
      `and it uses ${libjpegCpu.toFixed(2)}× the CPU.`,
  ];
}

/** AVIF: what efforts 2 and 4 cost and save against effort 3 (Relais's default). */
function avifFindings(results: Results): string {
  const rows = [50, 60, 70].flatMap((q) =>
    [2, 4].map((effort) => {
      const name = `avif q${q} effort ${effort}`;
      const three = `avif q${q} effort 3`;
      return [
        `${q}`,
        `${effort}`,
        `${paired(results, name, three, (r, ref) => r.cpuMs / ref.cpuMs).toFixed(2)}×`,
        `${signed(paired(results, name, three, (r, ref) => r.bytes / ref.bytes - 1) * 100, 1)} %`,
        signed(
          paired(results, name, three, (r, ref) => r.ssim - ref.ssim),
          4,
        ),
      ];
    }),
  );
  const head = ["quality", "effort", "CPU vs effort 3", "bytes vs effort 3", "SSIM vs effort 3"];
  const against3 = (effort: number, of: (r: Result, ref: Result) => number) =>
    [50, 60, 70].map((q) =>
      paired(results, `avif q${q} effort ${effort}`, `avif q${q} effort 3`, of),
    );
  const range = (values: number[], scale: number, digits: number) =>
    `${(Math.min(...values) * scale).toFixed(digits)}–${(Math.max(...values) * scale).toFixed(digits)}`;
  const cpu4 = against3(4, (r, ref) => r.cpuMs / ref.cpuMs);
  const saved4 = against3(4, (r, ref) => 1 - r.bytes / ref.bytes);
  const cpu2 = against3(2, (r, ref) => 1 - r.cpuMs / ref.cpuMs);
  const extra2 = against3(2, (r, ref) => r.bytes / ref.bytes - 1);
  const effort = Math.min(...saved4) >= 0.1 ? 4 : Math.max(...extra2) < 0.05 ? 2 : 3;
  return [
    markdown([head, ...rows]),
    "",
    `Recommendation: effort ${effort}. Effort 4 costs ${range(cpu4, 1, 1)}× the CPU of effort 3 for ${range(saved4, 100, 1)} % ` +
      `fewer bytes (the design note: 5.6× for ~4 %); effort 2 saves ${range(cpu2, 100, 0)} % of the CPU for ` +
      `${range(extra2, 100, 1)} % more bytes.`,
  ].join("\n");
}

sharp.concurrency(1);
sharp.cache(false);
const samples = await loadSamples();
const results = new Map<string, Result[]>();
for (const s of SETTINGS) {
  const started = performance.now();
  const measured: Result[] = [];
  for (const sample of samples) measured.push(await measure(sample, s));
  results.set(s.name, measured);
  console.error(`${s.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

console.log(
  `## All settings (${samples.length} images: ${PHOTOS.length} photos × ${SIZES.length} sizes; sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips})\n`,
);
console.log(table(results));
console.log("\n## mozjpeg quality per image\n");
console.log(perPhotoJpeg(samples, results));
console.log("\n## JPEG\n");
console.log(jpegFindings(results).join("\n"));
console.log("\n## AVIF effort\n");
console.log(avifFindings(results));
