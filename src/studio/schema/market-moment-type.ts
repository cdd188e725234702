import { defineField, defineType } from "@sanity/types";
import { documentTypeNames, itemTypeNames } from "../../model/document-types.ts";
import { momentSchema } from "../../model/primitives.ts";
import { matchesModel } from "../validation/zod-rule.ts";

/** `embargo.markets[]`: the moment one market may publish, replacing `publishAt` there. */
export const marketMomentType = defineType({
  name: itemTypeNames.marketMoment,
  title: "Publish moment for one market",
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
      name: "publishAt",
      title: "Publish at",
      description: "Local time in that market, e.g. 2026-10-08T10:00.",
      type: "string",
      validation: (rule) => rule.required().custom(matchesModel(momentSchema)),
    }),
  ],
  preview: { select: { title: "market.name", subtitle: "publishAt" } },
});
