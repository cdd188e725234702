import { z } from "zod";
import { usageSchema } from "./audience.ts";
import {
  boundedText,
  idSchema,
  localizedSchema,
  momentSchema,
  nonEmptyText,
  TEXT_LIMITS,
} from "./primitives.ts";

const fraction = z.number().min(0).max(1);

/**
 * Sanity's image hotspot: the centre (`x`, `y`) and size of the area that must stay visible, as
 * fractions of the whole original image (as Sanity stores it: the same frame as `crop`).
 */
export const hotspotSchema = z.strictObject({
  x: fraction,
  y: fraction,
  width: fraction.default(0),
  height: fraction.default(0),
});

/** Sanity's image crop: how much to cut from each side, as fractions of the original image. */
export const cropSchema = z
  .strictObject({
    top: fraction.default(0),
    bottom: fraction.default(0),
    left: fraction.default(0),
    right: fraction.default(0),
  })
  .refine((crop) => crop.top + crop.bottom < 1 && crop.left + crop.right < 1, {
    message: "a crop that leaves part of the image (top + bottom < 1 and left + right < 1)",
  });

/** `W:H` with whole numbers, e.g. `9:16` or `4:5`. */
export const aspectRatioSchema = z
  .string()
  .regex(/^[1-9]\d*:[1-9]\d*$/, { message: "an aspect ratio such as 4:5 or 9:16" });

export const licenceSchema = z.strictObject({
  /** SPDX id or the name of the agreement, e.g. `GPL-2.0-or-later` or `Agency contract 2026-114`. */
  name: nonEmptyText,
  url: z.url().optional(),
  /**
   * Where the image may appear, by market id. `allow` lists the only markets allowed;
   * `exclude` removes markets. @default every market
   */
  territories: z
    .strictObject({
      allow: z.array(idSchema).optional(),
      exclude: z.array(idSchema).default([]),
    })
    .default({ exclude: [] }),
  /** What the image may be used for. */
  usage: z.array(usageSchema).min(1, { message: "at least one usage" }),
  /** From this moment the image may no longer be used (local time in each market, see moments). */
  expires: momentSchema.optional(),
});

/** An image with its rights: `content/assets/<id>.yaml` next to the image file. */
export const assetSchema = z.strictObject({
  /** The image file, relative to the sidecar. */
  file: nonEmptyText,
  /**
   * Alt text per locale. The brand's default locale is required and no entry may be blank; that is
   * checked with the catalog (it needs the brand), and reported as `MissingAltText`.
   */
  alt: localizedSchema(boundedText(TEXT_LIMITS.alt)).default({}),
  credit: z.strictObject({
    creator: nonEmptyText,
    year: z.int().min(1800).max(2200).optional(),
  }),
  licence: licenceSchema,
  /**
   * Colour a transparent image is laid on for formats without transparency (JPEG). @default the
   * channel record's background — set it for a light, mostly transparent image that would vanish
   * on white.
   */
  background: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { message: "a colour such as #1d1b18" })
    .optional(),
  hotspot: hotspotSchema.optional(),
  crop: cropSchema.optional(),
  /** A dedicated crop per aspect ratio (e.g. `"9:16"`), which wins over the hotspot for it. */
  crops: z.record(aspectRatioSchema, cropSchema).default({}),
  /**
   * The image shows a person whose silhouette or face was reshaped by image processing: captions
   * that publish it carry the market's `disclosure.retouched` line (France's law asks for it).
   * @default false
   */
  retouchedPerson: z.boolean().default(false),
});

export type AssetData = z.infer<typeof assetSchema>;

/** `© Charles Barbin 2008`: the short credit shown beside an image in manifests and on the site. */
export function creditOf(asset: Pick<AssetData, "credit">): string {
  const year = asset.credit.year === undefined ? "" : ` ${asset.credit.year}`;
  return `© ${asset.credit.creator}${year}`;
}
export type Licence = z.infer<typeof licenceSchema>;
export interface Asset extends AssetData {
  id: string;
  /** Where the document came from: a file path or a Sanity document id. */
  origin: string;
  /** Where the source keeps the image bytes: a file path or a URL. */
  location: string;
  /** Hash of the image's bytes, from the source: part of every render's cache key. */
  contentHash: string;
  /** The source's upright size in pixels, from its header, when the source read it. */
  pixels?: { width: number; height: number };
}
