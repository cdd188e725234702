import type { ContentErrorName } from "../errors/catalog.ts";
import { type ContentIssue, createIssue } from "../errors/issue.ts";
import type { Asset } from "../model/asset.ts";
import type { Brand } from "../model/brand.ts";
import type { Entry } from "../model/entries.ts";
import type { RawDocument } from "../sources/contract.ts";

/** Ids of every document the source holds, valid or not: a reference to an invalid document is
 * not reported twice (the document itself already was). */
export interface KnownIds {
  markets: Set<string>;
  assets: Set<string>;
  capsules: Set<string>;
  products: Set<string>;
}

export function knownIdsOf(documents: readonly RawDocument[]): KnownIds {
  const idsOf = (kind: RawDocument["kind"]) =>
    new Set(documents.filter((doc) => doc.kind === kind).map((doc) => doc.id));
  return {
    markets: idsOf("market"),
    assets: idsOf("asset"),
    capsules: idsOf("capsule"),
    products: idsOf("product"),
  };
}

/**
 * Locales some market declares: text in any other locale could never be shown. Read from every
 * market document, valid or not, so one broken market does not turn its locales into errors
 * everywhere else.
 */
export function declaredLocales(documents: readonly RawDocument[]): Set<string> {
  return new Set(
    documents
      .filter((doc) => doc.kind === "market")
      .flatMap((doc) => {
        const locales = (doc.data as { locales?: unknown } | null)?.locales;
        return Array.isArray(locales)
          ? locales.filter((l): l is string => typeof l === "string")
          : [];
      }),
  );
}

export function checkAsset(
  asset: Asset,
  brand: Brand,
  known: KnownIds,
  locales: Set<string> | undefined,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const origin = asset.origin;
  if (!asset.alt[brand.defaultLocale]?.trim()) {
    issues.push(
      createIssue("MissingAltText", {
        origin,
        path: ["alt", brand.defaultLocale],
        expected: `alt text in ${brand.defaultLocale}, the brand's default locale`,
        found: asset.alt[brand.defaultLocale] === undefined ? "nothing" : "an empty text",
      }),
    );
  }
  for (const [locale, text] of Object.entries(asset.alt)) {
    if (locale !== brand.defaultLocale && !text.trim()) {
      issues.push(
        createIssue("MissingAltText", {
          origin,
          path: ["alt", locale],
          expected: `alt text in ${locale}, or no ${locale} key at all (then the market's fallback locale is used)`,
          found: "an empty text",
        }),
      );
    }
    if (locales && !locales.has(locale))
      issues.push(undeclaredLocale(origin, ["alt", locale], locale));
  }
  const territories = asset.licence.territories;
  issues.push(
    ...unknownMarkets(origin, ["licence", "territories", "allow"], territories.allow ?? [], known),
  );
  issues.push(
    ...unknownMarkets(origin, ["licence", "territories", "exclude"], territories.exclude, known),
  );
  return issues;
}

/** `locales` is undefined when a market could not be read: undeclared locales are then not checked. */
export function checkEntry(
  entry: Entry,
  known: KnownIds,
  locales: Set<string> | undefined,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const origin = entry.origin;
  const { data } = entry;
  issues.push(...unknownMarkets(origin, ["markets", "include"], data.markets.include ?? [], known));
  issues.push(...unknownMarkets(origin, ["markets", "exclude"], data.markets.exclude, known));
  for (const market of Object.keys(data.embargo.markets)) {
    if (!known.markets.has(market))
      issues.push(
        unknown(
          "UnknownMarketReference",
          origin,
          ["embargo", "markets", market],
          market,
          "a market id",
        ),
      );
  }
  for (const [locale, textOrigin] of Object.entries(entry.textOrigins)) {
    if (locales && !locales.has(locale)) issues.push(undeclaredLocale(textOrigin, [], locale));
  }

  if (entry.type === "story") {
    issues.push(
      ...unknownIds("UnknownAssetReference", origin, ["hero"], [entry.data.hero], known.assets),
    );
    issues.push(
      ...unknownIds(
        "UnknownAssetReference",
        origin,
        ["gallery"],
        entry.data.gallery,
        known.assets,
        true,
      ),
    );
  } else if (entry.type === "capsule") {
    issues.push(
      ...unknownIds(
        "UnknownAssetReference",
        origin,
        ["keyVisuals"],
        entry.data.keyVisuals,
        known.assets,
        true,
      ),
    );
    issues.push(
      ...unknownIds(
        "UnknownProductReference",
        origin,
        ["products"],
        entry.data.products,
        known.products,
        true,
      ),
    );
  } else {
    issues.push(
      ...unknownIds(
        "UnknownAssetReference",
        origin,
        ["images"],
        entry.data.images,
        known.assets,
        true,
      ),
    );
    issues.push(...unknownMarkets(origin, ["soldIn"], entry.data.soldIn, known));
    if (entry.data.capsule) {
      issues.push(
        ...unknownIds(
          "UnknownCapsuleReference",
          origin,
          ["capsule"],
          [entry.data.capsule],
          known.capsules,
        ),
      );
    }
  }
  return issues;
}

function unknownMarkets(
  origin: string,
  path: PropertyKey[],
  ids: readonly string[],
  known: KnownIds,
): ContentIssue[] {
  return unknownIds("UnknownMarketReference", origin, path, ids, known.markets, true);
}

function unknownIds(
  name: ContentErrorName,
  origin: string,
  path: PropertyKey[],
  ids: readonly string[],
  known: Set<string>,
  indexed = false,
): ContentIssue[] {
  const what = {
    UnknownAssetReference: "an asset id",
    UnknownProductReference: "a product slug",
    UnknownCapsuleReference: "a capsule slug",
    UnknownMarketReference: "a market id",
  }[name as "UnknownAssetReference"];
  return ids.flatMap((id, index) =>
    known.has(id)
      ? []
      : [unknown(name, origin, indexed ? [...path, index] : path, id, what ?? "an id")],
  );
}

function unknown(
  name: ContentErrorName,
  origin: string,
  path: PropertyKey[],
  id: string,
  what: string,
): ContentIssue {
  return createIssue(name, {
    origin,
    path,
    expected: `${what} that exists`,
    found: JSON.stringify(id),
  });
}

function undeclaredLocale(origin: string, path: PropertyKey[], locale: string): ContentIssue {
  return createIssue("UndeclaredLocale", {
    origin,
    path,
    expected: "a locale that some market lists in its `locales`",
    found: JSON.stringify(locale),
  });
}
