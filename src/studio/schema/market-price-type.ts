import { defineField, defineType } from "@sanity/types";
import { documentTypeNames, itemTypeNames } from "../../model/document-types.ts";
import { availabilitySchema, decimalAmountSchema } from "../../model/price.ts";
import { matchesModel } from "../validation/zod-rule.ts";

const AVAILABILITY_TITLES: Record<string, string> = {
  "in-stock": "In stock",
  limited: "Limited",
  "pre-order": "Pre-order",
  "sold-out": "Sold out",
};

/** `prices[]`: a product's price and availability in one market, in the market's currency. */
export const marketPriceType = defineType({
  name: itemTypeNames.marketPrice,
  title: "Price in one market",
  type: "object",
  fields: [
    defineField({
      name: "market",
      title: "Market",
      type: "reference",
      to: [{ type: documentTypeNames.market }],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: "amount",
      title: "Amount",
      description:
        "In the market's currency, written as a decimal without sign or spaces: 1450.00, 12800. The market's currency decides the decimals (none for JPY and KRW).",
      type: "string",
      validation: (rule) => rule.required().custom(matchesModel(decimalAmountSchema)),
    }),
    defineField({
      name: "availability",
      title: "Availability",
      description: "What a buyer can do during a live-shopping session. Empty: in stock.",
      type: "string",
      options: {
        list: availabilitySchema.options.map((value) => ({
          value,
          title: AVAILABILITY_TITLES[value] ?? value,
        })),
        layout: "radio",
      },
    }),
  ],
  preview: { select: { title: "market.name", subtitle: "amount" } },
});
