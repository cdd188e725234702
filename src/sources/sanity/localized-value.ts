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

/** What an internationalized array's item may hold; anything else means it is another kind of list. */
const LOCALIZED_ITEM_KEYS = new Set(["_key", "_type", "language", "value"]);

function readArray(items: readonly unknown[]): LocalizedRead {
  const map: Record<string, unknown> = {};
  for (const [index, item] of items.entries()) {
    if (typeof item !== "object" || item === null || Array.isArray(item))
      return {
        ok: false,
        found: `item ${index}, which is not an object with a locale and a value`,
      };
    // A block, a reference or any other object is not a localized value: read as one, it would
    // give no locale any text, and the field would be empty in silence.
    const foreign = Object.keys(item).filter((name) => !LOCALIZED_ITEM_KEYS.has(name));
    if (foreign.length > 0)
      return {
        ok: false,
        found: `item ${index}, which is not a localized value: it has ${foreign.map((name) => `\`${name}\``).join(", ")}`,
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
 * Portable Text: a list of blocks (`_type: "block"`, with `children` spans). Relais reads Markdown
 * text; blocks must be converted by the projection (e.g. `pt::text(body)`), never read as text.
 */
export function isPortableText(value: unknown): value is readonly Record<string, unknown>[] {
  return (
    Array.isArray(value) &&
    value.some(
      (item) =>
        typeof item === "object" &&
        item !== null &&
        ((item as { _type?: unknown })._type === "block" ||
          Array.isArray((item as { children?: unknown }).children)),
    )
  );
}

/** `Portable Text (4 blocks), not a text: convert it in the projection, e.g. pt::text(body)`. */
export function describePortableText(
  blocks: readonly unknown[],
  field: string,
  locale?: string,
): string {
  const count = `${blocks.length} ${blocks.length === 1 ? "block" : "blocks"}`;
  const where = locale === undefined ? "" : ` in ${locale}`;
  return `Portable Text${where} (${count}), not a text: convert it in the projection, e.g. pt::text(${field})`;
}

/**
 * Sanity's own keys (`_type`, `_key`, `_ref`…) removed at every level, so the data is what the
 * same content written in Markdown would be. An empty field (GROQ gives `null` for a field a
 * document does not have) becomes `undefined`: absent to the schemas, but its key is kept, so a
 * key the model does not know still reaches them and is reported. A projection that misspells
 * `embargo` reads `null` under `embrago`, and dropping that key would publish in silence what the
 * embargo holds back.
 */
export function withoutSystemKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSystemKeys);
  if (typeof value !== "object" || value === null) return value;
  const clean: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key.startsWith("_")) continue;
    clean[key] = field === null ? undefined : withoutSystemKeys(field);
  }
  return clean;
}
