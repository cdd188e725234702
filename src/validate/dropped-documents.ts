import { type ContentIssue, createIssue } from "../errors/issue.ts";
import type { Audience } from "../model/audience.ts";
import { isLocaleTag } from "../model/primitives.ts";
import type { RawDocument } from "../sources/contract.ts";
import { type AudienceContext, validateAudiences, validateBrand } from "./validate-documents.ts";

/**
 * The documents whose loss drops a whole part of the build: the brand, the audiences, a market.
 * Each is reported once as itself and then as one blocking summary (BrandUnusable,
 * AudienceDropped, MarketDropped), never as a cascade over the documents that name it.
 */

/** The brand, or BrandUnusable: nothing can be built without it. */
export function validateBrandOf(docs: readonly RawDocument[], issues: ContentIssue[]) {
  const doc = docs[0];
  const own: ContentIssue[] = [];
  const brand = doc && !doc.unreadable ? validateBrand(doc, own) : undefined;
  issues.push(...own);
  if (brand) return brand;
  issues.push(
    createIssue("BrandUnusable", {
      origin: doc?.origin ?? "brand",
      expected: "a valid brand",
      found: doc ? `a brand left out by ${summarize(own, issues, doc.origin)}` : "no brand",
    }),
  );
  return undefined;
}

/** Every audience that can be built; each one left out is reported as AudienceDropped. */
export function validateAudiencesOf(
  docs: readonly RawDocument[],
  issues: ContentIssue[],
  context: AudienceContext,
): Audience[] {
  const audiences: Audience[] = [];
  for (const doc of docs) {
    if (doc.unreadable) {
      issues.push(
        createIssue("AudienceDropped", {
          origin: doc.origin,
          expected: "the audiences of the house",
          found: `none could be read (${summarize([], issues, doc.origin)})`,
        }),
      );
      continue;
    }
    const own: ContentIssue[] = [];
    const valid = validateAudiences(doc, own, context);
    issues.push(...own);
    audiences.push(...valid);
    for (const { id, origin } of doc.dropped ?? []) {
      issues.push(
        createIssue("AudienceDropped", {
          origin,
          path: [id],
          expected: "an audience that can be built",
          found: "an audience left out: two documents share its slug (DuplicateSlug)",
        }),
      );
    }
    const ids =
      doc.data && typeof doc.data === "object" && !Array.isArray(doc.data)
        ? Object.keys(doc.data)
        : [];
    for (const id of ids.filter((id) => !valid.some((audience) => audience.id === id))) {
      const mine = own.filter((issue) => issue.path === id || issue.path.startsWith(`${id}.`));
      issues.push(
        createIssue("AudienceDropped", {
          origin: doc.origin,
          path: [id],
          expected: "an audience that can be built",
          found: `an audience left out by ${describeCauses(mine)}`,
        }),
      );
    }
    if (ids.length === 0 && own.length > 0) {
      issues.push(
        createIssue("AudienceDropped", {
          origin: doc.origin,
          expected: "the audiences of the house",
          found: `none could be read (${describeCauses(own)})`,
        }),
      );
    }
  }
  return audiences;
}

/** A market left out whole: its own issues, or those the source reported for its file, say why. */
export function marketDropped(
  origin: string,
  own: readonly ContentIssue[],
  all: readonly ContentIssue[],
): ContentIssue {
  return createIssue("MarketDropped", {
    origin,
    expected: "a market that can be built",
    found: `a market left out by ${summarize(own, all, origin)}`,
  });
}

/** The document's own issues, or those the source reported for its file. */
function summarize(
  own: readonly ContentIssue[],
  all: readonly ContentIssue[],
  origin: string,
): string {
  const causes = own.length > 0 ? own : all.filter((issue) => issue.origin === origin);
  return describeCauses(causes);
}

function describeCauses(causes: readonly ContentIssue[]): string {
  const errors = causes.filter((issue) => issue.severity === "error");
  if (errors.length === 0) return "the errors above";
  const names = [...new Set(errors.map((issue) => issue.name))].join(", ");
  return `${errors.length} ${errors.length === 1 ? "error" : "errors"} (${names})`;
}

/** True when every market document was read and lists its locales as a list of texts. */
export function marketsAllRead(documents: readonly RawDocument[]): boolean {
  return documents
    .filter((doc) => doc.kind === "market")
    .every((doc) => {
      const locales = (doc.data as { locales?: unknown } | undefined)?.locales;
      return (
        !doc.unreadable &&
        Array.isArray(locales) &&
        locales.every((locale) => typeof locale === "string" && isLocaleTag(locale))
      );
    });
}
