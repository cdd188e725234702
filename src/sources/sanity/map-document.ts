import { type ContentIssue, createIssue, describeValue } from "../../errors/issue.ts";
import type { EntryType } from "../../model/audience.ts";
import { localizedFields } from "../../model/entries.ts";
import { nearestKey } from "../../model/known-keys.ts";
import type { RawDocument, RawText } from "../contract.ts";
import {
  describePortableText,
  isPortableText,
  type LocalizedRead,
  readLocalized,
  withoutSystemKeys,
} from "./localized-value.ts";
import { convertPortableText, type LeftOutBlock } from "./portable-text.ts";

/**
 * One projected Sanity document → the RawDocument the Markdown driver would give for the same
 * content. Shared by the `sanity` and `sanity-export` drivers, which differ only in how they run
 * the query and fetch image bytes. A document this cannot read (no slug, a localized field of an
 * unknown shape) is reported with its document and field and left out, as a malformed Markdown
 * file is.
 */

/** A row of a page query: the document's ids and its projection. */
export interface ProjectedRow {
  _id: string;
  /** The draft's own id when a perspective shows a draft under its published id. */
  _originalId?: string | null;
  value: unknown;
}

/** What the driver needs to fetch an asset's image and check its bytes. */
export interface ImageAssetInfo {
  url: string;
  sha1hash: string;
  size: number;
  extension: string;
  originalFilename?: string;
}

/** A document read (with warnings about parts left out), or the one mistake that keeps it out. */
export type Mapped<T> =
  | { ok: true; value: T; warnings?: ContentIssue[] }
  | { ok: false; issue: ContentIssue };

interface ReadRow {
  origin: string;
  /** Sanity type and document id, for the origins of translations. */
  type: string;
  documentId: string;
  slug: string | undefined;
  fields: Record<string, unknown>;
}

export function originOf(type: string, documentId: string, slug?: string): string {
  return slug === undefined
    ? `${type} (document ${documentId})`
    : `${type} "${slug}" (document ${documentId})`;
}

/** Where a translation's issues point: the document, and the locale whose text is wrong. */
export function textOriginOf(row: Pick<ReadRow, "type" | "documentId" | "slug">, locale: string) {
  return `${originOf(row.type, row.documentId, row.slug)}, ${locale} text`;
}

function readRow(row: ProjectedRow, type: string, needsSlug: boolean): Mapped<ReadRow> {
  const documentId = row._originalId ?? row._id;
  const fields = row.value;
  if (typeof fields !== "object" || fields === null || Array.isArray(fields)) {
    return fail(originOf(type, documentId), "", "InvalidFieldType", {
      expected: "a projection that returns an object of fields",
      found: describeValue(fields),
    });
  }
  const record = fields as Record<string, unknown>;
  const slug = record.slug;
  if (needsSlug && (typeof slug !== "string" || slug.trim() === "")) {
    return fail(originOf(type, documentId), "slug", "MissingRequiredField", {
      expected: "a slug (slug.current), the document's Relais id",
      found: describeValue(slug),
    });
  }
  return {
    ok: true,
    value: {
      origin: originOf(type, documentId, needsSlug ? (slug as string) : undefined),
      type,
      documentId,
      slug: needsSlug ? (slug as string) : undefined,
      fields: { ...record },
    },
  };
}

/** How a document's localized fields are read. */
interface LocalizedReading {
  /** A field written once (a plain string, or Portable Text) is this locale's: a one-language house. */
  defaultLocale?: string;
  /** Fields that hold Markdown (`body`): Portable Text there is converted, not refused. */
  markdownFields?: readonly string[];
}

