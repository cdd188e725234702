import { z } from "zod";
import {
  channelOrPlatformSchema,
  localizedSchema,
  requiredText,
  TEXT_LIMITS,
} from "./primitives.ts";

/**
 * What the house gives for an audience's posts, which decides the line a law or a platform asks
 * for: `paid` (money, or anything of value in return for the post), `gifted` (products or
 * services given, with or without a request to post), `none` (fans and the press: nothing given).
 */
export const partnershipSchema = z.enum(["paid", "gifted", "none"]);
export type Partnership = z.infer<typeof partnershipSchema>;

/** Where the disclosure goes in a caption: its first lines (the rule almost everywhere) or last. */
export const disclosurePositionSchema = z.enum(["start", "end"]);
export type DisclosurePosition = z.infer<typeof disclosurePositionSchema>;

const lines = localizedSchema(z.array(requiredText(TEXT_LIMITS.legalLine)).min(1));

/** The lines by kind, per locale: each kind is optional, and each locale has at least one line. */
const disclosureLinesShape = {
  /** A paid post (`Publicité`, `#ad`, `广告`, `広告`, `광고`). */
  paid: lines.optional(),
  /** A gifted post. @default the `paid` lines: a gift disclosed as an ad says too much, never too little. */
  gifted: lines.optional(),
  /**
   * An image of a person whose silhouette or face was reshaped by image processing (France:
   * `Images retouchées`, loi n° 2023-451 art. 5; `Photographie retouchée`, décret n° 2017-738).
   * It describes the image, so it goes with the image whoever posts it.
   */
  retouched: lines.optional(),
};

/**
 * A market's disclosure lines: the words its law or its platforms ask of a paid, gifted or
 * retouched post, per locale, where they go, and per platform where a platform differs.
 */
export const disclosureSchema = z.strictObject({
  ...disclosureLinesShape,
  /** @default "start": FTC, KFTC and CAA all want the label seen before anything else. */
  position: disclosurePositionSchema.default("start"),
  /**
   * Per platform (`weibo`) or channel id (`weibo/single`), what differs there: its own lines for
   * a kind (they replace the market's for that kind) or its own position. A channel id wins over
   * its platform.
   */
  platforms: z
    .record(
      channelOrPlatformSchema,
      z.strictObject({ ...disclosureLinesShape, position: disclosurePositionSchema.optional() }),
    )
    .default({}),
});

export type Disclosure = z.infer<typeof disclosureSchema>;
export type DisclosureKind = "paid" | "gifted" | "retouched";
