import { z } from "zod";
import {
  hashtagSchema,
  localeSchema,
  localizedSchema,
  nonEmptyText,
  requiredText,
  TEXT_LIMITS,
} from "./primitives.ts";
import { defaultTracking, trackingSchema } from "./tracking.ts";

/** The house itself: `content/brand.yaml`. */
export const brandSchema = z.strictObject({
  name: nonEmptyText,
  /** The locale of `index.md` files; translations live beside them as `index.<locale>.md`. */
  defaultLocale: localeSchema,
  /** Hashtags every caption may carry, without `#`. */
  hashtags: z.array(hashtagSchema).default([]),
  /** Website of the house, used for credits and, later, canonical URLs. */
  website: z.url().optional(),
  /**
   * Credit line template per locale. Placeholders: `{creator}`, `{year}`, `{licence}`, `{brand}`.
   * The default locale's template is the fallback for every other locale.
   */
  creditLine: localizedSchema(nonEmptyText),
  /** Legal lines appended to captions and pack READMEs, per locale. */
  legalLines: localizedSchema(z.array(requiredText(TEXT_LIMITS.legalLine))).default({}),
  /**
   * The UTM parameters and referral parameter of the ambassadors' tracked links.
   * @default utm_source the platform, utm_medium `ambassador`, utm_campaign the launch,
   * utm_content the ambassador, the referral code under `ref`
   */
  tracking: trackingSchema.default(defaultTracking),
});

export type Brand = z.infer<typeof brandSchema>;