/** Replaces each localized field by its `{ locale: value }` map, or says which one is unreadable. */
function readLocalizedFields(
  read: ReadRow,
  names: readonly string[],
  reading: LocalizedReading = {},
): Mapped<Record<string, Record<string, unknown>>> {
  const maps: Record<string, Record<string, unknown>> = {};
  const warnings: ContentIssue[] = [];
  for (const name of names) {
    const markdown = reading.markdownFields?.includes(name) === true;
    const field = writtenOnce(read.fields[name], reading.defaultLocale, markdown);
    const localized = readLocalized(field);
    const found = markdown ? undefined : portableTextIn(field, localized, name);
    if (!localized.ok || found) {
      const what = markdown ? "a Markdown text per locale" : "a localized field";
      return fail(read.origin, name, "InvalidFieldType", {
        expected: `${what}: an internationalized array (items with language or _key, and value) or an object keyed by locale${reading.defaultLocale ? ", or one text for a house that writes in one language" : ""}`,
        found: found ?? (localized.ok ? "" : localized.found),
      });
    }
    delete read.fields[name];
    if (!localized.value) continue;
    maps[name] = markdown
      ? markdownOf(localized.value, (locale, leftOut) =>
          warnings.push(...leftOutWarnings(read, name, locale, leftOut, reading.defaultLocale)),
        )
      : localized.value;
  }
  return { ok: true, value: maps, warnings };
}

/**
 * A field a house writes in one language (a plain string, or a Portable Text body) is the
 * default locale's. Only where the default locale is known: an entry's, or an asset's.
 */
function writtenOnce(value: unknown, defaultLocale: string | undefined, markdown: boolean) {
  if (defaultLocale === undefined) return value;
  if (typeof value === "string" || (markdown && isPortableText(value)))
    return { [defaultLocale]: value };
  return value;
}

/** Each locale's Portable Text converted to Markdown; Markdown kept as it is. */
function markdownOf(
  map: Record<string, unknown>,
  report: (locale: string, leftOut: LeftOutBlock[]) => void,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(map).map(([locale, text]) => {
      if (!isPortableText(text)) return [locale, text];
      const converted = convertPortableText(text);
      if (converted.leftOut.length > 0) report(locale, converted.leftOut);
      return [locale, converted.markdown];
    }),
  );
}

function leftOutWarnings(
  read: ReadRow,
  field: string,
  locale: string,
  leftOut: readonly LeftOutBlock[],
  defaultLocale: string | undefined,
): ContentIssue[] {
  const origin = locale === defaultLocale ? read.origin : textOriginOf(read, locale);
  return leftOut.map((block) =>
    createIssue("PortableTextLeftOut", {
      origin,
      path: block.index >= 0 ? [field, block.index] : field,
      expected: "a block Markdown can hold (text, heading, list, quote, code or image)",
      found: `a block of type "${block.type}"`,
    }),
  );
}

/**
 * Portable Text projected as a field that is not Markdown, or as a locale's value there: read as
 * it is, it would give a list where a text is due. The projection converts (`pt::text`).
 */
function portableTextIn(value: unknown, localized: LocalizedRead, name: string) {
  if (isPortableText(value)) return describePortableText(value, name);
  const values = Object.entries((localized.ok && localized.value) || {});
  const [locale, blocks] = values.find(([, text]) => isPortableText(text)) ?? [];
  return locale === undefined ? undefined : describePortableText(blocks as unknown[], name, locale);
}

export interface MappedBrand {
  document: RawDocument;
  /** Audience slugs in the brand's order. */
  audienceOrder: string[];
}

export function mapBrand(row: ProjectedRow, type: string): Mapped<MappedBrand> {
  const read = readRow(row, type, false);
  if (!read.ok) return read;
  const localized = readLocalizedFields(read.value, ["creditLine", "legalLines"]);
  if (!localized.ok) return localized;
  const { audiences, ...fields } = read.value.fields;
  const data = { ...(withoutSystemKeys(fields) as object), ...localized.value };
  // A reference to a deleted audience reads null: it orders nothing. Anything else but a slug
  // (a reference the projection did not follow) is a mistake, not an order to ignore.
  const listed = audiences ?? [];
  if (!Array.isArray(listed) || listed.some((slug) => slug !== null && typeof slug !== "string")) {
    return fail(read.value.origin, "audiences", "InvalidFieldType", {
      expected: "the audiences' slugs, in order (audiences[]->slug.current)",
      found: describeValue(audiences),
    });
  }
  const audienceOrder = listed.filter((slug): slug is string => typeof slug === "string");
  return {
    ok: true,
    value: {
      document: { kind: "brand", id: "brand", origin: read.value.origin, data, texts: [] },
      audienceOrder,
    },
  };
}

