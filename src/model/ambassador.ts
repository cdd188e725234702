import { z } from "zod";
import { idSchema, localeSchema, nonEmptyText, requiredText } from "./primitives.ts";

/** A platform's id, the first part of a channel id (`instagram`, `xiaohongshu`). */
export const platformSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "a platform id such as instagram or weibo" });

/**
 * An account name on a platform, as the ambassador writes it there (`@mei.lin`, `林美`): no spaces,
 * nothing hidden. A leading `@` is kept as written.
 */
export const handleSchema = requiredText(100).regex(/^\S+$/u, {
  message: "an account name without spaces, e.g. @mei.lin",
});

/** A referral code the house gives one ambassador: letters, digits, `_` and `-`, as URLs keep them. */
export const referralCodeSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, {
  message: "1 to 64 letters, digits, _ or -, e.g. MEI-15",
});

/**
 * A person who posts for the house: `content/ambassadors/<id>.yaml`. The id (the file name) names
 * their tracked links (`utm_content`) and, with the kit secret, their personal pages' address.
 */
export const ambassadorSchema = z.strictObject({
  /** As the house writes it; shown on their pages and in the report. */
  name: nonEmptyText,
  /** The markets they post in: their pages show these markets' kits, no other's. */
  markets: z.array(idSchema).min(1, { message: "at least one market" }),
  /**
   * The platforms they post on, each with their account name there: their pages show these
   * platforms' placements, no other's, each caption with the platform's tracked link.
   */
  platforms: z
    .record(platformSchema, handleSchema)
    .refine((platforms) => Object.keys(platforms).length > 0, {
      message: "at least one platform, with the account name there",
    }),
  /** Added to each tracked link under the brand's `tracking.referralParameter`. @default none */
  referralCode: referralCodeSchema.optional(),
  /**
   * The language of their pages' own words (headings, buttons). The kits keep each market's
   * language. @default the first locale of their first market
   */
  locale: localeSchema.optional(),
  /**
   * The audience whose kits they receive (its partnership decides the disclosure line).
   * @default "ambassadors"
   */
  audience: idSchema.default("ambassadors"),
});

export type AmbassadorData = z.infer<typeof ambassadorSchema>;

export interface Ambassador extends AmbassadorData {
  id: string;
  /** File path or document id, for messages. */
  origin: string;
}
