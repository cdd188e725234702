import { defineArrayMember, defineField, defineType } from "@sanity/types";
import { assetSchema, licenceSchema } from "../../model/asset.ts";
import { usageSchema } from "../../model/audience.ts";
import {
  documentTypeNames,
  itemTypeNames,
  localeValueTypeNames,
} from "../../model/document-types.ts";
import { momentSchema } from "../../model/primitives.ts";
import { referenceList } from "../fields/reference-list.ts";
import { slugField } from "../fields/slug-field.ts";
import { localizedField } from "../localized/localized-field.ts";
import type { StudioSettings } from "../options.ts";
import { licenceExpiryRule } from "../validation/licence-rule.ts";
import { matchesModel } from "../validation/zod-rule.ts";

const creditShape = assetSchema.shape.credit.shape;

/**
 * An image with its rights (`content/assets/<id>.yaml` and its file). The image's own hotspot
 * and crop are the model's `hotspot` and `crop`; `crops[]` holds the per-aspect crops.
 */
export function assetType(settings: StudioSettings) {
  return defineType({
    name: documentTypeNames.asset,
    title: "Image",
    type: "document",
    fields: [
      slugField({ description: "The asset id: it names the image's files in every pack." }),
      defineField({
        name: "image",
        title: "Image",
        type: "image",
        description: "Set the hotspot: it is the area every crop keeps in view.",
        options: { hotspot: true },
        validation: (rule) => rule.required().assetRequired(),
      }),
      localizedField(
        {
          name: "alt",
          title: "Alt text",
          description:
            "What the image shows, for people who cannot see it. Required in the default locale.",
          of: localeValueTypeNames.string,
          label: "Alt text",
          requiredInDefaultLocale: true,
          nonBlank: true,
          wantedInEveryLocale: true,
        },
        settings,
      ),
      defineField({
        name: "credit",
        title: "Credit",
        type: "object",
        options: { columns: 2 },
        fields: [
          defineField({
            name: "creator",
            title: "Creator",
            type: "string",
            validation: (rule) => rule.required().custom(matchesModel(creditShape.creator)),
          }),
          defineField({
            name: "year",
            title: "Year",
            type: "number",
            validation: (rule) => rule.custom(matchesModel(creditShape.year)),
          }),
        ],
        validation: (rule) => rule.required(),
      }),
      defineField({
        name: "licence",
        title: "Licence",
        type: "object",
        fields: [
          defineField({
            name: "name",
            title: "Licence",
            description:
              "SPDX id or the name of the agreement, e.g. CC-BY-4.0 or Agency contract 2026-114.",
            type: "string",
            validation: (rule) => rule.required().custom(matchesModel(licenceSchema.shape.name)),
          }),
          defineField({
            name: "url",
            title: "URL",
            type: "url",
            validation: (rule) => rule.custom(matchesModel(licenceSchema.shape.url)),
          }),
          defineField({
            name: "territories",
            title: "Territories",
            description: "Where the image may appear. Empty: every market.",
            type: "object",
            fields: [
              referenceList("allow", "Only in", documentTypeNames.market, {
                description: "The only markets allowed, if set.",
              }),
              referenceList("exclude", "Not in", documentTypeNames.market, {
                description: "Markets where the image must not appear.",
              }),
            ],
          }),
          defineField({
            name: "usage",
            title: "Usage",
            type: "array",
            of: [defineArrayMember({ type: "string" })],
            options: { list: [...usageSchema.options] },
            validation: (rule) => rule.required().min(1).unique(),
          }),
          defineField({
            name: "expires",
            title: "Expires",
            description:
              "From this moment the image is no longer used: 2026-12-31 (00:00 in each market), 2026-12-31T18:00 (local time in each market) or an instant with Z.",
            type: "string",
            validation: (rule) => [
              rule.custom(matchesModel(momentSchema)),
              rule.custom(licenceExpiryRule(settings)).warning(),
            ],
          }),
        ],
        validation: (rule) => rule.required(),
      }),
      defineField({
        name: "background",
        title: "Background",
        description:
          "#rrggbb laid under a transparent image for formats without transparency. Default: the channel's.",
        type: "string",
        validation: (rule) => rule.custom(matchesModel(assetSchema.shape.background)),
      }),
      defineField({
        name: "retouchedPerson",
        title: "Retouched image of a person",
        description:
          "A person's silhouette or face was reshaped by image processing: captions carry the market's retouched line (France: Images retouchées).",
        type: "boolean",
      }),
      defineField({
        name: "crops",
        title: "Crops per aspect ratio",
        type: "array",
        of: [defineArrayMember({ type: itemTypeNames.crop })],
        validation: (rule) =>
          rule.custom((crops: { _key?: string; aspect?: string }[] | undefined) => {
            const seen = new Set<string>();
            const problems = (crops ?? []).flatMap((crop) => {
              if (crop.aspect === undefined || crop._key === undefined) return [];
              if (!seen.has(crop.aspect)) {
                seen.add(crop.aspect);
                return [];
              }
              return [
                {
                  message: `A second crop for ${crop.aspect}: keep one per aspect ratio`,
                  path: [{ _key: crop._key }, "aspect"],
                },
              ];
            });
            return problems.length === 0 ? true : problems;
          }),
      }),
    ],
    preview: {
      select: { title: "slug.current", subtitle: "credit.creator", media: "image" },
    },
  });
}
