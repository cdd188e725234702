import type { ValidationError } from "@sanity/types";
import type { z } from "zod";
import { isLocaleTag } from "../../model/primitives.ts";
import type { StudioSettings } from "../options.ts";
import { zodProblem } from "../validation/zod-rule.ts";
import { type LocalizedItem, localizedItems } from "./read-localized.ts";

/** What a localized field requires, as the pipeline's model says it. */
export interface LocalizedRequirements {
  /** How messages name the field, e.g. "Alt text", "The title". */
  label: string;
  /** The brand's default locale must have a value (alt text, titles, the credit line). */
  requiredInDefaultLocale?: boolean;
  /** A value, where there is one, must not be blank (the model's `nonEmptyText`). */
  nonBlank?: boolean;
  /**
   * Flag each Studio locale without a value. Only where falling back to another language costs
   * something real: alt text read aloud in the wrong language is no alt text.
   */
  wantedInEveryLocale?: boolean;
  /**
   * The model's schema of one locale's value, where it asks more than the item type does (a
   * brief's lines: how many, how long).
   */
  valueSchema?: z.ZodType;
}

/** Errors: items for unknown locales, a missing default locale, blank values. */
export function localizedErrors(
  value: unknown,
  requirements: LocalizedRequirements,
  settings: StudioSettings,
): ValidationError[] {
  const items = localizedItems(value);
  const errors: ValidationError[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (!settings.locales.includes(item.locale)) {
      errors.push({
        // A random key Sanity gave an item without `language` names no locale at all.
        message:
          item.hasLanguage || isLocaleTag(item.locale)
            ? `"${item.locale}" is not one of the Studio's locales (${settings.locales.join(", ")}): text under it would never be shown`
            : `An item has no locale (only Sanity's key "${item.key}"): remove it and write its text under one of ${settings.locales.join(", ")}`,
        path: [{ _key: item.key }],
      });
    } else if (seen.has(item.locale)) {
      errors.push({
        message: `${requirements.label} has two items in ${item.locale}: the build cannot tell which to use, so remove one`,
        path: [{ _key: item.key }],
      });
    }
    seen.add(item.locale);
  }
  const defaultItem = items.find((item) => item.locale === settings.defaultLocale);
  if (requirements.requiredInDefaultLocale && !hasValue(defaultItem)) {
    errors.push({
      message: `${requirements.label} is required in ${settings.defaultLocale}, the brand's default locale`,
    });
  }
  if (requirements.nonBlank) {
    for (const item of items) {
      if (typeof item.value === "string" && item.value.trim() === "") {
        errors.push({
          message: `${requirements.label} is empty in ${item.locale}: write it, or remove the ${item.locale} item so that the market's next locale is used`,
          path: [{ _key: item.key }, "value"],
        });
      }
    }
  }
  if (requirements.valueSchema) {
    for (const item of items) {
      if (item.value === undefined || item.value === null) continue;
      const problem = zodProblem(requirements.valueSchema, item.value);
      if (problem === undefined) continue;
      errors.push({
        message: `${requirements.label} in ${item.locale}: ${problem}`,
        path: [{ _key: item.key }, "value"],
      });
    }
  }
  return errors;
}

/** Warnings: Studio locales left without a value where every locale is wanted. */
export function localizedWarnings(
  value: unknown,
  requirements: LocalizedRequirements,
  settings: StudioSettings,
): ValidationError[] {
  if (!requirements.wantedInEveryLocale) return [];
  const items = localizedItems(value);
  const missing = settings.locales.filter(
    (locale) =>
      locale !== settings.defaultLocale && !hasValue(items.find((item) => item.locale === locale)),
  );
  if (missing.length === 0) return [];
  return [
    {
      message: `${requirements.label} is missing in ${missing.join(", ")}: markets that show ${missing.length === 1 ? "this locale" : "these locales"} fall back to another language's`,
    },
  ];
}

function hasValue(item: LocalizedItem | undefined): boolean {
  if (item === undefined || item.value === undefined || item.value === null) return false;
  if (typeof item.value === "string") return item.value.trim() !== "";
  return true;
}
