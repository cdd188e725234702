import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { stringify } from "yaml";

/**
 * A small valid house on disk, as plain objects so each test changes one thing. Files are written
 * to a fresh temporary folder and read back by the real Markdown source.
 */
export interface HouseFiles {
  [relativePath: string]: unknown;
}

/**
 * A real 64 × 64 JPEG of one colour (291 bytes), the smallest image Relais accepts: sources probe
 * every asset's image, so a placeholder must be an image. Tests that render use `houseWithPhotos`.
 */
export const placeholderImage: Uint8Array = Buffer.from(
  "/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/" +
    "2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/" +
    "wAARCABAAEADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAP/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEB" +
    "AQAAAAAAAAAAAAAAAAAAAAP/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCYCCwAAAAAAAAAAAAAAAAA" +
    "AAAAAAAAAAAAD//Z",
  "base64",
);

export function minimalHouse(): HouseFiles {
  return {
    "brand.yaml": {
      name: "Maison Test",
      defaultLocale: "fr",
      hashtags: ["MaisonTest"],
      creditLine: { fr: "Photo : {creator}, {year}", en: "Photo: {creator}, {year}" },
    },
    "audiences.yaml": {
      public: { name: "Fans", receives: ["story", "capsule"], usage: "social" },
      press: { name: "Press", receives: ["story", "capsule", "product"], usage: "editorial" },
    },
    "markets/fr.yaml": {
      name: "France",
      locales: ["fr", "en"],
      timeZone: "Europe/Paris",
      channels: ["instagram/feed-portrait"],
    },
    "markets/jp.yaml": {
      name: "Japan",
      locales: ["ja", "en"],
      timeZone: "Asia/Tokyo",
      channels: ["line/rich-message", "x/post"],
    },
    "assets/hero.yaml": {
      file: "hero.jpg",
      alt: { fr: "Un sac en cuir", en: "A leather bag", ja: "革のバッグ" },
      credit: { creator: "Jane Doe", year: 2024 },
      licence: { name: "CC-BY-SA-3.0", usage: ["social", "editorial", "commerce"] },
      hotspot: { x: 0.5, y: 0.4, width: 0.3, height: 0.3 },
    },
    "assets/hero.jpg": placeholderImage,
    "assets/detail.yaml": {
      file: "detail.jpg",
      alt: { fr: "Une couture sellier" },
      credit: { creator: "John Roe" },
      licence: { name: "GPL-2.0-or-later", usage: ["social", "editorial"] },
    },
    "assets/detail.jpg": placeholderImage,
    "stories/la-maison/index.md": markdown(
      { title: "La Maison", dek: "Depuis 1854", year: 1854, hero: "hero", gallery: ["detail"] },
      "Il était une fois.",
    ),
    "stories/la-maison/index.en.md": markdown({ title: "The House" }, "Once upon a time."),
    "stories/la-maison/index.ja.md": markdown({ title: "メゾン" }, "昔々。"),
    "capsules/nuit/index.md": markdown(
      { title: "Nuit", season: "FW26", keyVisuals: ["hero"], products: ["sac-nuit"] },
      "La nuit.",
    ),
    "capsules/nuit/index.en.md": markdown({ title: "Night" }, "The night."),
    "products/sac-nuit/index.md": markdown(
      {
        name: "Sac Nuit",
        sku: "MT-FW26-001",
        capsule: "nuit",
        images: ["hero"],
        soldIn: ["fr", "jp"],
      },
      "Un sac.",
    ),
    "products/sac-nuit/index.en.md": markdown({ name: "Night Bag" }, "A bag."),
  };
}

export function markdown(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${stringify(frontmatter)}---\n${body}\n`;
}

/** Writes the house; objects become YAML, strings are written as they are. */
export async function writeHouse(files: HouseFiles): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "relais-house-"));
  for (const [relative, content] of Object.entries(files)) {
    if (content === undefined) continue;
    const target = path.join(root, relative);
    await mkdir(path.dirname(target), { recursive: true });
    const raw = typeof content === "string" || content instanceof Uint8Array;
    await writeFile(target, raw ? content : stringify(content));
  }
  return root;
}

/** A copy of the house with `changes` applied: `undefined` removes a file. */
export function withFiles(changes: HouseFiles, base: HouseFiles = minimalHouse()): HouseFiles {
  return { ...base, ...changes };
}

/** The minimal house with real photographs from the sample house instead of placeholder bytes. */
export async function houseWithPhotos(changes: HouseFiles = {}): Promise<HouseFiles> {
  const { readFile } = await import("node:fs/promises");
  const photo = (name: string) =>
    readFile(path.resolve(import.meta.dirname, "../../content/assets", name));
  return withFiles({
    "assets/hero.jpg": await photo("yellow-flower.jpg"),
    "assets/detail.jpg": await photo("lady-bird.jpg"),
    ...changes,
  });
}
