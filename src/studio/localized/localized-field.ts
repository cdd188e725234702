import { defineArrayMember, defineField } from "@sanity/types";
import type { LocaleValueTypeName } from "../../model/document-types.ts";
import type { StudioSettings } from "../options.ts";
import { localizedArrayInput } from "./localized-array-input.tsx";
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
 * A localized field: an array with one item per locale, the locale in each item's `language`
 * (docs/sanity.md, "Localization"). A new document starts with one empty item per Studio locale
 * in the Studio's order, so editors only fill in values; Sanity gives each item its own random
 * `_key`, and keeps `language`. Empty items are ignored by the build, as an empty field is.
 */
export function localizedField(spec: LocalizedFieldSpec, settings: StudioSettings) {
  return defineField({
    name: spec.name,
    title: spec.title,
    description: spec.description,
    group: spec.group,
    type: "array",
    of: [defineArrayMember({ type: spec.of })],
    initialValue: () => settings.locales.map((locale) => ({ _type: spec.of, language: locale })),
    components: { input: inputFor(settings.locales) },
    validation: (rule) => [
      rule.custom((value) => orTrue(localizedErrors(value, spec, settings))).error(),
      rule.custom((value) => orTrue(localizedWarnings(value, spec, settings))).warning(),
    ],
  });
}

/** One input component per set of locales, so that React sees the same component every time. */
const inputs = new WeakMap<readonly string[], ReturnType<typeof localizedArrayInput>>();
function inputFor(locales: readonly string[]) {
  let input = inputs.get(locales);
  if (input === undefined) {
    input = localizedArrayInput(locales);
    inputs.set(locales, input);
  }
  return input;
}

function orTrue<T>(problems: T[]): T[] | true {
  return problems.length === 0 ? true : problems;
}
