import { defineField, defineType } from "@sanity/types";
import { documentTypeNames } from "../../model/document-types.ts";
import { productSchema } from "../../model/entries.ts";
import { referenceList } from "../fields/reference-list.ts";
import { slugField } from "../fields/slug-field.ts";
import type { StudioSettings } from "../options.ts";
import { entryDocumentRules } from "../validation/entry-document-rules.ts";
import { matchesModel } from "../validation/zod-rule.ts";
import { entrySchedulingFields } from "./entry-fields.ts";
import { entryPreview } from "./entry-preview.ts";
import { entryTextFields } from "./entry-text-fields.ts";

/** A product (`content/products/<slug>/`). */
export function productType(settings: StudioSettings) {
  return defineType({
    name: documentTypeNames.product,
    title: "Product",
    type: "document",
    fields: [
      ...entryTextFields("product", settings),
      slugField({
        source: "name",
        defaultLocale: settings.defaultLocale,
        description: "The product's URL and the name of its packs.",
      }),
      defineField({
        name: "sku",
        title: "SKU",
        description:
          "As in the house's product system: 3 to 32 upper-case letters, digits and hyphens.",
        type: "string",
        validation: (rule) => rule.required().custom(matchesModel(productSchema.shape.sku)),
      }),
      defineField({
        name: "capsule",
        title: "Capsule",
        description: "The product never appears before its capsule.",
        type: "reference",
        to: [{ type: documentTypeNames.capsule }],
      }),
      referenceList("images", "Images", documentTypeNames.asset, {
        required: "at least one image",
      }),
      referenceList("soldIn", "Sold in", documentTypeNames.market, {
        description: "The product is published nowhere else.",
        required: "at least one market",
      }),
      ...entrySchedulingFields,
    ],
    validation: entryDocumentRules("product", settings),
    preview: entryPreview(settings, { name: "name", detail: "sku" }),
  });
}
