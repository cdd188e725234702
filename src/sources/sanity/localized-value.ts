/**
 * A localized field as Sanity holds it, read into the `{ locale: value }` map the model uses.
 * Accepted (docs/sanity.md): an internationalized array whose items name their locale in
 * `language` (newer versions of the plugin) or `_key` (older ones), or an object keyed by locale
 * (what a house's own projection may return). Empty items are skipped, as an empty field is.
 */
export type LocalizedRead =
  | { ok: true; value: Record<string, unknown> | undefined }
  | { ok: false; found: string };

export function readLocalized(value: unknown): LocalizedRead {
  if (value === undefined || value === null) return { ok: true, value: undefined };
  if (Array.isArray(value)) return readArray(value);
  if (typeof value === "object") {
    const map: Record<string, unknown> = {};
    for (const [locale, text] of Object.entries(value)) {
      // `_type` of a locale object type (`{ _type: "localeString", fr: … }`) is not a locale.
      if (locale.startsWith("_") || text === null || text === undefined) continue;
      map[locale] = text;
    }
    return { ok: true, value: map };
  }
  return { ok: false, found: `${typeof value} ${JSON.stringify(value)}` };
}

function readArray(items: readonly unknown[]): LocalizedRead {
  const map: Record<string, unknown> = {};
  for (const [index, item] of items.entries()) {
    if (typeof item !== "object" || item === null || Array.isArray(item))
      return {
        ok: false,
        found: `item ${index}, which is not an object with a locale and a value`,
      };
    const { language, _key: key, value } = item as Record<string, unknown>;
    const locale = typeof language === "string" ? language : key;
    if (typeof locale !== "string" || locale === "")
      return { ok: false, found: `item ${index}, which names no locale (language or _key)` };
    if (value === null || value === undefined) continue;
    if (locale in map) return { ok: false, found: `two items for the locale ${locale}` };
    map[locale] = value;
  }
  return { ok: true, value: map };
}

/**
 * Sanity's own keys (`_type`, `_key`, `_ref`…) removed at every level, and empty fields (GROQ
 * gives `null` for a field a document does not have) removed from objects, so the data is what
 * the same content written in Markdown would be.
 */
export function withoutSystemKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSystemKeys);
  if (typeof value !== "object" || value === null) return value;
  const clean: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key.startsWith("_") || field === null || field === undefined) continue;
    clean[key] = withoutSystemKeys(field);
  }
  return clean;
}
