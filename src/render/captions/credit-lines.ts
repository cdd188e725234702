import type { AssetData } from "../../model/asset.ts";
import type { Brand } from "../../model/brand.ts";

/** What a credit line needs from an image. */
export type CreditedImage = Pick<AssetData, "credit" | "licence">;

export interface CreditLines {
  lines: string[];
  /** The locale whose template was used; undefined when the brand has none to use. */
  templateLocale: string | undefined;
}

/** Separators a template puts between its placeholders. */
const SEPARATOR = "[·・•,，、;；|/–—]";
const REPEATED_SEPARATOR = new RegExp(`(${SEPARATOR})\\s*${SEPARATOR}`, "gu");
const EDGE = new RegExp(`^(?:\\s|${SEPARATOR})+|(?:\\s|${SEPARATOR}|[:：])+$`, "gu");
const EMPTY_BRACKETS = /\s*(?:\(\s*\)|（\s*）|\[\s*\]|［\s*］)/gu;
/** Stands for an empty value while the template is tidied (a noncharacter: never in real text). */
const GAP = "\uFDD0";

/**
 * Fills a credit template (`{creator}`, `{year}`, `{licence}`, `{brand}`). An empty value is
 * removed with the space before it, then what it leaves is tidied: empty brackets go, a separator
 * doubled by the gap is kept once, separators and colons left at either end go, and spaces are
 * collapsed. `Photo : {creator} {year} · {licence}` without a year gives
 * `Photo : Jane Doe · CC-BY-4.0`; `Photo: {creator}, {year}` gives `Photo: Jane Doe`.
 * `wrap` sees each non-empty value (right-to-left captions isolate Latin names with it).
 */
export function fillCreditTemplate(
  template: string,
  values: Record<string, string>,
  wrap: (value: string) => string = (value) => value,
): string {
  const filled = template.replace(/\{(\w+)\}/g, (placeholder, key: string) => {
    const value = values[key];
    if (value === undefined) return placeholder;
    const trimmed = value.trim();
    return trimmed === "" ? GAP : wrap(trimmed);
  });
  if (!filled.includes(GAP)) return filled.replace(/ {2,}/g, " ").trim();
  return filled
    .replace(/\s*\uFDD0/g, "")
    .replace(EMPTY_BRACKETS, "")
    .replace(REPEATED_SEPARATOR, "$1")
    .replace(EDGE, "")
    .replace(/ {2,}/g, " ")
    .trim();
}

/**
 * One credit line per distinct credit of the images, in image order. The template is the brand's
 * for the locale, else the brand's default locale's (the brand schema names it the fallback).
 */
export function creditLines(
  images: readonly CreditedImage[],
  brand: Pick<Brand, "name" | "defaultLocale" | "creditLine">,
  locale: string,
  wrap?: (value: string) => string,
): CreditLines {
  const templateLocale = [locale, brand.defaultLocale].find(
    (candidate) => brand.creditLine[candidate] !== undefined,
  );
  const template = templateLocale === undefined ? undefined : brand.creditLine[templateLocale];
  if (template === undefined) return { lines: [], templateLocale: undefined };
  const lines = images.map((image) =>
    fillCreditTemplate(
      template,
      {
        creator: image.credit.creator,
        year: image.credit.year === undefined ? "" : String(image.credit.year),
        licence: image.licence.name,
        brand: brand.name,
      },
      wrap,
    ),
  );
  return { lines: [...new Set(lines)].filter((line) => line !== ""), templateLocale };
}