export interface MappedAudience {
  id: string;
  origin: string;
  data: unknown;
}

export function mapAudience(row: ProjectedRow, type: string): Mapped<MappedAudience> {
  const read = readRow(row, type, true);
  if (!read.ok) return read;
  // A name written once (a house's own string field) is kept as it is: the model reads it as the
  // brand's default locale's, as it does in audiences.yaml.
  const localizedNames = ["name", "description"].filter(
    (name) => typeof read.value.fields[name] !== "string",
  );
  const localized = readLocalizedFields(read.value, localizedNames);
  if (!localized.ok) return localized;
  const { slug: _slug, ...fields } = { ...read.value.fields, ...localized.value };
  return {
    ok: true,
    value: {
      id: read.value.slug as string,
      origin: read.value.origin,
      data: withoutSystemKeys(fields),
    },
  };
}

/**
 * Every audience in one document, as `audiences.yaml` holds them: the brand's order first. Two
 * audience documents with one slug are both left out and reported: one mapping cannot hold both,
 * and either could be the wrong one.
 */
export function audiencesDocument(
  audiences: readonly MappedAudience[],
  order: readonly string[],
  type: string,
): { document: RawDocument; issues: ContentIssue[] } {
  const rank = (id: string) => {
    const index = order.indexOf(id);
    return index === -1 ? order.length : index;
  };
  const bySlug = Map.groupBy(audiences, (audience) => audience.id);
  const issues = audiences.flatMap((audience) => {
    const others = (bySlug.get(audience.id) ?? []).filter((other) => other !== audience);
    if (others.length === 0) return [];
    return [
      createIssue("DuplicateSlug", {
        origin: audience.origin,
        path: "slug",
        expected: "a slug no other audience uses",
        found: `"${audience.id}", also used by ${others.map((other) => other.origin).join(", ")}`,
      }),
    ];
  });
  const sorted = audiences
    .filter((audience) => bySlug.get(audience.id)?.length === 1)
    .sort((a, b) => rank(a.id) - rank(b.id) || compare(a.id, b.id));
  return {
    document: {
      kind: "audiences",
      id: "audiences",
      origin: `${type} documents`,
      data: Object.fromEntries(sorted.map((audience) => [audience.id, audience.data])),
      texts: [],
      dropped: [...bySlug]
        .filter(([, same]) => same.length > 1)
        .map(([id, same]) => ({ id, origin: same.map((audience) => audience.origin).join(", ") })),
    },
    issues,
  };
}

export function mapMarket(row: ProjectedRow, type: string): Mapped<RawDocument> {
  const read = readRow(row, type, true);
  if (!read.ok) return read;
  const localized = readLocalizedFields(read.value, ["names", "directions", "legalLines"]);
  if (!localized.ok) return localized;
  const disclosure = readDisclosure(read.value);
  if (!disclosure.ok) return disclosure;
  const { slug: _slug, ...fields } = read.value.fields;
  return {
    ok: true,
    value: {
      kind: "market",
      id: read.value.slug as string,
      origin: read.value.origin,
      data: {
        ...(withoutSystemKeys(fields) as object),
        ...localized.value,
        ...(disclosure.value ? { disclosure: disclosure.value } : {}),
      },
      texts: [],
    },
  };
}

/**
 * An ambassador: `platforms[]` items `{ platform, handle }` → the model's map
 * `{ instagram: "@mei.lin" }`. A platform named twice is a mistake, not a choice between two.
 */
