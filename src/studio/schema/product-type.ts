import { defineArrayMember, defineField, defineType } from "@sanity/types";
import { documentTypeNames, itemTypeNames } from "../../model/document-types.ts";
import { productSchema } from "../../model/entries.ts";
import { referenceList } from "../fields/reference-list.ts";
import { slugField } from "../fields/slug-field.ts";
import type { StudioSettings } from "../options.ts";
import { entryDocumentRules } from "../validation/entry-document-rules.ts";
import { matchesModel } from "../validation/zod-rule.ts";
import { briefField } from "./brief-field.ts";
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
      defineField({
        name: "prices",
        title: "Prices",
        description:
          "Per market, in the market's currency: shown on the product cards of live-shopping sessions. A session cannot show a product without a price in its market.",
        type: "array",
        of: [defineArrayMember({ type: itemTypeNames.marketPrice })],
        validation: (rule) =>
          rule.custom((prices: { _key?: string; market?: { _ref?: string } }[] | undefined) => {
            const seen = new Set<string>();
            const problems = (prices ?? []).flatMap((price) => {
              const market = price.market?._ref;
              if (market === undefined || price._key === undefined) return [];
              if (!seen.has(market)) {
                seen.add(market);
                return [];
              }
              return [
                {
                  message: "A second price for this market: keep one per market",
                  path: [{ _key: price._key }, "market"],
                },
              ];
            });
            return problems.length === 0 ? true : problems;
          }),
      }),
      ...entrySchedulingFields,
      briefField(settings),
    ],
    validation: entryDocumentRules("product", settings),
    preview: entryPreview(settings, { name: "name", detail: "sku" }),
  });
}
