import type { ValidationContext } from "@sanity/types";
import { documentTypeNames } from "../../model/document-types.ts";

/**
 * What the document-wide rules need from other documents: the brand, the markets, the assets
 * an entry shows and the capsule a product belongs to. Read as published, since that is what a
 * build reads: a draft of the brand does not change a caption until it is published.
 */
export interface RelatedDocuments {
  brand: Record<string, unknown> | null;
  /** Every published market, with its document id. */
  markets: MarketDocument[];
  assets: Record<string, unknown>[];
  capsule: Record<string, unknown> | null;
}

export interface MarketDocument extends Record<string, unknown> {
  _id: string;
}

/** The API version the queries are written for. */
const API_VERSION = "2025-02-19";

/** What a build reads: neither drafts nor release versions. */
export const PUBLISHED = `!(_id in path("drafts.**")) && !(_id in path("versions.**"))`;

const QUERY = `{
  "brand": *[_type == $brandType && ${PUBLISHED}] | order(_id asc) [0]{
    name, defaultLocale, hashtags, creditLine, legalLines
  },
  "markets": *[_type == $marketType && ${PUBLISHED}] | order(_id asc) {
    _id, "id": slug.current, name, locales, timeZone, directions, channels, hashtags, legalLines
  },
  "assets": *[_type == $assetType && _id in $assetIds && ${PUBLISHED}]{ _id, credit, licence },
  "capsule": *[_type == $capsuleType && _id == $capsuleId && ${PUBLISHED}][0]{ hashtags, campaignHandle }
}`;

export async function fetchRelatedDocuments(
  context: Pick<ValidationContext, "getClient">,
  ids: { assetIds?: readonly string[]; capsuleId?: string | undefined } = {},
): Promise<RelatedDocuments> {
  const client = context.getClient({ apiVersion: API_VERSION });
  const result = await client.fetch<Partial<RelatedDocuments> | null>(QUERY, {
    brandType: documentTypeNames.brand,
    marketType: documentTypeNames.market,
    assetType: documentTypeNames.asset,
    capsuleType: documentTypeNames.capsule,
    assetIds: [...(ids.assetIds ?? [])],
    capsuleId: ids.capsuleId ?? "",
  });
  return {
    brand: result?.brand ?? null,
    markets: result?.markets ?? [],
    assets: result?.assets ?? [],
    capsule: result?.capsule ?? null,
  };
}

/** The document id a reference points at, or undefined for an empty reference. */
export function refOf(value: unknown): string | undefined {
  const ref = (value as { _ref?: unknown } | null | undefined)?._ref;
  return typeof ref === "string" && ref !== "" ? ref : undefined;
}

/** The ids a list of references points at, in order. */
export function refsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.flatMap((item) => refOf(item) ?? []) : [];
}
