import { type Label, pickLocalized } from "./locale-chain.ts";

/** What reading a story's era needs: its text by locale, each with its own era. */
export interface EraEntry {
  text: Readonly<Record<string, { era?: string | undefined } | object>>;
}

/**
 * The era as the house tells it in `locale` (`Années trente`, `1930年代`), through the locale's
 * own chain only: a page in a language without an era shows none, never another language's.
 */
export function eraLabel(entry: EraEntry, locale: string): Label | undefined {
  const eras: Record<string, string> = {};
  for (const [textLocale, text] of Object.entries(entry.text)) {
    const era = "era" in text ? text.era : undefined;
    if (typeof era === "string") eras[textLocale] = era;
  }
  return pickLocalized(eras, locale);
}

export function eraName(entry: EraEntry, locale: string): string | undefined {
  return eraLabel(entry, locale)?.text;
}
