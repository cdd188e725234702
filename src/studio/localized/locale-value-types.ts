import { defineArrayMember, defineField, defineType } from "@sanity/types";
import { textDirectionSchema } from "../../model/market.ts";
import { nonEmptyText } from "../../model/primitives.ts";
import { localeValueTypeNames } from "../type-names.ts";
import { eachMatchesModel } from "../validation/zod-rule.ts";

/**
 * The items of localized fields, in the shape of `sanity-plugin-internationalized-array`:
 * `{ _key: "zh-Hans", _type: "relaisLocaleString", value: "…" }`. The locale is the item's key,
 * so the item holds nothing but its value; the preview shows the locale beside it.
 */
const preview = { select: { title: "value", subtitle: "_key" } };

export const localeStringType = defineType({
  name: localeValueTypeNames.string,
  title: "Text in one locale",
  type: "object",
  fields: [defineField({ name: "value", title: "Text", type: "string" })],
  preview,
});

export const localeTextType = defineType({
  name: localeValueTypeNames.text,
  title: "Markdown in one locale",
  type: "object",
  fields: [
    defineField({
      name: "value",
      title: "Markdown",
      type: "text",
      rows: 8,
      description: "Markdown, as in content/: captions and the press kit site read the same text.",
    }),
  ],
  preview,
});

export const localeStringListType = defineType({
  name: localeValueTypeNames.stringList,
  title: "Lines in one locale",
  type: "object",
  fields: [
    defineField({
      name: "value",
      title: "Lines",
      type: "array",
      of: [defineArrayMember({ type: "string" })],
      validation: (rule) => rule.custom(eachMatchesModel(nonEmptyText)),
    }),
  ],
  preview: {
    select: { lines: "value", locale: "_key" },
    prepare: ({ lines, locale }: { lines?: string[]; locale?: string }) => ({
      title: (lines ?? []).join(" · "),
      subtitle: locale,
    }),
  },
});

export const localeDirectionType = defineType({
  name: localeValueTypeNames.direction,
  title: "Text direction of one locale",
  type: "object",
  fields: [
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
  preview,
});

export const localeValueTypes = [
  localeStringType,
  localeTextType,
  localeStringListType,
  localeDirectionType,
];
