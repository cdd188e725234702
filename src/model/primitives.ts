import { z } from "zod";
import { isValidMoment, isValidTimeZone } from "../time/moment.ts";

/**
 * Field schemas shared by every document type. Each refinement carries the name of the error it
 * raises (see `errors/catalog.ts`), so a zod issue maps to a stable Relais error.
 */
function named(errorName: string) {
  return { params: { errorName } };
}

/** Names Windows and most file systems refuse or treat specially; a slug becomes a path segment. */
const RESERVED_NAMES = new Set([
  "con",
  "prn",
  "aux",
  "nul",
  ...Array.from({ length: 9 }, (_, i) => `com${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`),
]);

/** Lower-case letters, digits and single hyphens: safe in a URL, a zip and any file system. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSafeSlug(value: string): boolean {
  return value.length <= 96 && SLUG.test(value) && !RESERVED_NAMES.has(value);
}

export const slugSchema = z.string().refine(isSafeSlug, {
  ...named("UnsafeSlug"),
  message:
    "a safe path segment: lower-case letters, digits and single hyphens, at most 96 characters, not a reserved name",
});

/** Ids of markets and assets follow the same rule as slugs: they name folders and files. */
export const idSchema = slugSchema;

export function isLocaleTag(value: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    return canonical === value;
  } catch {
    return false;
  }
}

export const localeSchema = z.string().refine(isLocaleTag, {
  ...named("InvalidLocale"),
  message: "a canonical BCP 47 locale tag such as fr, en, zh-Hans, ja, ko or ar",
});

export const momentSchema = z.string().refine(isValidMoment, {
  ...named("InvalidDate"),
  message:
    "an ISO-8601 date (2026-12-01), local date-time (2026-12-01T10:00) or instant (2026-12-01T09:00:00Z)",
});

export const timeZoneSchema = z.string().refine(isValidTimeZone, {
  ...named("InvalidTimeZone"),
  message: "an IANA time zone such as Europe/Paris or Asia/Shanghai",
});

/** `platform/placement`, e.g. `instagram/feed-portrait`; the spec library comes with the renderer. */
export const channelIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: "a channel id of the form platform/placement, e.g. instagram/feed-portrait",
  });

/** A hashtag without its `#`: each channel writes it in its own syntax (`#tag`, `#话题#`). */
export const hashtagSchema = z
  .string()
  .regex(/^[\p{L}\p{N}_]+$/u, { message: "a hashtag without # or spaces, e.g. MaisonAurele" });

/** Text keyed by locale, e.g. `{ fr: "…", en: "…" }`. */
export function localizedSchema<T extends z.ZodType>(value: T) {
  return z.record(localeSchema, value);
}

export const nonEmptyText = z.string().trim().min(1, { message: "a non-empty text" });
