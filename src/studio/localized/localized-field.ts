import { defineArrayMember, defineField } from "@sanity/types";
import type { StudioSettings } from "../options.ts";
import type { LocaleValueTypeName } from "../type-names.ts";
import {
  type LocalizedRequirements,
  localizedErrors,
  localizedWarnings,
} from "./localized-rules.ts";

export interface LocalizedFieldSpec extends LocalizedRequirements {
  name: string;
  title: string;
  description?: string;
  /** The item type: `relaisLocaleString`, `relaisLocaleText`… */
  of: LocaleValueTypeName;
  group?: string;
}

/**
 * A localized field: an array with one item per locale, keyed by the locale (docs/sanity.md,
 * "Localization"). A new document starts with one empty item per Studio locale in the Studio's
 * order, so the keys are the locales and editors only fill in values; empty items are ignored
 * by the build, as an empty field is.
 */
export function localizedField(spec: LocalizedFieldSpec, settings: StudioSettings) {
  return defineField({
    name: spec.name,
    title: spec.title,
    description: spec.description,
    group: spec.group,
    type: "array",
    of: [defineArrayMember({ type: spec.of })],
    initialValue: () => settings.locales.map((locale) => ({ _key: locale, _type: spec.of })),
    validation: (rule) => [
      rule.custom((value) => orTrue(localizedErrors(value, spec, settings))).error(),
      rule.custom((value) => orTrue(localizedWarnings(value, spec, settings))).warning(),
    ],
  });
}

function orTrue<T>(problems: T[]): T[] | true {
  return problems.length === 0 ? true : problems;
}