export function mapAmbassador(row: ProjectedRow, type: string): Mapped<RawDocument> {
  const read = readRow(row, type, true);
  if (!read.ok) return read;
  const { slug: _slug, platforms, ...fields } = read.value.fields;
  const byPlatform: Record<string, unknown> = {};
  if (platforms !== null && platforms !== undefined) {
    if (!Array.isArray(platforms)) {
      return fail(read.value.origin, "platforms", "InvalidFieldType", {
        expected:
          "a list of platforms, each with its account name (platforms[]{ platform, handle })",
        found: describeValue(platforms),
      });
    }
    for (const [index, item] of platforms.entries()) {
      const platform = (item as { platform?: unknown } | null)?.platform;
      if (typeof platform !== "string" || platform in byPlatform) {
        return fail(read.value.origin, ["platforms", index, "platform"], "InvalidValue", {
          expected: "a platform, once",
          found: describeValue(platform),
        });
      }
      byPlatform[platform] = (item as { handle?: unknown }).handle;
    }
  }
  return {
    ok: true,
    value: {
      kind: "ambassador",
      id: read.value.slug as string,
      origin: read.value.origin,
      data: {
        ...(withoutSystemKeys(fields) as object),
        ...(platforms === null || platforms === undefined ? {} : { platforms: byPlatform }),
      },
      texts: [],
    },
  };
}

/**
 * The market's disclosure, projected from its flat Studio fields (`disclosurePaid`…) into the
 * model's object: each kind a localized field, an unset one left out so the model's default holds.
 * Per-platform lines are not in the Studio yet: a Sanity market has the market's lines only.
 */
function readDisclosure(read: ReadRow): Mapped<Record<string, unknown> | undefined> {
  const projected = read.fields.disclosure;
  delete read.fields.disclosure;
  if (projected === undefined || projected === null) return { ok: true, value: undefined };
  if (typeof projected !== "object" || Array.isArray(projected)) {
    return fail(read.origin, "disclosure", "InvalidFieldType", {
      expected: "an object with paid, gifted, retouched and position",
      found: describeValue(projected),
    });
  }
  const disclosure: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(projected)) {
    if (value === null || value === undefined) continue;
    if (key === "position") {
      disclosure[key] = value;
      continue;
    }
    const localized = readLocalized(value);
    if (!localized.ok) {
      return fail(read.origin, ["disclosure", key], "InvalidFieldType", {
        expected:
          "a localized list of lines: an internationalized array or an object keyed by locale",
        found: localized.found,
      });
    }
    if (localized.value) disclosure[key] = localized.value;
  }
  return { ok: true, value: Object.keys(disclosure).length > 0 ? disclosure : undefined };
}

export interface MappedAsset {
  document: RawDocument;
  /** Undefined when no image was uploaded. */
  image: ImageAssetInfo | undefined;
}

export function mapAsset(
  row: ProjectedRow,
  type: string,
  defaultLocale?: string,
): Mapped<MappedAsset> {
  const read = readRow(row, type, true);
  if (!read.ok) return read;
  const localized = readLocalizedFields(read.value, ["alt"], { defaultLocale });
  if (!localized.ok) return localized;
  const { slug: _slug, image, crops, ...fields } = read.value.fields;
  const { origin } = read.value;

  const picture = (image ?? {}) as Record<string, unknown>;
  const unknown = unknownKeys(picture, IMAGE_KEYS, origin, ["image"]);
  if (unknown) return unknown;
  const imageAsset = readImageAsset(picture.asset, origin);
  if (!imageAsset.ok) return imageAsset;
  const cropsByAspect = readCrops(crops, origin);
  if (!cropsByAspect.ok) return cropsByAspect;

  const data: Record<string, unknown> = {
    ...(withoutSystemKeys(fields) as object),
    ...localized.value,
  };
  const info = imageAsset.value;
  if (info) data.file = info.originalFilename ?? `${info.sha1hash}.${info.extension}`;
  for (const key of ["hotspot", "crop"] as const) {
    if (picture[key] !== null && picture[key] !== undefined)
      data[key] = withoutSystemKeys(picture[key]);
  }
  if (cropsByAspect.value) data.crops = cropsByAspect.value;
  return {
    ok: true,
    value: {
      document: { kind: "asset", id: read.value.slug as string, origin, data, texts: [] },
      image: info,
    },
  };
}

/** What an asset's `image` may hold: the rest (an `alt` or a `caption` on the image) is not read. */
const IMAGE_KEYS = ["hotspot", "crop", "asset"];

