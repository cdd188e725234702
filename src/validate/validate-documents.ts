import { type ContentIssue, createIssue, describeValue } from "../errors/issue.ts";
import type { Asset } from "../model/asset.ts";
import { assetSchema } from "../model/asset.ts";
import { type Audience, audiencesFileSchema, resolveAudience } from "../model/audience.ts";
import { type Brand, brandSchema } from "../model/brand.ts";
import type { Disclosure } from "../model/disclosure.ts";
import { type Entry, entrySchemas } from "../model/entries.ts";
import { nearestKey } from "../model/known-keys.ts";
import { localeDirection, type Market, type MarketData, marketSchema } from "../model/market.ts";
import { parseWithSchema } from "../model/parse-with-schema.ts";
import { isLocaleTag, isSafeSlug } from "../model/primitives.ts";
import type { RawDocument } from "../sources/contract.ts";
import { checkImage } from "./check-image.ts";

/** Each function checks one document on its own; cross-document rules are in check-references. */

export function validateBrand(doc: RawDocument, issues: ContentIssue[]): Brand | undefined {
  const result = parseWithSchema(brandSchema, doc.data, doc.origin);
  issues.push(...result.issues);
  const brand = result.value;
  // Every other locale falls back to the default one's credit line: without it, no caption
  // could carry the credit its image's licence needs.
  if (brand && brand.creditLine[brand.defaultLocale] === undefined) {
    const others = Object.keys(brand.creditLine);
    issues.push(
      createIssue("MissingCreditLine", {
        origin: doc.origin,
        path: ["creditLine", brand.defaultLocale],
        expected: `a credit line template in ${brand.defaultLocale}, the default locale`,
        found: others.length === 0 ? "no template" : `templates for ${others.join(", ")} only`,
      }),
    );
  }
  return brand;
}

export interface AudienceContext {
  /** The brand's default locale: a name written once is in it. */
  defaultLocale: string;
  /** Channel ids the build knows (library and config): an audience's other channels are errors. */
  channelIds?: ReadonlySet<string> | undefined;
}

export function validateAudiences(
  doc: RawDocument,
  issues: ContentIssue[],
  context: AudienceContext,
): Audience[] {
  if (!doc.data || typeof doc.data !== "object" || Array.isArray(doc.data)) {
    issues.push(
      createIssue("InvalidFieldType", {
        origin: doc.origin,
        expected: "a mapping from audience id (public, ambassadors, press…) to its settings",
        found: describeValue(doc.data),
      }),
    );
    return [];
  }
  const audiences: Audience[] = [];
  // One audience at a time, so that a mistake in one leaves the others in.
  for (const [id, raw] of Object.entries(doc.data)) {
    const result = parseWithSchema(audiencesFileSchema, { [id]: raw }, doc.origin);
    issues.push(...result.issues);
    const data = result.value?.[id];
    if (!data) continue;
    const channels =
      data.channels && context.channelIds
        ? knownChannels(doc, [id, "channels"], data.channels, context.channelIds, issues)
        : data.channels;
    audiences.push(resolveAudience(id, { ...data, channels }, context.defaultLocale));
  }
  return audiences;
}

/**
 * A market with an unknown channel keeps its other channels: the unknown one is an error and is
 * left out, since no record says how to render it.
 */
export function validateMarket(
  doc: RawDocument,
  issues: ContentIssue[],
  channelIds?: ReadonlySet<string>,
): Market | undefined {
  if (!checkId(doc, issues)) return undefined;
  const result = parseWithSchema(marketSchema, doc.data, doc.origin);
  issues.push(...result.issues);
  const parsed = result.value;
  if (!parsed) return undefined;
  const market = channelIds ? withKnownChannels(doc, parsed, channelIds, issues) : parsed;
  const own: ContentIssue[] = [];
  const declared = new Set(market.locales);
  const localized: Array<[Array<string>, Record<string, unknown>]> = [
    [["directions"], market.directions],
    [["legalLines"], market.legalLines],
    ...disclosureMaps(market.disclosure),
  ];
  for (const [path, byLocale] of localized) {
    for (const locale of Object.keys(byLocale)) {
      if (!declared.has(locale)) {
        own.push(
          createIssue("UndeclaredLocale", {
            origin: doc.origin,
            path: [...path, locale],
            expected: `one of this market's locales (${market.locales.join(", ")})`,
            found: JSON.stringify(locale),
          }),
        );
      }
    }
  }
  issues.push(...own);
  if (own.length > 0) return undefined;
  const directionOf = Object.fromEntries(
    market.locales.map((locale) => [locale, market.directions[locale] ?? localeDirection(locale)]),
  );
  return { id: doc.id, ...market, directionOf };
}

