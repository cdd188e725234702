/** One item of a localized field: its array key, the locale it holds and its value. */
export interface LocalizedItem {
  key: string;
  locale: string;
  value: unknown;
}

/**
 * The items of an internationalized array. The locale is the item's `_key`, or its `language`
 * where a house's newer internationalized-array plugin wrote one (the sources read both).
 */
export function localizedItems(value: unknown): LocalizedItem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (typeof item !== "object" || item === null) return [];
    const { _key: key, language, value: itemValue } = item as Record<string, unknown>;
    if (typeof key !== "string") return [];
    return [{ key, locale: typeof language === "string" ? language : key, value: itemValue }];
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