function readImageAsset(value: unknown, origin: string): Mapped<ImageAssetInfo | undefined> {
  if (value === null || value === undefined) return { ok: true, value: undefined };
  const asset = value as Record<string, unknown>;
  const expected: Record<keyof ImageAssetInfo, string> = {
    url: "string",
    sha1hash: "string",
    size: "number",
    extension: "string",
    originalFilename: "string",
  };
  for (const [field, kind] of Object.entries(expected)) {
    const found = asset[field];
    const optional = field === "originalFilename" && (found === null || found === undefined);
    if (!optional && typeof found !== kind) {
      return fail(origin, `image.asset.${field}`, "InvalidFieldType", {
        expected: `the image asset's ${field} (a ${kind}), from the sanity.imageAsset document`,
        found: describeValue(found),
      });
    }
  }
  // Both name the cached file: nothing else may reach the file system.
  const formats = { sha1hash: /^[0-9a-f]{40}$/, extension: /^[a-z0-9]{1,10}$/i } as const;
  for (const [field, format] of Object.entries(formats)) {
    if (!format.test(asset[field] as string)) {
      return fail(origin, `image.asset.${field}`, "InvalidValue", {
        expected: field === "sha1hash" ? "a sha1 of 40 hexadecimal digits" : "a file extension",
        found: describeValue(asset[field]),
      });
    }
  }
  return {
    ok: true,
    value: {
      url: asset.url as string,
      sha1hash: asset.sha1hash as string,
      size: asset.size as number,
      extension: asset.extension as string,
      ...(typeof asset.originalFilename === "string"
        ? { originalFilename: asset.originalFilename }
        : {}),
    },
  };
}

/** `crops[]` items `{ aspect, top, bottom, left, right }` → `{ "9:16": { … } }`. */
function readCrops(value: unknown, origin: string): Mapped<Record<string, unknown> | undefined> {
  if (value === null || value === undefined) return { ok: true, value: undefined };
  if (!Array.isArray(value))
    return { ok: true, value: withoutSystemKeys(value) as Record<string, unknown> };
  const crops: Record<string, unknown> = {};
  for (const [index, item] of value.entries()) {
    const aspect = (item as { aspect?: unknown } | null)?.aspect;
    if (typeof aspect !== "string") {
      return fail(origin, ["crops", index, "aspect"], "MissingRequiredField", {
        expected: "the aspect ratio the crop is for, e.g. 9:16",
        found: describeValue(aspect),
      });
    }
    const { aspect: _aspect, ...crop } = item as Record<string, unknown>;
    crops[aspect] = withoutSystemKeys(crop);
  }
  return { ok: true, value: crops };
}

export function mapEntry(
  row: ProjectedRow,
  type: string,
  kind: EntryType,
  defaultLocale: string,
): Mapped<RawDocument> {
  const read = readRow(row, type, true);
  if (!read.ok) return read;
  const brief = readBrief(read.value);
  if (!brief.ok) return brief;
  const localized = readLocalizedFields(read.value, localizedFields[kind], {
    defaultLocale,
    markdownFields: ["body"],
  });
  if (!localized.ok) return localized;
  const { slug: _slug, embargo, prices, ...fields } = read.value.fields;
  const data = withoutSystemKeys(fields) as Record<string, unknown>;
  const schedule = readEmbargo(embargo, read.value.origin);
  if (!schedule.ok) return schedule;
  if (schedule.value) data.embargo = schedule.value;
  const byMarket = readPrices(prices, read.value.origin);
  if (!byMarket.ok) return byMarket;
  if (byMarket.value) data.prices = byMarket.value;
  return {
    ok: true,
    value: {
      kind,
      id: read.value.slug as string,
      origin: read.value.origin,
      data,
      texts: textsOf(read.value, localized.value, defaultLocale),
    },
    warnings: localized.warnings ?? [],
  };
}

/** The lists of a brief, each a localized list of lines in Sanity. */
const BRIEF_KEYS = ["talkingPoints", "do", "dont"];

