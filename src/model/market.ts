import { z } from "zod";
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
  name: nonEmptyText,
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
  /** Channel ids used in this market, e.g. `instagram/feed-portrait`. */
  channels: z.array(channelIdSchema).default([]),
  /** Hashtags for this market, without `#`. */
  hashtags: z.array(hashtagSchema).default([]),
  /** Legal lines required in this market, per locale (added after the brand's). */
  legalLines: localizedSchema(z.array(requiredText(TEXT_LIMITS.legalLine))).default({}),
});

export type MarketData = z.infer<typeof marketSchema>;

export interface Market extends MarketData {
  id: string;
  /** Direction of every locale of the chain, resolved from `directions` and `Intl.Locale`. */
  directionOf: Record<string, TextDirection>;
}

export function localeDirection(locale: string): TextDirection {
  const info = (
    new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction?: string } }
  ).getTextInfo?.();
  return info?.direction === "rtl" ? "rtl" : "ltr";
}
