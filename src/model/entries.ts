import { z } from "zod";
import type { EntryType } from "./audience.ts";
import { marketPriceSchema } from "./price.ts";
import {
  boundedText,
  hashtagSchema,
  idSchema,
  momentSchema,
  nonEmptyText,
  requiredText,
  slugSchema,
  TEXT_LIMITS,
} from "./primitives.ts";

/**
 * Fields every entry shares. Localized text (title, body…) is not here: it lives per locale in
 * `text` (see the text schemas below), one file per locale on disk.
 */
const entryBase = {
  /**
   * Markets where the entry is published. `include` lists the only markets; `exclude` removes
   * markets. @default every market
   */
  markets: z
    .strictObject({
      include: z.array(idSchema).optional(),
      exclude: z.array(idSchema).default([]),
    })
    .default({ exclude: [] }),
  /** Nothing of the entry appears anywhere before this moment, per market. */
  embargo: z
    .strictObject({
      /** For every market; a moment without offset is local time in each market. */
      publishAt: momentSchema.optional(),
      /** Per-market moments that replace `publishAt` for that market. */
      markets: z.record(idSchema, momentSchema).default({}),
      /**
       * Opts the launch (a story or a capsule) into a press preview: until the embargo lifts in a
       * market, that market's press audiences (usage `editorial`) get the launch's kit at an
       * unlisted address, and nowhere else. `true` for every market the launch targets, or the
       * markets whose press is accredited. @default no preview
       */
      pressPreview: z
        .union([z.literal(true), z.strictObject({ markets: z.array(idSchema).min(1) })])
        .optional(),
    })
    .default({ markets: {} }),
  /** From this moment the entry is withdrawn everywhere (local time in each market). */
  unpublishAt: momentSchema.optional(),
};

export const storySchema = z.strictObject({
  ...entryBase,
  /** The year the era starts (the era itself is text, per locale: see `storyTextSchema`). */
  year: z.int().min(1000).max(2200).optional(),
  hero: idSchema,
  gallery: z.array(idSchema).default([]),
  tags: z.array(slugSchema).default([]),
});

export const capsuleSchema = z.strictObject({
  ...entryBase,
  /** Season code, e.g. `SS27` or `FW26`. */
  season: z.string().regex(/^(SS|FW|AW|PF|RE|HC)\d{2}$/, {
    message: "a season code such as SS27, FW26, PF27 (pre-fall), RE27 (resort) or HC27 (couture)",
  }),
  keyVisuals: z.array(idSchema).min(1, { message: "at least one key visual" }),
  /** Product slugs, in the order the capsule shows them. */
  products: z.array(slugSchema).default([]),
  hashtags: z.array(hashtagSchema).default([]),
  /** The campaign's own hashtag or handle, without `#`/`@`, e.g. `AureleNuit`. */
  campaignHandle: hashtagSchema.optional(),
});

export const productSchema = z.strictObject({
  ...entryBase,
  sku: z.string().regex(/^[A-Z0-9][A-Z0-9-]{2,31}$/, {
    message: "a SKU of 3 to 32 upper-case letters, digits and hyphens",
  }),
  /** The capsule the product belongs to; a product never appears before its capsule. */
  capsule: slugSchema.optional(),
  images: z.array(idSchema).min(1, { message: "at least one image" }),
  /** Markets where the product is sold; it is published nowhere else. */
  soldIn: z.array(idSchema).min(1, { message: "at least one market" }),
  /**
   * The price and availability per market id, in the market's `currency`; shown on
   * live-shopping product cards. @default none
   */
  prices: z.record(idSchema, marketPriceSchema).default({}),
});

/** Longest talking point, do or don't, in characters: a line a person can keep in mind. */
export const BRIEF_ITEM_LENGTH = 280;
/** Most lines per list of a brief: past this it is a document, not a brief. */
export const BRIEF_ITEMS = 10;

const briefList = z.array(requiredText(BRIEF_ITEM_LENGTH)).max(BRIEF_ITEMS, {
  message: `at most ${BRIEF_ITEMS} lines`,
});

/**
 * What the house wants the people posting a launch to say and avoid, in one locale: the kit's
 * BRIEF.txt and the brief on its page give it, with the launch's dates and each image's window.
 */
export const briefSchema = z.strictObject({
  /** What to say about the launch, one idea a line. */
  talkingPoints: briefList.default([]),
  /** What to do when posting it (tag the house, keep the credit…). */
  do: briefList.default([]),
  /** What not to do (crop the logo, name a price…). */
  dont: briefList.default([]),
});

/** Localized text per entry type; the Markdown body is `body`. */
export const storyTextSchema = z.strictObject({
  title: nonEmptyText,
  dek: boundedText(TEXT_LIMITS.dek).optional(),
  /**
   * The era as the house tells it in this locale (`Années trente`, `The Thirties`, `1930年代`). A
   * locale without its own shows none: never another language's.
   */
  era: boundedText(100).optional(),
  body: boundedText(TEXT_LIMITS.body).default(""),
  brief: briefSchema.optional(),
});

export const capsuleTextSchema = z.strictObject({
  title: nonEmptyText,
  dek: boundedText(TEXT_LIMITS.dek).optional(),
  body: boundedText(TEXT_LIMITS.body).default(""),
  brief: briefSchema.optional(),
});

export const productTextSchema = z.strictObject({
  name: nonEmptyText,
  body: boundedText(TEXT_LIMITS.body).default(""),
  brief: briefSchema.optional(),
});

export const entrySchemas = {
  story: { data: storySchema, text: storyTextSchema },
  capsule: { data: capsuleSchema, text: capsuleTextSchema },
  product: { data: productSchema, text: productTextSchema },
} as const;

/** The localized field names of each type: a driver uses them to split shared from localized. */
export const localizedFields: Record<EntryType, readonly string[]> = {
  story: Object.keys(storyTextSchema.shape),
  capsule: Object.keys(capsuleTextSchema.shape),
  product: Object.keys(productTextSchema.shape),
};

export type StoryData = z.infer<typeof storySchema>;
export type CapsuleData = z.infer<typeof capsuleSchema>;
export type ProductData = z.infer<typeof productSchema>;
export type StoryText = z.infer<typeof storyTextSchema>;
export type CapsuleText = z.infer<typeof capsuleTextSchema>;
export type ProductText = z.infer<typeof productTextSchema>;
export type Brief = z.infer<typeof briefSchema>;

interface EntryCommon<T> {
  slug: string;
  origin: string;
  /** Text per locale, and where each came from. */
  text: Record<string, T>;
  textOrigins: Record<string, string>;
}

export type Story = EntryCommon<StoryText> & { type: "story"; data: StoryData };
export type Capsule = EntryCommon<CapsuleText> & { type: "capsule"; data: CapsuleData };
export type Product = EntryCommon<ProductText> & { type: "product"; data: ProductData };
export type Entry = Story | Capsule | Product;

/** The asset ids an entry shows, in order: the hero first. */
export function entryAssetIds(entry: Entry): string[] {
  if (entry.type === "story") return [entry.data.hero, ...entry.data.gallery];
  if (entry.type === "capsule") return entry.data.keyVisuals;
  return entry.data.images;
}

export function entryTitle(entry: Entry, locale: string): string | undefined {
  const text = entry.text[locale];
  if (!text) return undefined;
  return "title" in text ? text.title : text.name;
}
