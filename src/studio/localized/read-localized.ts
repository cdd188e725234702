/** One item of a localized field: its array key, the locale it holds and its value. */
export interface LocalizedItem {
  key: string;
  /** The item's `language`, or its `_key` in items written before the Studio kept `language`. */
  locale: string;
  /** Whether the locale came from `language`: a `_key` the Studio gave is random, not a locale. */
  hasLanguage: boolean;
  value: unknown;
}

/**
 * The locale an item of an internationalized array holds, read as the sources read it
 * (src/sources/sanity/localized-value.ts): its `language`, else its `_key`. The Studio writes
 * `language`, since Sanity gives every new array item a random `_key`.
 */
export function localeOfItem(item: unknown): string | undefined {
  if (typeof item !== "object" || item === null) return undefined;
  const { _key: key, language } = item as Record<string, unknown>;
  if (typeof language === "string" && language !== "") return language;
  return typeof key === "string" && key !== "" ? key : undefined;
}

/** The items of an internationalized array, each with the locale it holds. */
export function localizedItems(value: unknown): LocalizedItem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (typeof item !== "object" || item === null) return [];
    const { _key: key, language, value: itemValue } = item as Record<string, unknown>;
    const locale = localeOfItem(item);
    if (typeof key !== "string" || locale === undefined) return [];
    const hasLanguage = typeof language === "string" && language !== "";
    return [{ key, locale, hasLanguage, value: itemValue }];
  });
}

/** A localized field as the model holds it, `{ fr: "…", en: "…" }`; empty items are left out. */
export function localizedMap<T>(value: unknown): Record<string, T> {
  const map: Record<string, T> = {};
  for (const item of localizedItems(value)) {
    if (item.value !== undefined && item.value !== null) map[item.locale] = item.value as T;
  }
  return map;
}
