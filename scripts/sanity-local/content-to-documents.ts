import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { ContentIssue } from "../../src/errors/issue.ts";
import type { EntryType } from "../../src/model/audience.ts";
import { localizedFields } from "../../src/model/entries.ts";
import type { RawDocument } from "../../src/sources/contract.ts";
import { createMarkdownSource } from "../../src/sources/markdown/markdown-source.ts";
import type { SanityDocumentLike } from "../../src/sources/sanity/perspective.ts";

/**
 * A Markdown house (`content/`) as the Sanity documents an editor would have made of it in the
 * Relais schema (docs/sanity.md): one way only, written apart from the Sanity drivers so that
 * comparing the two sources tests the drivers, not a shared assumption. The Markdown source
 * reads the folder; this only reshapes what it read.
 */
export interface SanityDataset {
  documents: SanityDocumentLike[];
  /** What the Markdown source could not read (those documents are missing). */
  issues: ContentIssue[];
}

export interface DatasetPlace {
  projectId: string;
  dataset: string;
}

/** Fixed, so the same content always gives the same file. */
const STAMP = { _createdAt: "2026-01-05T09:00:00Z", _updatedAt: "2026-01-05T09:00:00Z" };

const typeOf: Record<RawDocument["kind"], string> = {
  brand: "relaisBrand",
  audiences: "relaisAudience",
  market: "relaisMarket",
  asset: "relaisAsset",
  story: "relaisStory",
  capsule: "relaisCapsule",
  product: "relaisProduct",
  moment: "relaisLiveMoment",
  ambassador: "relaisAmbassador",
};

const prefixOf = {
  audience: "audience",
  market: "market",
  asset: "asset",
  story: "story",
  capsule: "capsule",
  product: "product",
  moment: "moment",
  ambassador: "ambassador",
} as const;

/** Readable document ids, without dots (a dotted id is a path Sanity hides from public reads). */
export function documentId(kind: keyof typeof prefixOf, slug: string): string {
  return `${prefixOf[kind]}-${slug}`;
}

export async function contentToSanityDocuments(
  root: string,
  place: DatasetPlace,
): Promise<SanityDataset> {
  const { documents: raw, issues } = await createMarkdownSource({ root }).load();
  const documents: SanityDocumentLike[] = [];
  const images = new Map<string, SanityDocumentLike>();
  for (const doc of raw) {
    // A file the Markdown source could not read has no Sanity counterpart: its issue says why.
    if (doc.unreadable) continue;
    if (doc.kind === "brand") documents.push(brandDocument(doc, raw));
    else if (doc.kind === "audiences") documents.push(...audienceDocuments(doc, raw));
    else if (doc.kind === "market") documents.push(marketDocument(doc));
    else if (doc.kind === "ambassador") documents.push(ambassadorDocument(doc));
    else if (doc.kind === "asset") {
      const image = doc.file?.exists ? await imageAssetDocument(doc, place) : undefined;
      if (image && !images.has(image._id)) images.set(image._id, image);
      documents.push(assetDocument(doc, image?._id));
    } else if (doc.kind === "moment") documents.push(momentDocument(doc));
    else documents.push(entryDocument(doc, doc.kind));
  }
  return { documents: [...documents, ...images.values()], issues };
}

function base(kind: RawDocument["kind"], id: string, slug?: string) {
  return {
    _id: id,
    _type: typeOf[kind],
    ...STAMP,
    _rev: "relais-fixture",
    ...(slug === undefined ? {} : { slug: { _type: "slug", current: slug } }),
  };
}

function brandDocument(doc: RawDocument, all: readonly RawDocument[]): SanityDocumentLike {
  const { creditLine, legalLines, ...data } = doc.data as Record<string, unknown>;
  const audiences = all.find((candidate) => candidate.kind === "audiences")?.data ?? {};
  return withoutUndefined({
    ...base("brand", "relaisBrand"),
    ...data,
    creditLine: localized(creditLine, "relaisLocaleString"),
    legalLines: localized(legalLines, "relaisLocaleStringList"),
    audiences: references(Object.keys(audiences as object), "audience"),
  });
}

/** Names and descriptions as the Studio writes them: one item per locale, even when written once. */
function audienceDocuments(doc: RawDocument, all: readonly RawDocument[]): SanityDocumentLike[] {
  const brand = all.find((candidate) => candidate.kind === "brand")?.data as
    | { defaultLocale?: string }
    | undefined;
  const perLocale = (text: unknown) =>
    typeof text === "string" ? { [brand?.defaultLocale ?? "en"]: text } : text;
  return Object.entries(doc.data as Record<string, Record<string, unknown>>).map(
    ([id, { name, description, partnership, ...settings }]) =>
      withoutUndefined({
        ...base("audiences", documentId("audience", id), id),
        name: localized(perLocale(name), "relaisLocaleString"),
        description: localized(perLocale(description), "relaisLocaleText"),
        ...settings,
        partnership,
      }),
  );
}

