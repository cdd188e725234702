// The benchmark catalog: the sample house's brand, audiences and markets, with every real photo of
// ../shared/photos used by stories, capsules and products in every market and placement.
import { access, copyFile, cp, mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pLimit from "p-limit";
import sharp from "sharp";
import { parse, stringify } from "yaml";

export interface Credit {
  file: string;
  creator: string;
  year?: number;
  license: string;
}

export interface Photo {
  /** Asset id in the catalog. */
  id: string;
  /** Absolute path of the image in the catalog's assets/ folder. */
  location: string;
}

export interface BenchCatalog {
  /** The content folder (`--content`). */
  content: string;
  photos: Photo[];
  /** Story whose English text the one-caption change edits. */
  firstStory: string;
}

const LICENCES: Record<string, { name: string; url: string }> = {
  "GPL-2+": {
    name: "GPL-2.0-or-later",
    url: "https://spdx.org/licenses/GPL-2.0-or-later.html",
  },
  "CC-BY-SA-3.0": {
    name: "CC-BY-SA-3.0",
    url: "https://creativecommons.org/licenses/by-sa/3.0/",
  },
};

/** Locales of the sample's markets, with a word for each entry type in that locale. */
const TEXTS: Record<string, { story: string; capsule: string; product: string; body: string }> = {
  fr: {
    story: "Histoire",
    capsule: "Capsule",
    product: "Pièce",
    body: "Un texte de banc d'essai.",
  },
  en: { story: "Story", capsule: "Capsule", product: "Piece", body: "A benchmark text." },
  "zh-Hans": { story: "故事", capsule: "系列", product: "单品", body: "基准测试文本。" },
  ja: { story: "物語", capsule: "カプセル", product: "アイテム", body: "ベンチマーク用の文章。" },
  ko: { story: "이야기", capsule: "캡슐", product: "작품", body: "벤치마크용 글입니다." },
  ar: { story: "قصة", capsule: "مجموعة", product: "قطعة", body: "نص لاختبار الأداء." },
};
const DEFAULT_LOCALE = "fr";
const PER_ENTRY = 5;

/** The photos folder beside the repository, or a clear error when it is not there. */
export async function findPhotos(repoRoot: string): Promise<string> {
  const folder = path.resolve(repoRoot, "../shared/photos");
  try {
    await access(path.join(folder, "CREDITS.yaml"));
  } catch {
    throw new Error(
      `[bench] No photos at ${folder}: the benchmark needs the 20 photos and their CREDITS.yaml there.`,
    );
  }
  return folder;
}

export async function readCredits(photos: string): Promise<Credit[]> {
  return parse(await readFile(path.join(photos, "CREDITS.yaml"), "utf8")) as Credit[];
}

/**
 * Writes the catalog into `folder/content`. With `copies: 2`, every photo is used a second time
 * through a re-encoded copy (other bytes, same pixels' size), so the renders double; with
 * `copies: n`, n times, each copy with its own bytes. `reuse`: a catalog made before, whose copies
 * are copied instead of encoded again (a copy's bytes depend only on the photo and its number).
 */
export async function makeCatalog(options: {
  repoRoot: string;
  photos: string;
  folder: string;
  copies: number;
  reuse?: BenchCatalog;
}): Promise<BenchCatalog> {
  const content = path.join(options.folder, "content");
  const sample = path.join(options.repoRoot, "content");
  await mkdir(path.join(content, "assets"), { recursive: true });
  await copyFile(path.join(sample, "brand.yaml"), path.join(content, "brand.yaml"));
  await copyFile(path.join(sample, "audiences.yaml"), path.join(content, "audiences.yaml"));
  await cp(path.join(sample, "markets"), path.join(content, "markets"), { recursive: true });

  const credits = await readCredits(options.photos);
  const photos: Photo[] = [];
  // Copies are encoded as many at once as there are cores (one is a few seconds of libvips).
  const limit = pLimit(os.availableParallelism());
  const writes: Promise<void>[] = [];
  for (let copy = 1; copy <= options.copies; copy++) {
    for (const [index, credit] of credits.entries()) {
      const id = `${slugOf(credit.file)}${copy === 1 ? "" : `-${copy}`}`;
      const file = `${id}${path.extname(credit.file).toLowerCase()}`;
      const location = path.join(content, "assets", file);
      const original = path.join(options.photos, credit.file);
      const made = options.reuse?.photos.find((photo) => photo.id === id);
      writes.push(
        limit(async () => {
          if (made) await copyFile(made.location, location);
          else if (copy === 1) await copyFile(original, location);
          else await writeFile(location, await alteredBytes(original, copy));
          await writeYaml(path.join(content, "assets", `${id}.yaml`), sidecar(credit, file, index));
        }),
      );
      photos.push({ id, location });
    }
  }
  await Promise.all(writes);

  const groups = chunk(photos, PER_ENTRY);
  for (const [i, group] of groups.entries()) {
    const [hero, ...gallery] = group.map((photo) => photo.id);
    await writeEntry(content, "stories", `story-${i + 1}`, "story", i + 1, { hero, gallery });
    await writeEntry(content, "capsules", `capsule-${i + 1}`, "capsule", i + 1, {
      season: "FW26",
      keyVisuals: group.map((photo) => photo.id),
    });
  }
  for (const [i, photo] of photos.entries()) {
    await writeEntry(content, "products", `product-${photo.id}`, "product", i + 1, {
      sku: `BX-${String(i + 1).padStart(4, "0")}`,
      images: [photo.id],
      soldIn: ["fr", "us", "cn", "jp", "kr", "ae"],
    });
  }
  return { content, photos, firstStory: path.join(content, "stories", "story-1") };
}

/**
 * The same picture with other bytes: what an editor's re-export of a photo gives. Copy 2 is 2 %
 * brighter; each later copy 1 % darker than the one before (99 %, 98 %, …), since brightening
 * leaves a mostly white picture as it was once its whites are clipped. No two copies share bytes
 * or outputs.
 */
export async function alteredBytes(file: string, copy = 2): Promise<Buffer> {
  const brightness = copy === 2 ? 1.02 : 1 - (copy - 2) / 100;
  if (copy < 2 || brightness <= 0.5)
    throw new Error(`[bench] Copy ${copy}: from 2 to 51 copies of a photo`);
  const image = sharp(file).modulate({ brightness });
  const { format } = await image.metadata();
  return format === "png" ? image.png().toBuffer() : image.jpeg({ quality: 92 }).toBuffer();
}

/** Edits one translation's text (the English body of the first story): a caption-only change. */
export async function editCaption(catalog: BenchCatalog): Promise<void> {
  const file = path.join(catalog.firstStory, "index.en.md");
  const text = await readFile(file, "utf8");
  await writeFile(file, `${text.trimEnd()} Edited once.\n`);
}

function sidecar(credit: Credit, file: string, index: number) {
  const licence = LICENCES[credit.license];
  if (!licence) throw new Error(`[bench] Unknown licence ${credit.license} for ${credit.file}`);
  // A focal point that moves from photo to photo, so placements are not all centred.
  const x = 0.35 + 0.3 * ((index % 5) / 4);
  const y = 0.4 + 0.2 * ((index % 3) / 2);
  return {
    file,
    alt: {
      fr: `Photographie ${credit.file} de ${credit.creator}.`,
      en: `Photograph ${credit.file} by ${credit.creator}.`,
    },
    credit:
      credit.year === undefined
        ? { creator: credit.creator }
        : { creator: credit.creator, year: credit.year },
    licence: { ...licence, usage: ["social", "editorial", "commerce"] },
    hotspot: { x: round(x), y: round(y), width: 0.3, height: 0.3 },
  };
}

async function writeEntry(
  content: string,
  folder: string,
  slug: string,
  type: "story" | "capsule" | "product",
  n: number,
  shared: Record<string, unknown>,
): Promise<void> {
  const dir = path.join(content, folder, slug);
  await mkdir(dir, { recursive: true });
  for (const [locale, words] of Object.entries(TEXTS)) {
    const title = `${words[type]} ${n}`;
    const text = type === "product" ? { name: title } : { title };
    const data = locale === DEFAULT_LOCALE ? { ...text, ...shared } : text;
    const name = locale === DEFAULT_LOCALE ? "index.md" : `index.${locale}.md`;
    await writeFile(path.join(dir, name), `---\n${stringify(data)}---\n\n${words.body}\n`);
  }
}

async function writeYaml(file: string, data: unknown): Promise<void> {
  await writeFile(file, stringify(data));
}

/** `FreshFlower.jpg` → `fresh-flower`, `ArcColors-transparent.png` → `arc-colors-transparent`. */
function slugOf(file: string): string {
  return path
    .basename(file, path.extname(file))
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
