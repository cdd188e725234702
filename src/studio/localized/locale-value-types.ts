import { defineArrayMember, defineField, defineType } from "@sanity/types";
import { localeValueTypeNames } from "../../model/document-types.ts";
import { textDirectionSchema } from "../../model/market.ts";
import { nonEmptyText } from "../../model/primitives.ts";
import { eachMatchesModel } from "../validation/zod-rule.ts";
import { LocaleValueItem } from "./locale-value-item.tsx";

/**
 * The items of localized fields, in the shape newer versions of
 * `sanity-plugin-internationalized-array` write:
 * `{ _key: "<random>", _type: "relaisLocaleString", language: "zh-Hans", value: "…" }`.
 * The locale is in `language`, not in `_key`: Sanity gives every new array item a random key
 * (initial values and "Add item" alike), so a key can never be relied on to hold a locale. Items
 * written before keep their locale in `_key`, and are read the same way (`localeOfItem`).
 */
const languageField = defineField({
  name: "language",
  title: "Locale",
  type: "string",
  readOnly: true,
  // The row's label shows it; the field only stores it.
  hidden: true,
});

/** Each item is edited inline, in a row labelled with its locale. */
const components = { item: LocaleValueItem };

const preview = {
  select: { title: "value", language: "language", key: "_key" },
  prepare: ({ title, language, key }: { title?: string; language?: string; key?: string }) => ({
    title,
    subtitle: language ?? key,
  }),
};

export const localeStringType = defineType({
  name: localeValueTypeNames.string,
  title: "Text in one locale",
  type: "object",
  fields: [languageField, defineField({ name: "value", title: "Text", type: "string" })],
  components,
  preview,
});

export const localeTextType = defineType({
  name: localeValueTypeNames.text,
  title: "Markdown in one locale",
  type: "object",
  fields: [
    languageField,
    defineField({
      name: "value",
      title: "Markdown",
      type: "text",
      rows: 8,
      description: "Markdown, as in content/: captions and the press kit site read the same text.",
    }),
  ],
  components,
  preview,
});

export const localeStringListType = defineType({
  name: localeValueTypeNames.stringList,
  title: "Lines in one locale",
  type: "object",
  fields: [
    languageField,
    defineField({
      name: "value",
      title: "Lines",
      type: "array",
      of: [defineArrayMember({ type: "string" })],
      validation: (rule) => rule.custom(eachMatchesModel(nonEmptyText)),
    }),
  ],
  components,
  preview: {
    select: { lines: "value", language: "language", key: "_key" },
    prepare: ({ lines, language, key }: { lines?: string[]; language?: string; key?: string }) => ({
      title: (lines ?? []).join(" · "),
      subtitle: language ?? key,
    }),
  },
});

export const localeDirectionType = defineType({
  name: localeValueTypeNames.direction,
  title: "Text direction of one locale",
  type: "object",
  fields: [
    languageField,
    defineField({
      name: "value",
      title: "Direction",
      type: "string",
      options: {
        list: textDirectionSchema.options.map((direction) => ({
          value: direction,
          title: direction === "rtl" ? "Right to left" : "Left to right",
        })),
        layout: "radio",
      },
    }),
  ],
  components,
  preview,
});

export const localeValueTypes = [
  localeStringType,
  localeTextType,
  localeStringListType,
  localeDirectionType,
];