/** The disclosure as the Studio's flat fields (`disclosurePaid`…): per-platform lines have none. */
function marketDocument(doc: RawDocument): SanityDocumentLike {
  const { names, directions, legalLines, disclosure, ...data } = doc.data as Record<
    string,
    unknown
  >;
  const lines = (disclosure ?? {}) as Record<string, unknown>;
  return withoutUndefined({
    ...base("market", documentId("market", doc.id), doc.id),
    ...data,
    names: localized(names, "relaisLocaleString"),
    directions: localized(directions, "relaisLocaleDirection"),
    legalLines: localized(legalLines, "relaisLocaleStringList"),
    disclosurePaid: localized(lines.paid, "relaisLocaleStringList"),
    disclosureGifted: localized(lines.gifted, "relaisLocaleStringList"),
    disclosureRetouched: localized(lines.retouched, "relaisLocaleStringList"),
    disclosurePosition: lines.position,
  });
}

/** Markets and the audience as references; each platform an item with its account name. */
function ambassadorDocument(doc: RawDocument): SanityDocumentLike {
  const { markets, platforms, audience, ...data } = doc.data as Record<string, unknown>;
  return withoutUndefined({
    ...base("ambassador", documentId("ambassador", doc.id), doc.id),
    ...data,
    markets: Array.isArray(markets) ? references(markets as string[], "market") : undefined,
    platforms:
      platforms &&
      Object.entries(platforms as Record<string, string>).map(([platform, handle]) => ({
        _key: platform,
        _type: "relaisAmbassadorPlatform",
        platform,
        handle,
      })),
    audience:
      typeof audience === "string" ? reference(documentId("audience", audience)) : undefined,
  });
}

function assetDocument(doc: RawDocument, imageId: string | undefined): SanityDocumentLike {
  const {
    file: _file,
    alt,
    hotspot,
    crop,
    crops,
    licence,
    ...data
  } = doc.data as Record<string, unknown>;
  const rights = licence as Record<string, unknown> | undefined;
  const territories = rights?.territories as { allow?: string[]; exclude?: string[] } | undefined;
  const image = imageId && {
    _type: "image",
    asset: reference(imageId),
    ...(hotspot ? { hotspot: { _type: "sanity.imageHotspot", ...(hotspot as object) } } : {}),
    ...(crop ? { crop: fullCrop("sanity.imageCrop", crop) } : {}),
  };
  return withoutUndefined({
    ...base("asset", documentId("asset", doc.id), doc.id),
    image,
    alt: localized(alt, "relaisLocaleString"),
    ...data,
    licence: rights && {
      ...rights,
      territories: territories && {
        allow: territories.allow && references(territories.allow, "market"),
        exclude: territories.exclude && references(territories.exclude, "market"),
      },
    },
    crops:
      crops &&
      Object.entries(crops).map(([aspect, value]) => ({
        _key: aspect.replace(":", "x"),
        ...fullCrop("relaisCrop", value),
        aspect,
      })),
  });
}

/** Sanity stores all four sides of a crop, 0 where nothing is cut. */
function fullCrop(type: string, crop: unknown) {
  return { _type: type, top: 0, bottom: 0, left: 0, right: 0, ...(crop as object) };
}

/** The `sanity.imageAsset` Sanity makes on upload: id and URL from the sha1 and the size. */
async function imageAssetDocument(
  doc: RawDocument,
  { projectId, dataset }: DatasetPlace,
): Promise<SanityDocumentLike> {
  const location = doc.file?.location ?? "";
  const bytes = await readFile(location);
  const sha1 = createHash("sha1").update(bytes).digest("hex");
  const originalFilename = path.basename(location);
  const extension = path.extname(originalFilename).slice(1).toLowerCase();
  // Placeholder bytes in test houses are not images: they get Sanity's smallest size.
  const { width = 1, height = 1 } = await sharp(bytes)
    .metadata()
    .catch(() => ({ width: 1, height: 1 }));
  const file = `${sha1}-${width}x${height}.${extension}`;
  const assetPath = `images/${projectId}/${dataset}/${file}`;
  return {
    _id: `image-${sha1}-${width}x${height}-${extension}`,
    _type: "sanity.imageAsset",
    ...STAMP,
    _rev: "relais-fixture",
    assetId: sha1,
    extension,
    mimeType: extension === "png" ? "image/png" : "image/jpeg",
    originalFilename,
    path: assetPath,
    sha1hash: sha1,
    size: bytes.byteLength,
    uploadId: `relais-${sha1.slice(0, 12)}`,
    url: `https://cdn.sanity.io/${assetPath}`,
    metadata: {
      _type: "sanity.imageMetadata",
      dimensions: {
        _type: "sanity.imageDimensions",
        width,
        height,
        aspectRatio: width / height,
      },
    },
  };
}

