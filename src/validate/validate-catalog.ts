import { type ContentIssue, createIssue } from "../errors/issue.ts";
import type { Asset } from "../model/asset.ts";
import type { Catalog } from "../model/catalog.ts";
import type { Entry } from "../model/entries.ts";
import type { RawDocument, SourceSnapshot } from "../sources/contract.ts";
import { compareCodepoints } from "../text/compare-codepoints.ts";
import { checkAsset, checkEntry, declaredLocales, knownIdsOf } from "./check-references.ts";
import {
  marketDropped,
  marketsAllRead,
  validateAudiencesOf,
  validateBrandOf,
} from "./dropped-documents.ts";
import { brokenImagesOf, checkEntryImages } from "./entry-images.ts";
import { locateIssues } from "./locate-issues.ts";
import { validateAmbassador } from "./validate-ambassador.ts";
import { validateAsset, validateEntry, validateMarket } from "./validate-documents.ts";
import { validateMoments } from "./validate-moments.ts";

export interface ValidationResult {
  /** Undefined only when nothing can be built at all (no valid brand). */
  catalog: Catalog | undefined;
  /** Every problem found, errors and warnings, in a stable order. */
  issues: ContentIssue[];
}

export interface ValidationOptions {
  /**
   * Channel ids the build knows (library and config): a market's or an audience's other channels
   * are errors.
   */
  channelIds?: ReadonlySet<string>;
}

/**
 * Raw documents → a typed Catalog and the list of issues. A document with an error is left out
 * and reported; everything else goes on. A mistake that would drop a whole market, audience or
 * the brand is reported once as itself, and then as a blocking issue (MarketDropped…) rather
 * than as a cascade over every document that names it.
 */
export function validateCatalog(
  snapshot: SourceSnapshot,
  options: ValidationOptions = {},
): ValidationResult {
  const issues: ContentIssue[] = [...snapshot.issues];
  const docs = snapshot.documents;
  const ofKind = (kind: RawDocument["kind"]) =>
    docs.filter((doc) => doc.kind === kind && !doc.unreadable);

  const brandDocs = docs.filter((doc) => doc.kind === "brand");
  const brand = validateBrandOf(brandDocs, issues);
  const audiences = validateAudiencesOf(
    docs.filter((doc) => doc.kind === "audiences"),
    issues,
    { defaultLocale: brand?.defaultLocale ?? "en", channelIds: options.channelIds },
  );
  const marketDocs = docs.filter((doc) => doc.kind === "market");
  const uniqueMarkets = withoutDuplicates(marketDocs, issues);
  const markets = defined(
    marketDocs.map((doc) => {
      const own: ContentIssue[] = [];
      const readable = !doc.unreadable && uniqueMarkets.includes(doc);
      const market = readable ? validateMarket(doc, own, options.channelIds) : undefined;
      issues.push(...own);
      if (!market) issues.push(marketDropped(doc.origin, own, issues));
      return market;
    }),
  );
  const assets = defined(
    withoutDuplicates(ofKind("asset"), issues).map((doc) => validateAsset(doc, issues)),
  );
  const entryDocs = ofKind("story").concat(ofKind("capsule")).concat(ofKind("product"));
  const entries = defined(
    withoutDuplicates(entryDocs, issues).map((doc) => validateEntry(doc, issues)),
  );

  if (!brand) return { catalog: undefined, issues: sortIssues(locateIssues(issues, docs)) };

  const known = knownIdsOf(docs);
  // A market that cannot be read hides which locales it declares: rather than report every
  // text in them as undeclared, the check waits until the market is fixed (it blocks the build).
  const locales = marketsAllRead(docs) ? declaredLocales(docs) : undefined;
  const validAssets = assets.filter((asset) =>
    keepIfClean(checkAsset(asset, brand, known, locales), issues),
  );
  const broken = brokenImagesOf(docs, issues);
  const checkedEntries = entries.filter((entry) =>
    keepEntry(
      entry,
      [...checkEntry(entry, known, locales), ...checkEntryImages(entry, broken)],
      issues,
    ),
  );
  issues.push(...checkCapsuleProducts(checkedEntries));
  const validEntries = withoutProductsOfLeftOutCapsules(ofKind("capsule"), checkedEntries, issues);
  issues.push(...checkSkus(validEntries));

  const audienceIds = new Set(
    docs
      .filter((doc) => doc.kind === "audiences")
      .flatMap((doc) => [
        ...Object.keys((doc.data as object | null | undefined) ?? {}),
        ...(doc.dropped ?? []).map((dropped) => dropped.id),
      ]),
  );
  const ambassadors = defined(
    withoutDuplicates(ofKind("ambassador"), issues).map((doc) =>
      validateAmbassador(doc, issues, {
        marketIds: known.markets,
        markets,
        audienceIds,
        audiences,
        channelIds: options.channelIds,
      }),
    ),
  );

  const catalog: Catalog = {
    brand,
    markets: sortById(markets),
    audiences: sortById(audiences),
    assets: sortById(assets.filter((asset) => validAssets.includes(asset))) as Asset[],
    entries: validEntries.sort((a, b) =>
      compareCodepoints(`${a.type}/${a.slug}`, `${b.type}/${b.slug}`),
    ),
    ambassadors: sortById(ambassadors),
  };
  const moments = validateMoments(
    withoutDuplicates(
      docs.filter((doc) => doc.kind === "moment"),
      issues,
    ),
    { ...catalog, channelIds: options.channelIds },
    issues,
  );
  if (moments.length > 0) catalog.moments = sortById(moments);
  return { catalog, issues: sortIssues(locateIssues(issues, docs)) };
}

