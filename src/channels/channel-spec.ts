import { z } from "zod";
import { entryTypeSchema, usageSchema } from "../model/audience.ts";
import { channelIdSchema, momentSchema } from "../model/primitives.ts";

/**
 * A channel record: everything Relais needs to know about one platform placement, as data. Adding
 * a platform is adding a record; a house overrides or adds records in `relais.config.ts`.
 */

/** How a platform counts the length of a text. */
export const countingSchema = z.enum([
  /** Grapheme clusters (`Intl.Segmenter`) after NFC: what a person sees as one character. */
  "graphemes",
  /** X's weighted length (twitter-text): CJK and emoji count 2, every URL 23. */
  "twitter",
  /** UTF-16 code units, as JavaScript's `length` (TikTok). */
  "utf16",
  /** Graphemes, but an emoji costs its UTF-8 byte length (Threads: a ZWJ family emoji costs 25). */
  "graphemes-emoji-utf8",
  /** Weibo: full-width characters count 1, half-width (ASCII) characters ½, rounded up. */
  "weibo",
]);
export type Counting = z.infer<typeof countingSchema>;

export const textLimitSchema = z.strictObject({
  max: z.int().positive(),
  /** @default "graphemes" */
  counting: countingSchema.default("graphemes"),
});
export type TextLimit = z.infer<typeof textLimitSchema>;

export const imageFormatSchema = z.enum(["jpeg", "png", "webp", "avif"]);
export type ImageFormat = z.infer<typeof imageFormatSchema>;

/** Fractions of the frame to keep free of the subject (platform UI covers them). */
export const safeZoneSchema = z.strictObject({
  top: z.number().min(0).max(1).default(0),
  bottom: z.number().min(0).max(1).default(0),
  left: z.number().min(0).max(1).default(0),
  right: z.number().min(0).max(1).default(0),
});

export const imageSizeSchema = z.discriminatedUnion("fit", [
  /** Exactly width × height, cover-cropped on the focal point. */
  z.strictObject({
    fit: z.literal("exact"),
    width: z.int().positive(),
    height: z.int().positive(),
  }),
  /** This width; the height follows the source's aspect (after its crop). */
  z.strictObject({ fit: z.literal("width"), width: z.int().positive() }),
]);
export type ImageSize = z.infer<typeof imageSizeSchema>;

export const channelSpecSchema = z.strictObject({
  id: channelIdSchema,
  /** Human name, e.g. "Instagram feed, portrait 4:5". */
  name: z.string().min(1),
  image: z.strictObject({
    size: imageSizeSchema,
    /**
     * More widths of the same image, served together (LINE imagemap: 240, 300, 460, 700 beside
     * 1040). Each keeps the main output's aspect.
     */
    extraWidths: z.array(z.int().positive()).default([]),
    /** Formats the platform accepts, and the one Relais writes. */
    acceptedFormats: z.array(imageFormatSchema).min(1),
    format: imageFormatSchema,
    /** Encoder quality to start from (1–100); lowered step by step to meet `maxBytes`. */
    quality: z.int().min(1).max(100).default(82),
    /** Hard limit on the file size in bytes. */
    maxBytes: z.int().positive(),
    /** Output colour space: every platform here documents sRGB. @default "srgb" */
    colorSpace: z.literal("srgb").default("srgb"),
    /** Background for transparent sources when the format has no alpha (JPEG). @default "#ffffff" */
    background: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .default("#ffffff"),
    /** Areas the platform's UI covers: the focal point is kept out of them where possible. */
    safeZone: safeZoneSchema.optional(),
  }),
  text: z.strictObject({
    /** The caption or post text; absent when the placement has none (a story image). */
    caption: textLimitSchema.optional(),
    title: textLimitSchema.optional(),
    /** Description, digest (WeChat) or note body, when separate from the caption. */
    description: textLimitSchema.optional(),
    /** Alt text the platform accepts with the image (LINE: 400). */
    altText: textLimitSchema.optional(),
    hashtags: z.strictObject({
      /** `#tag`, Weibo's `#话题#`, or none (hashtags are not used). */
      syntax: z.enum(["hash", "hash-both-sides", "none"]),
      /** Most hashtags in one post. */
      max: z.int().nonnegative().optional(),
    }),
    /** Whether links in the caption are clickable (Instagram: no; put them elsewhere). */
    linksClickable: z.boolean(),
  }),
  /**
   * Licence usage the placement needs besides the audience's own: marketplaces need `commerce`.
   * @default none — a social placement is used as the audience uses it (fans post, the press
   * publishes), so the audience's usage decides.
   */
  usage: usageSchema.optional(),
  /**
   * Entry types the placement carries: a marketplace listing takes products only.
   * @default every type
   */
  entryTypes: z.array(entryTypeSchema).min(1).default(["story", "capsule", "product"]),
  /** Where the facts come from and when they were checked. */
  source: z.strictObject({
    url: z.url(),
    /** The day the facts were checked. */
    checked: momentSchema,
    /** ✅ platform docs, ◐ reputable secondary, ⚠ uncertain (the record then takes the safe side). */
    confidence: z.enum(["platform", "secondary", "uncertain"]),
  }),
  notes: z.string().optional(),
});

export type ChannelSpecInput = z.input<typeof channelSpecSchema>;
export type ChannelSpec = z.output<typeof channelSpecSchema>;
