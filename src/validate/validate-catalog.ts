import { type ContentIssue, createIssue } from "../errors/issue.ts";
import type { Asset } from "../model/asset.ts";
import type { Catalog } from "../model/catalog.ts";
import type { Entry } from "../model/entries.ts";
import type { RawDocument, SourceSnapshot } from "../sources/contract.ts";
import { compareCodepoints } from "../text/compare-codepoints.ts";
import { checkAsset, checkEntry, declaredLocales, knownIdsOf } from "./check-references.ts";
import { locateIssues } from "./locate-issues.ts";
import {
  validateAsset,
  validateAudiences,
  validateBrand,
  validateEntry,
  validateMarket,
} from "./validate-documents.ts";

export interface ValidationResult {
  /** Undefined only when nothing can be built at all (no valid brand). */
  catalog: Catalog | undefined;
  /** Every problem found, errors and warnings, in a stable order. */
  issues: ContentIssue[];
}

/**
 * Raw documents → a typed Catalog and the list of issues. A document with an error is left out
 * and reported; everything else goes on.
 */
export function validateCatalog(snapshot: SourceSnapshot): ValidationResult {
  const issues: ContentIssue[] = [...snapshot.issues];
  const docs = snapshot.documents;
  const ofKind = (kind: RawDocument["kind"]) => docs.filter((doc) => doc.kind === kind);

  const brandDoc = ofKind("brand")[0];
  const brand = brandDoc ? validateBrand(brandDoc, issues) : undefined;
  const audiences = ofKind("audiences").flatMap((doc) => validateAudiences(doc, issues));
  const markets = defined(
    withoutDuplicates(ofKind("market"), issues).map((doc) => validateMarket(doc, issues)),
  );
  const assets = defined(
    withoutDuplicates(ofKind("asset"), issues).map((doc) => validateAsset(doc, issues)),
  );
  const entryDocs = docs.filter(
    (doc) => doc.kind === "story" || doc.kind === "capsule" || doc.kind === "product",
  );
  const entries = defined(
    withoutDuplicates(entryDocs, issues).map((doc) => validateEntry(doc, issues)),
  );

  if (!brand) return { catalog: undefined, issues: sortIssues(locateIssues(issues, docs)) };

  const known = knownIdsOf(docs);
  const locales = declaredLocales(docs);
  const validAssets = assets.filter((asset) =>
    keepIfClean(checkAsset(asset, brand, known, locales), issues),
  );
  const validEntries = entries.filter((entry) =>
    keepEntry(entry, checkEntry(entry, known, locales), issues),
  );
  issues.push(...checkCapsuleProducts(validEntries), ...checkSkus(validEntries));

  const catalog: Catalog = {
    brand,
    markets: sortById(markets),
    audiences: sortById(audiences),
    assets: sortById(assets.filter((asset) => validAssets.includes(asset))) as Asset[],
    entries: validEntries.sort((a, b) =>
      compareCodepoints(`${a.type}/${a.slug}`, `${b.type}/${b.slug}`),
    ),
  };
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
        issues.push(
          createIssue("CapsuleProductMismatch", {
            origin: capsule.origin,
            path: ["products", index],
            expected: `a product whose capsule is "${capsule.slug}"`,
            found: `"${slug}", whose capsule is ${product.data.capsule ? `"${product.data.capsule}"` : "not set"} (${product.origin})`,
          }),
        );
      }
    });
  }
  return issues;
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

function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) =>
      compareCodepoints(a.origin, b.origin) ||
      compareCodepoints(a.path, b.path) ||
      compareCodepoints(a.name, b.name),
  );
}
