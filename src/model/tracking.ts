import { z } from "zod";

/** What a UTM template may name: filled in for each ambassador, launch, market and platform. */
export const TRACKING_PLACEHOLDERS = [
  "platform",
  "launch",
  "type",
  "market",
  "ambassador",
] as const;
export type TrackingPlaceholder = (typeof TRACKING_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{([^{}]*)\}/g;

function onlyKnownPlaceholders(template: string): boolean {
  for (const [, name] of template.matchAll(PLACEHOLDER)) {
    if (!(TRACKING_PLACEHOLDERS as readonly string[]).includes(name ?? "")) return false;
  }
  return true;
}

/**
 * A UTM value: plain text, or text with placeholders (`{launch}-{market}`). Letters, digits, `_`,
 * `-` and `.` only, as analytics tools keep them without encoding.
 */
const utmTemplate = z
  .string()
  .regex(/^(?:[A-Za-z0-9_.-]|\{[a-z]+\})+$/, {
    message: `letters, digits, _, - and . with placeholders among {${TRACKING_PLACEHOLDERS.join("}, {")}}`,
  })
  .refine(onlyKnownPlaceholders, {
    message: `only the placeholders {${TRACKING_PLACEHOLDERS.join("}, {")}}`,
  });

/**
 * How the house tracks its ambassadors' links (`brand.yaml`, `tracking`): the UTM parameters of
 * every tracked link and the name of the referral code's parameter. Each value is a template.
 */
export const trackingSchema = z.strictObject({
  /** `utm_source`. @default "{platform}": the platform the post is on (instagram, weibo). */
  source: utmTemplate.default("{platform}"),
  /** `utm_medium`. @default "ambassador" */
  medium: utmTemplate.default("ambassador"),
  /** `utm_campaign`. @default "{launch}": the launch's slug (herbier). */
  campaign: utmTemplate.default("{launch}"),
  /** `utm_content`. @default "{ambassador}": the ambassador's id, so each person's posts count apart. */
  content: utmTemplate.default("{ambassador}"),
  /**
   * The query parameter that carries an ambassador's `referralCode`, when they have one.
   * @default "ref"
   */
  referralParameter: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,31}$/, {
      message: "a parameter name: a letter, then letters, digits, _, - or . (at most 32)",
    })
    .refine((name) => !name.startsWith("utm_"), { message: "a name that is not a utm_ parameter" })
    .default("ref"),
});

export type Tracking = z.infer<typeof trackingSchema>;

export const defaultTracking: Tracking = trackingSchema.parse({});

/** A template with its placeholders filled in. */
export function fillTracking(
  template: string,
  values: Record<TrackingPlaceholder, string>,
): string {
  return template.replace(PLACEHOLDER, (_, name: TrackingPlaceholder) => values[name] ?? "");
}
