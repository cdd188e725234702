/**
 * The catalog of content errors. A name is permanent: tests, editors' tooling and the Studio
 * plugin match on it. Each entry says what went wrong in general and what to do next; the issue
 * itself adds where (document and field), what was expected and what was found.
 */
export interface ErrorSpec {
  severity: "error" | "warning";
  title: string;
  hint: string;
}

export const contentErrors = {
  ContentSyntaxError: {
    severity: "error",
    title: "Malformed YAML or frontmatter",
    hint: "Fix the YAML at the line shown: check indentation, the space after each colon and unclosed quotes. Quote values that contain ': ' or start with @, # or *.",
  },
  UnreadableFile: {
    severity: "error",
    title: "A content file could not be read",
    hint: "Check that the file exists, is readable and is UTF-8 text.",
  },
  MissingFile: {
    severity: "error",
    title: "A required content file is missing",
    hint: "Create the file; docs/content-model.md has a complete example.",
  },
  UnexpectedFile: {
    severity: "warning",
    title: "A file is not where Relais looks for content",
    hint: "Move it to the folder of its type (see docs/content-model.md) or remove it; it is ignored.",
  },
  DuplicateTranslation: {
    severity: "error",
    title: "Two files hold the text of one locale",
    hint: "index.md holds the brand's default locale; remove the index.<locale>.md file for that same locale, or merge the two.",
  },
  MissingRequiredField: {
    severity: "error",
    title: "A required field is missing",
    hint: "Add the field; docs/content-model.md lists every field with an example.",
  },
  InvalidFieldType: {
    severity: "error",
    title: "A field has the wrong type",
    hint: "Change the value to the expected type; in YAML, quote text that looks like a number or a date.",
  },
  InvalidValue: {
    severity: "error",
    title: "A field has a value Relais cannot use",
    hint: "Change the value to one of the expected form.",
  },
  UnknownField: {
    severity: "warning",
    title: "Unknown field",
    hint: "Fix the spelling or remove the field; it is ignored. docs/content-model.md lists the fields of each type.",
  },
  MissingAltText: {
    severity: "error",
    title: "Alt text is missing",
    hint: "Describe what the image shows for people who cannot see it. The brand's default locale is required; add the other locales you can.",
  },
  UnknownAssetReference: {
    severity: "error",
    title: "Reference to an asset that does not exist",
    hint: "Use the id of an asset in content/assets/ (its file name without .yaml), or add the asset.",
  },
  UnknownProductReference: {
    severity: "error",
    title: "Reference to a product that does not exist",
    hint: "Use the slug of a product in content/products/, or add the product.",
  },
  UnknownCapsuleReference: {
    severity: "error",
    title: "Reference to a capsule that does not exist",
    hint: "Use the slug of a capsule in content/capsules/, or add the capsule.",
  },
  UnknownMarketReference: {
    severity: "error",
    title: "Reference to a market that does not exist",
    hint: "Use the id of a market in content/markets/ (its file name without .yaml). The entry is left out until this is fixed, so that no embargo or territory rule is silently lost.",
  },
  AssetFileMissing: {
    severity: "error",
    title: "The image file of an asset is missing",
    hint: "Put the image next to the asset's .yaml file, or fix the `file` field.",
  },
  DuplicateSlug: {
    severity: "error",
    title: "Two entries of the same type share a slug",
    hint: "Give each entry its own slug: it becomes its URL and the name of its files.",
  },
  DuplicateSku: {
    severity: "error",
    title: "Two products share a SKU",
    hint: "Give each product its own SKU, as in the house's product system.",
  },
  UnsafeSlug: {
    severity: "error",
    title: "A slug or id is not a safe path segment",
    hint: "Use lower-case letters, digits and single hyphens only (e.g. la-maison-1854); no slashes, dots, spaces or reserved names such as con or nul.",
  },
  InvalidDate: {
    severity: "error",
    title: "Invalid date or time",
    hint: "Write 2026-12-01 (a day, from 00:00 local time), 2026-12-01T10:00 (local time in each market) or 2026-12-01T09:00:00Z (one instant everywhere).",
  },
  InvalidTimeZone: {
    severity: "error",
    title: "Invalid time zone",
    hint: "Use an IANA time zone name such as Europe/Paris, America/New_York or Asia/Shanghai.",
  },
  InvalidLocale: {
    severity: "error",
    title: "Invalid locale tag",
    hint: "Write the locale as a canonical BCP 47 tag: fr, en, zh-Hans, ja, ko, ar (mind the case: zh-Hans, not zh-hans).",
  },
  UndeclaredLocale: {
    severity: "error",
    title: "A locale is not declared by any market that could use it",
    hint: "Add the locale to the market's `locales`, or fix the locale's spelling (e.g. ja, not jp).",
  },
  CapsuleProductMismatch: {
    severity: "warning",
    title: "A capsule and a product disagree",
    hint: "Set the product's `capsule` to the capsule that lists it, or remove it from the capsule's `products`.",
  },
} as const satisfies Record<string, ErrorSpec>;

export type ContentErrorName = keyof typeof contentErrors;
