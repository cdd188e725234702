import { z } from "zod";
import { partnershipSchema } from "./disclosure.ts";
import {
  boundedText,
  channelOrPlatformSchema,
  idSchema,
  nonEmptyText,
  TEXT_LIMITS,
  textOrLocalizedSchema,
} from "./primitives.ts";

export const entryTypeSchema = z.enum(["story", "capsule", "product"]);
export type EntryType = z.infer<typeof entryTypeSchema>;

export const usageSchema = z.enum(["social", "editorial", "commerce"]);
export type Usage = z.infer<typeof usageSchema>;

/** Who a pack is for: `content/audiences.yaml`, a map from audience id to its settings. */
export const audienceSchema = z.strictObject({
  /** As shown to people: one name in the brand's default locale, or one per locale. */
  name: textOrLocalizedSchema(nonEmptyText),
  /** Who the audience is, in the same two forms. */
  description: textOrLocalizedSchema(boundedText(TEXT_LIMITS.description)).default(""),
  /** The entry types this audience receives. */
  receives: z.array(entryTypeSchema).min(1, { message: "at least one entry type" }),
  /**
   * The licence usage its packs need: an asset whose licence does not allow it is left out.
   * Fans and ambassadors post (`social`), the press publishes (`editorial`).
   */
  usage: usageSchema,
  /** Listed kits appear on the site's index and feeds; unlisted ones are reached by link only. */
  listed: z.boolean().default(true),
  /**
   * The placements meant for this audience: platforms (`instagram`, every placement of it) or
   * channel ids (`instagram/feed-portrait`). Fans post on Instagram or Xiaohongshu; a page cover
   * or a marketplace image is the house's own. The planner decides nothing for the others.
   * @default every channel of each market
   */
  channels: z.array(channelOrPlatformSchema).min(1, { message: "at least one channel" }).optional(),
  /**
   * What the house gives for this audience's posts: `paid`, `gifted` or `none`. Its captions
   * carry each market's disclosure line for it (`Publicité`, `#ad`, `广告`…).
   * @default "paid": a caption that says too much is corrected in review; one that says too
   * little breaks the law. Fans and the press say `none`.
   */
  partnership: partnershipSchema.default("paid"),
});

export const audiencesFileSchema = z.record(idSchema, audienceSchema);

export type AudienceData = z.infer<typeof audienceSchema>;

export interface Audience extends Omit<AudienceData, "name" | "description"> {
  id: string;
  /** The name in the brand's default locale (what every other locale falls back to). */
  name: string;
  /** The description in the brand's default locale; `""` when there is none. */
  description: string;
  /** The name by locale, the brand's default locale first. */
  names: Record<string, string>;
  /** The description by locale, in the same order; empty when there is none. */
  descriptions: Record<string, string>;
}

/**
 * The audience as the rest of Relais reads it: a name or description written once is the brand's
 * default locale's, and each map starts with that locale, the fallback of every other.
 */
export function resolveAudience(id: string, data: AudienceData, defaultLocale: string): Audience {
  const names = byLocale(data.name, defaultLocale);
  const descriptions = byLocale(data.description, defaultLocale);
  return {
    id,
    ...data,
    name: Object.values(names)[0] ?? id,
    description: Object.values(descriptions)[0] ?? "",
    names,
    descriptions,
  };
}

function byLocale(text: string | Record<string, string>, defaultLocale: string) {
  const texts = typeof text === "string" ? { [defaultLocale]: text } : text;
  const ordered: Record<string, string> = {};
  const first = texts[defaultLocale];
  if (first !== undefined && first.trim() !== "") ordered[defaultLocale] = first;
  for (const [locale, value] of Object.entries(texts)) {
    if (value.trim() !== "") ordered[locale] ??= value;
  }
  return ordered;
}