/**
 * `brief { talkingPoints, do, dont }`, each list localized, → the brief per locale the model keeps
 * in each locale's text (`{ fr: { talkingPoints: […] } }`), so that it is read as the other
 * localized fields are. A list left empty in a locale is absent there, as in Markdown.
 */
function readBrief(read: ReadRow): Mapped<undefined> {
  const value = read.fields.brief;
  if (value === null || value === undefined) return { ok: true, value: undefined };
  if (typeof value !== "object" || Array.isArray(value)) {
    return fail(read.origin, "brief", "InvalidFieldType", {
      expected: "an object with talkingPoints, do and dont, each a localized list of lines",
      found: describeValue(value),
    });
  }
  const unknown = unknownKeys(value, BRIEF_KEYS, read.origin, ["brief"]);
  if (unknown) return unknown;
  const perLocale: Record<string, Record<string, unknown>> = {};
  for (const key of BRIEF_KEYS) {
    const localized = readLocalized((value as Record<string, unknown>)[key]);
    if (!localized.ok) {
      return fail(read.origin, ["brief", key], "InvalidFieldType", {
        expected:
          "a localized list of lines: an internationalized array (items with language or _key, and value) or an object keyed by locale",
        found: localized.found,
      });
    }
    for (const [locale, lines] of Object.entries(localized.value ?? {})) {
      perLocale[locale] ??= {};
      perLocale[locale][key] = lines;
    }
  }
  read.fields.brief = Object.keys(perLocale).length > 0 ? perLocale : undefined;
  return { ok: true, value: undefined };
}

/** What a `prices[]` item holds. */
const PRICE_KEYS = ["market", "amount", "availability"];

/** `prices[]` items `{ market, amount, availability }` → `{ cn: { amount, availability } }`. */
function readPrices(value: unknown, origin: string): Mapped<Record<string, unknown> | undefined> {
  if (value === null || value === undefined) return { ok: true, value: undefined };
  if (!Array.isArray(value))
    return { ok: true, value: withoutSystemKeys(value) as Record<string, unknown> };
  const byMarket: Record<string, unknown> = {};
  for (const [index, item] of value.entries()) {
    const path = ["prices", index];
    const unknown = unknownKeys(item, PRICE_KEYS, origin, path);
    if (unknown) return unknown;
    const market = (item as { market?: unknown } | null)?.market;
    if (typeof market !== "string") {
      return fail(origin, [...path, "market"], "MissingRequiredField", {
        expected: "a reference to the market this price is for",
        found: describeValue(market),
      });
    }
    if (market in byMarket) {
      return fail(origin, [...path, "market"], "InvalidValue", {
        expected: "one price per market",
        found: `a second price for the market ${market}`,
      });
    }
    const { market: _market, ...price } = withoutSystemKeys(item) as Record<string, unknown>;
    byMarket[market] = price;
  }
  return { ok: true, value: byMarket };
}

/**
 * A live-shopping moment, as `content/moments/<id>.yaml` holds it: references as slugs, the
 * title and the talking points as maps keyed by locale.
 */
export function mapMoment(row: ProjectedRow, type: string): Mapped<RawDocument> {
  const read = readRow(row, type, true);
  if (!read.ok) return read;
  const localized = readLocalizedFields(read.value, ["title", "talkingPoints"]);
  if (!localized.ok) return localized;
  const { slug: _slug, ...fields } = read.value.fields;
  return {
    ok: true,
    value: {
      kind: "moment",
      id: read.value.slug as string,
      origin: read.value.origin,
      data: { ...(withoutSystemKeys(fields) as object), ...localized.value },
      texts: [],
    },
  };
}

/** What an `embargo.markets[]` item holds. */
const MOMENT_KEYS = ["market", "publishAt"];

