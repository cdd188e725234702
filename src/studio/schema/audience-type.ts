import { defineArrayMember, defineField, defineType } from "@sanity/types";
import { audienceSchema, entryTypeSchema, usageSchema } from "../../model/audience.ts";
import { slugField } from "../fields/slug-field.ts";
import { documentTypeNames } from "../type-names.ts";
import { matchesModel } from "../validation/zod-rule.ts";

const entryTypeTitles = { story: "Heritage stories", capsule: "Capsules", product: "Products" };
const usageTitles = {
  social: "Social (fans and ambassadors post)",
  editorial: "Editorial (the press publishes)",
  commerce: "Commerce (marketplaces and shops)",
};

/** Who a pack is for (`content/audiences.yaml`, one entry per document). */
export const audienceType = defineType({
  name: documentTypeNames.audience,
  title: "Audience",
  type: "document",
  fields: [
    slugField({ source: "name", description: "The audience id: it names its kits and folders." }),
    defineField({
      name: "name",
      title: "Name",
      type: "string",
      validation: (rule) => rule.required().custom(matchesModel(audienceSchema.shape.name)),
    }),
    defineField({ name: "description", title: "Description", type: "text", rows: 3 }),
    defineField({
      name: "receives",
      title: "Receives",
      description: "The entry types this audience's packs carry.",
      type: "array",
      of: [defineArrayMember({ type: "string" })],
      options: {
        list: entryTypeSchema.options.map((value) => ({ value, title: entryTypeTitles[value] })),
      },
      validation: (rule) =>
        rule.required().min(1).custom(matchesModel(audienceSchema.shape.receives)),
    }),
    defineField({
      name: "usage",
      title: "Licence usage",
      description:
        "What its packs are used for: an image whose licence does not allow it is left out.",
      type: "string",
      options: {
        list: usageSchema.options.map((value) => ({ value, title: usageTitles[value] })),
        layout: "radio",
      },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: "listed",
      title: "Listed on the site",
      description:
        "Listed kits appear on the site's index and feeds; unlisted ones are reached by link only.",
      type: "boolean",
      initialValue: true,
    }),
  ],
  preview: { select: { title: "name", subtitle: "slug.current" } },
});
