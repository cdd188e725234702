import { defineField, defineType } from "@sanity/types";
import { aspectRatioSchema, cropSchema } from "../../model/asset.ts";
import { itemTypeNames } from "../../model/document-types.ts";
import { matchesModel, zodProblem } from "../validation/zod-rule.ts";

const SIDES = ["top", "bottom", "left", "right"] as const;

/**
 * A dedicated crop for one aspect ratio (`crops["9:16"]` in the model): how much to cut from
 * each side, as fractions of the original image, as Sanity's own image crop measures it.
 */
export const cropType = defineType({
  name: itemTypeNames.crop,
  title: "Crop for an aspect ratio",
  type: "object",
  fields: [
    defineField({
      name: "aspect",
      title: "Aspect ratio",
      description:
        "W:H, e.g. 9:16 or 4:5. This crop wins over the hotspot for outputs of that shape.",
      type: "string",
      validation: (rule) => rule.required().custom(matchesModel(aspectRatioSchema)),
    }),
    ...SIDES.map((side) =>
      defineField({
        name: side,
        title: `Cut from the ${side}`,
        description: "A fraction of the original image, from 0 to 1.",
        type: "number",
        initialValue: 0,
        validation: (rule) => rule.min(0).max(1),
      }),
    ),
  ],
  validation: (rule) =>
    rule.custom((crop: Record<string, unknown> | undefined) => {
      if (!crop) return true;
      const sides = Object.fromEntries(
        SIDES.flatMap((side) => (crop[side] === undefined ? [] : [[side, crop[side]]])),
      );
      return zodProblem(cropSchema, sides) ?? true;
    }),
  preview: {
    select: { title: "aspect", top: "top", bottom: "bottom", left: "left", right: "right" },
    prepare: ({ title, ...sides }: Record<string, number | string | undefined>) => ({
      title: String(title ?? "Crop"),
      subtitle: SIDES.map((side) => `${side} ${sides[side] ?? 0}`).join(" · "),
    }),
  },
});