/** `embargo.markets[]` items `{ market, publishAt }` → `{ cn: "2026-10-08T10:00" }`. */
function readEmbargo(value: unknown, origin: string): Mapped<Record<string, unknown> | undefined> {
  if (value === null || value === undefined) return { ok: true, value: undefined };
  const embargo = withoutSystemKeys(value) as Record<string, unknown>;
  const preview = readPressPreview(embargo.pressPreview, origin);
  if (!preview.ok) return preview;
  if (preview.value === undefined) delete embargo.pressPreview;
  else embargo.pressPreview = preview.value;
  const markets = (value as { markets?: unknown }).markets;
  if (!Array.isArray(markets)) return { ok: true, value: embargo };
  const byMarket: Record<string, unknown> = {};
  for (const [index, item] of markets.entries()) {
    const path = ["embargo", "markets", index];
    const unknown = unknownKeys(item, MOMENT_KEYS, origin, path);
    if (unknown) return unknown;
    const market = (item as { market?: unknown } | null)?.market;
    if (typeof market !== "string") {
      return fail(origin, [...path, "market"], "MissingRequiredField", {
        expected: "a reference to the market this moment is for",
        found: describeValue(market),
      });
    }
    byMarket[market] = (item as { publishAt?: unknown }).publishAt;
  }
  return { ok: true, value: { ...embargo, markets: byMarket } };
}

/** One text per locale: the brand's default locale first (its text is the document's own). */
function textsOf(
  read: ReadRow,
  localized: Record<string, Record<string, unknown>>,
  defaultLocale: string,
): RawText[] {
  const locales = new Set(Object.values(localized).flatMap((map) => Object.keys(map)));
  locales.delete(defaultLocale);
  return [defaultLocale, ...[...locales].sort()].map((locale) => {
    const data: Record<string, unknown> = {};
    for (const [field, map] of Object.entries(localized)) {
      if (map[locale] !== undefined) data[field] = map[locale];
    }
    const origin = locale === defaultLocale ? read.origin : textOriginOf(read, locale);
    return { locale, origin, data };
  });
}

/** What `embargo.pressPreview` holds in the Studio. */
const PREVIEW_KEYS = ["enabled", "markets"];

/**
 * The Studio's `embargo.pressPreview { enabled, markets[] }` → the model's `true` (every market)
 * or `{ markets }`; not enabled (or absent) → no preview.
 */
function readPressPreview(value: unknown, origin: string): Mapped<unknown> {
  if (value === null || value === undefined) return { ok: true, value: undefined };
  const path = ["embargo", "pressPreview"];
  const unknown = unknownKeys(value, PREVIEW_KEYS, origin, path);
  if (unknown) return unknown;
  const { enabled, markets } = value as { enabled?: unknown; markets?: unknown };
  if (enabled !== true && enabled !== false && enabled !== null && enabled !== undefined) {
    return fail(origin, [...path, "enabled"], "InvalidFieldType", {
      expected: "true or false",
      found: describeValue(enabled),
    });
  }
  if (enabled !== true) return { ok: true, value: undefined };
  if (markets === null || markets === undefined) return { ok: true, value: true };
  if (!Array.isArray(markets)) {
    return fail(origin, [...path, "markets"], "InvalidFieldType", {
      expected: "a list of market references",
      found: describeValue(markets),
    });
  }
  return { ok: true, value: markets.length === 0 ? true : { markets } };
}

/**
 * A key the mapping reads no further than its known keys (an image, an embargo moment) is an
 * error, as an unknown field is for the schemas: a misspelled `publishAt` must not vanish.
 */
function unknownKeys(
  value: unknown,
  known: readonly string[],
  origin: string,
  path: readonly PropertyKey[],
): { ok: false; issue: ContentIssue } | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const key = Object.keys(value).find((name) => !name.startsWith("_") && !known.includes(name));
  if (key === undefined) return undefined;
  const nearest = nearestKey(key, known);
  return {
    ok: false,
    issue: createIssue("UnknownField", {
      origin,
      path: [...path, key],
      expected: nearest
        ? `a field Relais reads here (did you mean \`${nearest}\`?)`
        : `one of the fields ${known.map((name) => `\`${name}\``).join(", ")}`,
      found: `the field "${key}"`,
    }),
  };
}

function fail<T>(
  origin: string,
  path: string | readonly PropertyKey[],
  name: "InvalidFieldType" | "MissingRequiredField" | "InvalidValue",
  details: { expected: string; found: string },
): Mapped<T> {
  return { ok: false, issue: createIssue(name, { origin, path, ...details }) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