export function validateAsset(doc: RawDocument, issues: ContentIssue[]): Asset | undefined {
  if (!checkId(doc, issues)) return undefined;
  const result = parseWithSchema(assetSchema, doc.data, doc.origin);
  issues.push(...result.issues);
  if (!result.value || doc.file?.refused) return undefined;
  if (!doc.file?.exists || !doc.file.contentHash) {
    issues.push(
      createIssue("AssetFileMissing", {
        origin: doc.origin,
        path: "file",
        expected: "an image file next to this sidecar",
        found: `no file at ${JSON.stringify(result.value.file)}`,
      }),
    );
    return undefined;
  }
  const imageIssue =
    doc.file.image && checkImage(doc.file.image, { origin: doc.origin, file: result.value.file });
  if (imageIssue) {
    issues.push(imageIssue);
    return undefined;
  }
  return {
    id: doc.id,
    origin: doc.origin,
    location: doc.file.location,
    contentHash: doc.file.contentHash,
    ...result.value,
    ...(doc.file.image?.readable
      ? { pixels: { width: doc.file.image.width, height: doc.file.image.height } }
      : {}),
  };
}

export function validateEntry(doc: RawDocument, issues: ContentIssue[]): Entry | undefined {
  if (doc.kind !== "story" && doc.kind !== "capsule" && doc.kind !== "product") return undefined;
  const schemas = entrySchemas[doc.kind];
  const own: ContentIssue[] = [];
  if (!checkId(doc, own)) {
    issues.push(...own);
    return undefined;
  }
  const data = parseWithSchema(schemas.data, doc.data, doc.origin);
  own.push(...data.issues);

  const text: Record<string, unknown> = {};
  const textOrigins: Record<string, string> = {};
  for (const raw of doc.texts) {
    if (!isLocaleTag(raw.locale)) {
      own.push(
        createIssue("InvalidLocale", {
          origin: raw.origin,
          expected: "a canonical BCP 47 locale tag such as fr, en, zh-Hans, ja, ko or ar",
          found: JSON.stringify(raw.locale),
        }),
      );
      continue;
    }
    const parsed = parseWithSchema(schemas.text, raw.data, raw.origin);
    // A broken translation file is left out on its own (the market falls back to another
    // locale); a mistake in the entry's own file leaves the whole entry out.
    if (raw.origin === doc.origin) own.push(...parsed.issues);
    else issues.push(...parsed.issues);
    if (parsed.value) {
      text[raw.locale] = parsed.value;
      textOrigins[raw.locale] = raw.origin;
    }
  }
  issues.push(...own);
  if (!data.value || own.some((issue) => issue.severity === "error")) return undefined;
  return {
    type: doc.kind,
    slug: doc.id,
    origin: doc.origin,
    data: data.value,
    text,
    textOrigins,
  } as Entry;
}

function withKnownChannels(
  doc: RawDocument,
  market: MarketData,
  channelIds: ReadonlySet<string>,
  issues: ContentIssue[],
): MarketData {
  return {
    ...market,
    channels: knownChannels(doc, ["channels"], market.channels, channelIds, issues),
  };
}

/**
 * The channels a Relais record exists for; each other one is an UnknownChannel error naming the
 * nearest known id, and is left out. An audience may also name a whole platform (`instagram`).
 */
function knownChannels(
  doc: RawDocument,
  path: readonly PropertyKey[],
  channels: readonly string[],
  channelIds: ReadonlySet<string>,
  issues: ContentIssue[],
): string[] {
  const platforms = doc.kind === "audiences" ? platformsOf(channelIds) : new Set<string>();
  const isKnown = (channel: string) => channelIds.has(channel) || platforms.has(channel);
  const known = [...channelIds, ...platforms];
  channels.forEach((channel, index) => {
    if (isKnown(channel)) return;
    const nearest = nearestKey(channel, known);
    issues.push(
      createIssue("UnknownChannel", {
        origin: doc.origin,
        path: [...path, index],
        expected: nearest
          ? `a known ${platforms.has(nearest) ? "platform" : "channel id"} (did you mean \`${nearest}\`?)`
          : "a channel id from docs/channels.md or the config's `channels`",
        found: JSON.stringify(channel),
      }),
    );
  });
  return channels.filter(isKnown);
}

function platformsOf(channelIds: ReadonlySet<string>): Set<string> {
  return new Set([...channelIds].map((id) => id.split("/")[0] ?? id));
}

function checkId(doc: RawDocument, issues: ContentIssue[]): boolean {
  if (isSafeSlug(doc.id)) return true;
  issues.push(
    createIssue("UnsafeSlug", {
      origin: doc.origin,
      path: doc.kind === "market" || doc.kind === "asset" ? "id" : "slug",
      expected: "a safe path segment: lower-case letters, digits and single hyphens",
      found: JSON.stringify(doc.id),
    }),
  );
  return false;
}

/** Each map locale → lines of a market's disclosure, with its path: the market's, then each platform's. */
function disclosureMaps(disclosure: Disclosure): Array<[string[], Record<string, unknown>]> {
  const kinds = ["paid", "gifted", "retouched"] as const;
  const own = kinds.flatMap((kind): Array<[string[], Record<string, unknown>]> => {
    const lines = disclosure[kind];
    return lines ? [[["disclosure", kind], lines]] : [];
  });
  const platforms = Object.entries(disclosure.platforms).flatMap(([platform, override]) =>
    kinds.flatMap((kind): Array<[string[], Record<string, unknown>]> => {
      const lines = override[kind];
      return lines ? [[["disclosure", "platforms", platform, kind], lines]] : [];
    }),
  );
  return [...own, ...platforms];
}
