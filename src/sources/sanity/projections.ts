/**
 * The GROQ each Sanity driver runs: one projection per document kind, giving the fields the
 * Relais model needs in the shape `map-document.ts` reads (docs/sanity.md, "Reading a house's
 * own schema"). References are dereferenced to slugs here, so the mapping never follows one.
 */

import type { KindTransform } from "../../config/kind-transform.ts";
import { documentTypeNames } from "../../model/document-types.ts";

/** The Sanity documents Relais reads, by the name a house uses to override their query. */
export type SanityKind =
  | "brand"
  | "audience"
  | "market"
  | "asset"
  | "story"
  | "capsule"
  | "product"
  | "moment"
  | "ambassador";

export const sanityKinds: readonly SanityKind[] = [
  "brand",
  "audience",
  "market",
  "asset",
  "story",
  "capsule",
  "product",
  "moment",
  "ambassador",
];

/** A house's own query for one kind: its document type, a filter, its projection, a transform. */
export interface KindQuery {
  /** The `_type` to read. @default the Relais schema's (`relaisStory`…) */
  type?: string;
  /**
   * A GROQ filter the documents must also match, e.g. `language == "en"` (the default language's
   * documents of a document-level translation plugin) or `defined(slug.current)`.
   */
  filter?: string;
  /** For the brand: the id of the one document to read (a singleton such as `settings`). */
  id?: string;
  /** A GROQ projection, `{ … }`, returning the fields in the shape the defaults return. */
  projection?: string;
  /**
   * Runs on each projected document before it is read, for what GROQ cannot say (docs/sanity.md,
   * "A transform per kind"). It receives the projection's value and returns the value to read.
   */
  transform?: KindTransform;
}

/** Per-kind overrides: a projection string, or `{ type, projection }`. */
export type SanityQueries = Partial<Record<SanityKind, string | KindQuery>>;

/** The Relais schema's own types (what the Studio plugin defines). */
export const defaultTypes: Record<SanityKind, string> = documentTypeNames;

const slugOf = (field: string) => `"${field}": ${field}->slug.current`;
const slugsOf = (field: string) => `"${field}": ${field}[]->slug.current`;

/** The brief of a launch: three localized lists (talking points, do's, don'ts). */
const entryBrief = `"brief": brief{ talkingPoints, do, dont }`;

/** Market targeting and embargo are the same on every entry type. */
const entryScheduling = `
  "markets": markets{ ${slugsOf("include")}, ${slugsOf("exclude")} },
  "embargo": embargo{ publishAt, "markets": markets[]{ "market": market->slug.current, publishAt }, "pressPreview": pressPreview{ enabled, "markets": markets[]->slug.current } },
  unpublishAt`;

export const defaultProjections: Record<SanityKind, string> = {
  brand: `{
  name, defaultLocale, hashtags, website, creditLine, legalLines, tracking,
  ${slugsOf("audiences")}
}`,
  audience: `{ "slug": slug.current, name, description, receives, usage, listed, channels, partnership }`,
  market: `{
  "slug": slug.current, name, names, region, locales, timeZone, directions, channels, hashtags,
  legalLines, currency,
  "disclosure": {
    "paid": disclosurePaid, "gifted": disclosureGifted, "retouched": disclosureRetouched,
    "position": disclosurePosition
  }
}`,
  asset: `{
  "slug": slug.current,
  "image": image{
    hotspot, crop,
    "asset": asset->{ url, sha1hash, size, extension, mimeType, originalFilename }
  },
  alt, credit, background, crops, retouchedPerson,
  "licence": licence{
    name, url, usage, expires,
    "territories": territories{ ${slugsOf("allow")}, ${slugsOf("exclude")} }
  }
}`,
  story: `{
  "slug": slug.current, era, year, ${slugOf("hero")}, ${slugsOf("gallery")}, tags,${entryScheduling},
  title, dek, body, ${entryBrief}
}`,
  capsule: `{
  "slug": slug.current, season, ${slugsOf("keyVisuals")}, ${slugsOf("products")}, hashtags,
  campaignHandle,${entryScheduling},
  title, dek, body, ${entryBrief}
}`,
  ambassador: `{
  "slug": slug.current, name, ${slugsOf("markets")}, "platforms": platforms[]{ platform, handle },
  referralCode, locale, ${slugOf("audience")}
}`,
  product: `{
  "slug": slug.current, sku, ${slugOf("capsule")}, ${slugsOf("images")}, ${slugsOf("soldIn")},${entryScheduling},
  "prices": prices[]{ "market": market->slug.current, amount, availability },
  name, body, ${entryBrief}
}`,
  moment: `{
  "slug": slug.current, ${slugOf("market")}, platforms, startsAt, durationMinutes,
  ${slugOf("audience")}, ${slugOf("capsule")}, ${slugsOf("products")}, ${slugsOf("images")},
  title, talkingPoints, host, partnership
}`,
};

export interface ResolvedQuery {
  kind: SanityKind;
  type: string;
  projection: string;
  /** The house's filter (its `id` for the brand), or undefined. */
  filter: string | undefined;
  transform: KindTransform | undefined;
  /** The house set the type or the projection of this kind in `sanity.queries`. */
  own: boolean;
  /** The house wrote the projection: it is checked before it is sent. */
  ownProjection: boolean;
  /** The config fields, for messages: `sanity.queries.story.type`, `sanity.queries.story(.projection)`. */
  typeField: string;
  projectionField: string;
  filterField: string;
  transformField: string;
}

export function resolveQuery(kind: SanityKind, queries: SanityQueries = {}): ResolvedQuery {
  const own = queries[kind];
  const query = typeof own === "string" ? { projection: own } : (own ?? {});
  const field = `sanity.queries.${kind}`;
  const byId = query.id === undefined ? undefined : `_id == ${JSON.stringify(query.id)}`;
  const filters = [byId, query.filter].filter((part) => part !== undefined);
  return {
    kind,
    type: query.type ?? defaultTypes[kind],
    projection: query.projection ?? defaultProjections[kind],
    filter: filters.length === 0 ? undefined : filters.map((part) => `(${part})`).join(" && "),
    transform: query.transform,
    own: own !== undefined,
    ownProjection: query.projection !== undefined,
    typeField: `${field}.type`,
    projectionField: typeof own === "string" ? field : `${field}.projection`,
    filterField:
      query.id !== undefined && query.filter === undefined ? `${field}.id` : `${field}.filter`,
    transformField: `${field}.transform`,
  };
}

/** Every document type in the dataset, to name the ones a query for a missing type could mean. */
export const documentTypesQuery = "array::unique(*[]._type)";

/**
 * One page of one kind, in `_id` order after `$after` (keyset pagination: stable however large
 * the dataset, and no page is skipped when documents are added meanwhile). The projection is
 * applied to the document (`@`) under `value`, so a house's projection never has to carry the
 * ids the pagination and the messages need.
 */
export function pageQuery(projection: string, filter?: string): string {
  const own = filter === undefined ? "" : ` && (${filter})`;
  return `*[_type == $type && _id > $after${own}] | order(_id) [0...$limit] {
  _id, _originalId, "value": @${projection.trim()}
}`;
}

export interface PageParams extends Record<string, unknown> {
  type: string;
  after: string;
  limit: number;
}
