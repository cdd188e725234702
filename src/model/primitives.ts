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

/**
 * A text written once, in the brand's default locale (`Presse`), or once per locale
 * (`{ fr: Presse, en: Press, ja: プレス }`): a house that writes in one language keeps the short form.
 */
export function textOrLocalizedSchema<T extends z.ZodType<string>>(text: T) {
  return z.union(
    [
      text,
      localizedSchema(text).refine((texts) => Object.keys(texts).length > 0, {
        message: "a text in at least one locale",
      }),
    ],
    { error: "a text, or a text per locale such as { fr: …, en: … }" },
  );
}

/** `platform` or `platform/placement`: all of a platform's placements, or one of them. */
export const channelOrPlatformSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/, {
    message: "a platform (instagram) or a channel id (instagram/feed-portrait)",
  });

/**
 * Characters that reorder or hide what a text says: bidirectional embeddings, overrides and
 * isolates (Relais sets the direction of right-to-left text itself), zero-width spaces and other
 * invisible characters. Joiners (U+200C, U+200D) and direction marks stay: scripts and emoji need
 * them.
 */
const HIDDEN_CHARACTERS: Record<number, string> = {
  8203: "ZERO WIDTH SPACE",
  8234: "LEFT-TO-RIGHT EMBEDDING",
  8235: "RIGHT-TO-LEFT EMBEDDING",
  8236: "POP DIRECTIONAL FORMATTING",
  8237: "LEFT-TO-RIGHT OVERRIDE",
  8238: "RIGHT-TO-LEFT OVERRIDE",
  8288: "WORD JOINER",
  8289: "FUNCTION APPLICATION",
  8290: "INVISIBLE TIMES",
  8291: "INVISIBLE SEPARATOR",
  8292: "INVISIBLE PLUS",
  8294: "LEFT-TO-RIGHT ISOLATE",
  8295: "RIGHT-TO-LEFT ISOLATE",
  8296: "FIRST STRONG ISOLATE",
  8297: "POP DIRECTIONAL ISOLATE",
  6158: "MONGOLIAN VOWEL SEPARATOR",
  65279: "ZERO WIDTH NO-BREAK SPACE",
};

/** `U+202E RIGHT-TO-LEFT OVERRIDE at character 4`, for the first hidden character, if any. */
export function describeHiddenCharacter(text: string): string | undefined {
  let index = 0;
  for (const char of text) {
    index += 1;
    const codePoint = char.codePointAt(0) ?? 0;
    const name = HIDDEN_CHARACTERS[codePoint];
    if (name) {
      const hex = codePoint.toString(16).toUpperCase().padStart(4, "0");
      return `U+${hex} ${name} at character ${index}`;
    }
  }
  return undefined;
}

/**
 * Text an editor writes: at most `max` characters (the limit keeps pages light and a pasted file
 * from taking a build's memory) and nothing hidden.
 */
export function boundedText(max: number) {
  return z
    .string()
    .max(max, {
      ...named("TextTooLong"),
      message: `at most ${max.toLocaleString("en")} characters`,
    })
    .refine((text) => describeHiddenCharacter(text) === undefined, {
      ...named("HiddenCharacters"),
      message: "text without bidirectional overrides or invisible characters",
    });
}

/** A short required text (a title, a name): trimmed, not empty, bounded, nothing hidden. */
export function requiredText(max: number = TEXT_LIMITS.name) {
  return boundedText(max).trim().min(1, { message: "a non-empty text" });
}

/** Longest accepted text per kind of field, in characters. */
export const TEXT_LIMITS = {
  name: 300,
  dek: 1_000,
  alt: 1_500,
  description: 2_000,
  legalLine: 1_000,
  /** A long heritage story is some 30,000 words; past this it belongs in several stories. */
  body: 200_000,
} as const;

export const nonEmptyText = requiredText();
