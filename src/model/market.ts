import { z } from "zod";
import { isRegionCode } from "../i18n/market-names.ts";
import { disclosureSchema } from "./disclosure.ts";
import { currencySchema } from "./price.ts";
import {
  channelIdSchema,
  hashtagSchema,
  localeSchema,
  localizedSchema,
  nonEmptyText,
  requiredText,
  TEXT_LIMITS,
  timeZoneSchema,
} from "./primitives.ts";

export const textDirectionSchema = z.enum(["ltr", "rtl"]);
export type TextDirection = z.infer<typeof textDirectionSchema>;

/** Where content is published: `content/markets/<id>.yaml`. The id is the file name. */
export const marketSchema = z.strictObject({
  /** The market's name in the brand's default locale; the last resort in every other locale. */
  name: nonEmptyText,
  /**
   * The market's name by locale, where the house wants its own rather than the region's common
   * name (`中国大陆` for mainland China, where CLDR says 中国). A locale finds its name through its
   * chain (`zh-Hans-CN` → `zh-Hans` → `zh`). @default none: the region's name in each locale
   */
  names: localizedSchema(nonEmptyText).default({}),
  /**
   * The ISO 3166-1 alpha-2 region the market is, which names it in every language (`JP` is 日本
   * in Japanese, اليابان in Arabic). @default the id upper-cased, when it is a region (`jp`)
   */
  region: z
    .string()
    .refine(isRegionCode, { message: "an ISO 3166-1 alpha-2 region code such as JP, AE or US" })
    .optional(),
  /**
   * The locale fallback chain, most wanted first: `[zh-Hans, en]` shows Simplified Chinese and
   * falls back to English where an entry has no Chinese text.
   */
  locales: z.array(localeSchema).min(1, { message: "at least one locale" }),
  /** IANA time zone; embargo and expiry times without an offset are read in it. */
  timeZone: timeZoneSchema,
  /**
   * Text direction per locale. @default the locale's own direction from `Intl.Locale`
   * (`ar` is right-to-left), so only unusual cases need to be written.
   */
  directions: z.record(localeSchema, textDirectionSchema).default({}),
  /**
   * ISO 4217 currency of the market's prices (`EUR`, `CNY`). A product's `prices` and a
   * live-shopping moment need it. @default none
   */
  currency: currencySchema.optional(),
  /** Channel ids used in this market, e.g. `instagram/feed-portrait`. */
  channels: z.array(channelIdSchema).default([]),
  /** Hashtags for this market, without `#`. */
  hashtags: z.array(hashtagSchema).default([]),
  /** Legal lines required in this market, per locale (added after the brand's). */
  legalLines: localizedSchema(z.array(requiredText(TEXT_LIMITS.legalLine))).default({}),
  /**
   * The lines a paid, gifted or retouched post needs in this market (see docs/disclosure.md).
   * Unlike legal lines, they go only into the captions of audiences whose `partnership` asks
   * for them, and never give way. @default none
   */
  disclosure: disclosureSchema.default({ position: "start", platforms: {} }),
});

export type MarketData = z.infer<typeof marketSchema>;

export interface Market extends MarketData {
  id: string;
  /** Direction of every locale of the chain, resolved from `directions` and `Intl.Locale`. */
  directionOf: Record<string, TextDirection>;
}

export { localeDirection } from "../i18n/text-direction.ts";
