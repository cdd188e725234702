import { z } from "zod";
import { boundedText, idSchema, nonEmptyText, TEXT_LIMITS } from "./primitives.ts";

export const entryTypeSchema = z.enum(["story", "capsule", "product"]);
export type EntryType = z.infer<typeof entryTypeSchema>;

export const usageSchema = z.enum(["social", "editorial", "commerce"]);
export type Usage = z.infer<typeof usageSchema>;

/** Who a pack is for: `content/audiences.yaml`, a map from audience id to its settings. */
export const audienceSchema = z.strictObject({
  name: nonEmptyText,
  description: boundedText(TEXT_LIMITS.description).default(""),
  /** The entry types this audience receives. */
  receives: z.array(entryTypeSchema).min(1, { message: "at least one entry type" }),
  /**
   * The licence usage its packs need: an asset whose licence does not allow it is left out.
   * Fans and ambassadors post (`social`), the press publishes (`editorial`).
   */
  usage: usageSchema,
  /** Listed kits appear on the site's index and feeds; unlisted ones are reached by link only. */
  listed: z.boolean().default(true),
});

export const audiencesFileSchema = z.record(idSchema, audienceSchema);

export type Audience = z.infer<typeof audienceSchema> & { id: string };
