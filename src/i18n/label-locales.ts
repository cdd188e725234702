/**
 * The locales Relais writes its own labels in (platform and placement names): the languages of
 * the markets houses ship to first. A test holds every record of the channel library to them.
 */
export const LABEL_LOCALES = ["en", "fr", "ja", "zh-Hans", "zh-Hant", "ko", "ar"] as const;

export type LabelLocale = (typeof LABEL_LOCALES)[number];

/** Names by id, then by locale: every locale of `LABEL_LOCALES` is written. */
export type LabelTable = Readonly<Record<string, Readonly<Record<LabelLocale, string>>>>;

/** What a table falls back to for a locale it does not have: English. */
export const TABLE_FALLBACK_LOCALE: LabelLocale = "en";
