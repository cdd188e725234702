import { z } from "zod";
import { isValidMoment, momentForm } from "../time/moment.ts";
import { partnershipSchema } from "./disclosure.ts";
import {
  channelIdSchema,
  idSchema,
  localizedSchema,
  nonEmptyText,
  requiredText,
  slugSchema,
} from "./primitives.ts";

/** A wall-clock time without offset: the moment happens at that time in its market's zone. */
const localDateTimeSchema = z
  .string()
  .refine((text) => momentForm(text) === "local-date-time" && isValidMoment(text), {
    message:
      "a local date-time without offset, such as 2026-12-12T20:00: the market's own time zone applies",
  });

/**
 * A live-shopping moment (`content/moments/<id>.yaml`): a session in one market at a local time,
 * on one or more platforms, featuring products in order. Its kit (covers, countdown frames,
 * product cards, talking points, disclosure sheet) never exists before every product and
 * capsule it shows is public in that market.
 */
export const liveMomentSchema = z.strictObject({
  /** The market the session is for: its zone, currency, locales and disclosure lines. */
  market: idSchema,
  /** The live cover placements, one per platform, e.g. `douyin/live-cover`. */
  platforms: z.array(channelIdSchema).min(1, { message: "at least one live cover placement" }),
  /** Local start in the market's time zone, e.g. `2026-12-12T20:00`. */
  startsAt: localDateTimeSchema,
  /** Length of the session in minutes. */
  durationMinutes: z
    .int()
    .min(10)
    .max(24 * 60),
  /** Who the kit is for (an audience id): its usage decides which images may be used. */
  audience: idSchema,
  /** The capsule the session presents, when it presents one. */
  capsule: slugSchema.optional(),
  /** Product slugs in the order the host shows them. */
  products: z.array(slugSchema).min(1, { message: "at least one product" }),
  /** Asset ids for the covers and the countdown frames, the cover first. */
  images: z.array(idSchema).min(1, { message: "at least one image" }),
  /** The moment's name per locale, e.g. `{ zh-Hans: 草本集直播夜 }`. */
  title: localizedSchema(nonEmptyText),
  /** What the host says, per locale, in order. */
  talkingPoints: localizedSchema(
    z.array(requiredText(600)).min(1, { message: "at least one talking point" }),
  ),
  /** The host's name or handle, as shown. */
  host: requiredText(120).optional(),
  /** What the house gives the host, which decides the disclosure line. @default "paid" */
  partnership: partnershipSchema.default("paid"),
});

export type LiveMomentData = z.infer<typeof liveMomentSchema>;

export interface LiveMoment extends LiveMomentData {
  /** The file name without `.yaml`. */
  id: string;
  origin: string;
}