/** Entry fields that hold references, and the kind of document each points to. */
const referenceFields: Record<string, keyof typeof prefixOf> = {
  hero: "asset",
  gallery: "asset",
  keyVisuals: "asset",
  images: "asset",
  products: "product",
  capsule: "capsule",
  soldIn: "market",
  market: "market",
  audience: "audience",
};

/** Shared fields with their references as Sanity references, in the order they were written. */
function withReferences(data: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    const target = referenceFields[name];
    if (!target) fields[name] = value;
    else if (Array.isArray(value)) fields[name] = references(value as string[], target);
    else if (typeof value === "string") fields[name] = reference(documentId(target, value));
  }
  return fields;
}

/** A moment's references as Sanity references; its title and talking points localized. */
function momentDocument(doc: RawDocument): SanityDocumentLike {
  const { title, talkingPoints, ...data } = doc.data as Record<string, unknown>;
  return withoutUndefined({
    ...base("moment", documentId("moment", doc.id), doc.id),
    ...withReferences(data),
    title: localized(title, "relaisLocaleString"),
    talkingPoints: localized(talkingPoints, "relaisLocaleStringList"),
  });
}

function entryDocument(doc: RawDocument, kind: EntryType): SanityDocumentLike {
  const { markets, embargo, prices, ...data } = doc.data as Record<string, unknown>;
  const fields = withReferences(data);
  if (prices && typeof prices === "object") {
    fields.prices = Object.entries(prices).map(([market, price]) => ({
      _key: market,
      _type: "relaisMarketPrice",
      market: reference(documentId("market", market)),
      ...(price as object),
    }));
  }
  const targeting = markets as { include?: string[]; exclude?: string[] } | undefined;
  const schedule = embargo as
    | {
        publishAt?: string;
        markets?: Record<string, string>;
        pressPreview?: true | { markets: string[] };
      }
    | undefined;
  for (const name of localizedFields[kind]) {
    if (name === "brief") {
      fields.brief = briefOf(doc.texts);
      continue;
    }
    const items = doc.texts.flatMap((text) => {
      const value = (text.data as Record<string, unknown>)[name];
      if (value === undefined || value === "") return [];
      const type = name === "body" ? "relaisLocaleText" : "relaisLocaleString";
      return [{ _key: text.locale, _type: type, value }];
    });
    if (items.length > 0) fields[name] = items;
  }
  return withoutUndefined({
    ...base(kind, documentId(kind, doc.id), doc.id),
    ...fields,
    markets: targeting && {
      include: targeting.include && references(targeting.include, "market"),
      exclude: targeting.exclude && references(targeting.exclude, "market"),
    },
    embargo: schedule && {
      publishAt: schedule.publishAt,
      markets:
        schedule.markets &&
        Object.entries(schedule.markets).map(([market, publishAt]) => ({
          _key: market,
          _type: "relaisMarketMoment",
          market: reference(documentId("market", market)),
          publishAt,
        })),
      pressPreview: schedule.pressPreview && {
        enabled: true,
        markets:
          schedule.pressPreview === true
            ? undefined
            : references(schedule.pressPreview.markets, "market"),
      },
    },
  });
}

/** Each locale's brief → `brief { talkingPoints, do, dont }`, each a localized list. */
function briefOf(texts: RawDocument["texts"]) {
  const brief: Record<string, unknown[]> = {};
  for (const list of ["talkingPoints", "do", "dont"]) {
    const items = texts.flatMap((text) => {
      const lines = (text.data as { brief?: Record<string, unknown> }).brief?.[list];
      if (!Array.isArray(lines) || lines.length === 0) return [];
      return [{ _key: text.locale, _type: "relaisLocaleStringList", value: lines }];
    });
    if (items.length > 0) brief[list] = items;
  }
  return Object.keys(brief).length > 0 ? brief : undefined;
}

function reference(id: string) {
  return { _type: "reference", _ref: id };
}

function references(slugs: readonly string[], kind: keyof typeof prefixOf) {
  return slugs.map((slug, index) => ({
    _key: slugs.indexOf(slug) === index ? slug : `${slug}-${index}`,
    ...reference(documentId(kind, slug)),
  }));
}

/** `{ fr: "…" }` → the internationalized array the Studio plugin writes. */
function localized(map: unknown, itemType: string) {
  if (!map || typeof map !== "object") return undefined;
  return Object.entries(map).map(([locale, value]) => ({ _key: locale, _type: itemType, value }));
}

/** Sanity has no `undefined`: an absent field is not written at all. */
function withoutUndefined<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