/**
 * Two documents of one kind with one slug (entries, markets, assets; a Sanity dataset can hold
 * them): both are left out, since either could be the wrong one, and one id cannot name two
 * folders of the output.
 */
function withoutDuplicates(docs: readonly RawDocument[], issues: ContentIssue[]): RawDocument[] {
  const byKey = Map.groupBy(docs, (doc) => `${doc.kind}/${doc.id}`);
  return docs.filter((doc) => {
    const same = byKey.get(`${doc.kind}/${doc.id}`) ?? [];
    if (same.length === 1) return true;
    const others = same.filter((other) => other !== doc).map((other) => other.origin);
    issues.push(
      createIssue("DuplicateSlug", {
        origin: doc.origin,
        path: "slug",
        expected: `a slug no other ${doc.kind} uses`,
        found: `"${doc.id}", also used by ${others.join(", ")}`,
      }),
    );
    return false;
  });
}

function keepIfClean(found: ContentIssue[], issues: ContentIssue[]): boolean {
  issues.push(...found);
  return !found.some((issue) => issue.severity === "error");
}

/** Errors in the entry's own document leave it out; an error in a translation drops only that
 * translation, and the market falls back to its next locale. */
function keepEntry(entry: Entry, found: ContentIssue[], issues: ContentIssue[]): boolean {
  issues.push(...found);
  for (const issue of found) {
    if (issue.severity !== "error" || issue.origin === entry.origin) continue;
    for (const [locale, origin] of Object.entries(entry.textOrigins)) {
      if (origin === issue.origin) {
        delete entry.text[locale];
        delete entry.textOrigins[locale];
      }
    }
  }
  return !found.some((issue) => issue.severity === "error" && issue.origin === entry.origin);
}

/**
 * A capsule that lists a product whose `capsule` is empty or another capsule. An error, since the
 * two disagree on what the product belongs to; the planner holds the product by every capsule
 * linked to it either way, so nothing of it appears before the capsule.
 */
function checkCapsuleProducts(entries: readonly Entry[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const products = new Map(
    entries.flatMap((e) => (e.type === "product" ? [[e.slug, e] as const] : [])),
  );
  for (const capsule of entries) {
    if (capsule.type !== "capsule") continue;
    capsule.data.products.forEach((slug, index) => {
      const product = products.get(slug);
      if (product && product.data.capsule !== capsule.slug) {
        issues.push(mismatch(capsule.origin, index, capsule.slug, product));
      }
    });
  }
  return issues;
}

/**
 * A capsule left out by its own errors can still say which products it lists. Those that do not
 * name it in return (the planner would hold those that do) are left out with it: whatever
 * embargo the capsule meant to set, the build cannot read it, and the product must not show the
 * capsule before it.
 */
function withoutProductsOfLeftOutCapsules(
  capsuleDocs: readonly RawDocument[],
  entries: readonly Entry[],
  issues: ContentIssue[],
): Entry[] {
  const kept = new Set(entries.filter((e) => e.type === "capsule").map((e) => e.slug));
  const held = new Set<Entry>();
  for (const doc of capsuleDocs) {
    if (kept.has(doc.id)) continue;
    const listed = (doc.data as { products?: unknown } | undefined)?.products;
    if (!Array.isArray(listed)) continue;
    listed.forEach((slug, index) => {
      const product = entries.find((e) => e.type === "product" && e.slug === slug);
      if (product?.type !== "product" || product.data.capsule === doc.id) return;
      issues.push(
        mismatch(
          doc.origin,
          index,
          doc.id,
          product,
          "; held back with the capsule, which is left out",
        ),
      );
      held.add(product);
    });
  }
  return entries.filter((entry) => !held.has(entry));
}

function mismatch(
  origin: string,
  index: number,
  capsule: string,
  product: Entry & { type: "product" },
  consequence = "",
): ContentIssue {
  const own = product.data.capsule ? `"${product.data.capsule}"` : "not set";
  return createIssue("CapsuleProductMismatch", {
    origin,
    path: ["products", index],
    expected: `a product whose capsule is "${capsule}"`,
    found: `"${product.slug}", whose capsule is ${own} (${product.origin})${consequence}`,
  });
}

function checkSkus(entries: readonly Entry[]): ContentIssue[] {
  const products = entries.filter((entry) => entry.type === "product");
  const bySku = Map.groupBy(products, (product) => product.data.sku);
  return products.flatMap((product) => {
    const same = bySku.get(product.data.sku) ?? [];
    if (same.length === 1) return [];
    return [
      createIssue("DuplicateSku", {
        origin: product.origin,
        path: "sku",
        expected: "a SKU no other product uses",
        found: `"${product.data.sku}", also used by ${same
          .filter((p) => p !== product)
          .map((p) => p.origin)
          .join(", ")}`,
      }),
    ];
  });
}

function defined<T>(values: readonly (T | undefined)[]): T[] {
  return values.filter((value): value is T => value !== undefined);
}

function sortById<T extends { id: string }>(values: readonly T[]): T[] {
  return [...values].sort((a, b) => compareCodepoints(a.id, b.id));
}

/** By document, its causes before the summary of what they drop, then by field. */
function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  const rank = (issue: ContentIssue) => (SUMMARIES.has(issue.name) ? 1 : 0);
  return [...issues].sort(
    (a, b) =>
      compareCodepoints(a.origin, b.origin) ||
      rank(a) - rank(b) ||
      compareCodepoints(a.path, b.path) ||
      compareCodepoints(a.name, b.name),
  );
}

const SUMMARIES: ReadonlySet<ContentIssue["name"]> = new Set([
  "BrandUnusable",
  "MarketDropped",
  "AudienceDropped",
]);
