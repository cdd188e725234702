import { defineArrayMember, defineField, defineType } from "@sanity/types";
import { brandSchema } from "../../model/brand.ts";
import {
  BRAND_DOCUMENT_ID,
  documentTypeNames,
  localeValueTypeNames,
} from "../../model/document-types.ts";
import { hashtagSchema } from "../../model/primitives.ts";
import { defaultTracking, trackingSchema } from "../../model/tracking.ts";
import { localizedField } from "../localized/localized-field.ts";
import type { StudioSettings } from "../options.ts";
import { eachMatchesModel, matchesModel } from "../validation/zod-rule.ts";

/** The house itself (`content/brand.yaml`): one document, with the id `relaisBrand`. */
export function brandType(settings: StudioSettings) {
  return defineType({
    name: documentTypeNames.brand,
    title: "Brand",
    type: "document",
    fields: [
      defineField({
        name: "name",
        title: "Name",
        type: "string",
        validation: (rule) => rule.required().custom(matchesModel(brandSchema.shape.name)),
      }),
      defineField({
        name: "defaultLocale",
        title: "Default locale",
        description:
          "Alt text, titles and the credit line are required in it; every other locale falls back to it.",
        type: "string",
        options: { list: [...settings.locales] },
        initialValue: settings.defaultLocale,
        validation: (rule) =>
          rule.required().custom((value: string | undefined) => {
            if (value === undefined || value === settings.defaultLocale) return true;
            return `The Studio checks required text in ${settings.defaultLocale} (the plugin's defaultLocale): set the same locale here and there`;
          }),
      }),
      defineField({
        name: "hashtags",
        title: "Hashtags",
        description:
          "Without #. Every caption may carry them; they are the first left out for length.",
        type: "array",
        of: [defineArrayMember({ type: "string" })],
        options: { layout: "tags" },
        validation: (rule) => rule.unique().custom(eachMatchesModel(hashtagSchema)),
      }),
      defineField({
        name: "website",
        title: "Website",
        type: "url",
        validation: (rule) => rule.custom(matchesModel(brandSchema.shape.website)),
      }),
      localizedField(
        {
          name: "creditLine",
          title: "Credit line",
          description:
            "Per locale. Placeholders: {creator}, {year}, {licence}, {brand}. The default locale's is used where a locale has none.",
          of: localeValueTypeNames.string,
          label: "The credit line",
          requiredInDefaultLocale: true,
          nonBlank: true,
        },
        settings,
      ),
      localizedField(
        {
          name: "legalLines",
          title: "Legal lines",
          description:
            "Appended to every caption and pack README in the locale, before the market's.",
          of: localeValueTypeNames.stringList,
          label: "The legal lines",
        },
        settings,
      ),
      defineField({
        name: "tracking",
        title: "Tracked links",
        description:
          "The UTM parameters of the ambassadors' tracked links, each a template with {platform}, {launch}, {type}, {market} or {ambassador}. Empty: the defaults shown.",
        type: "object",
        options: { collapsible: true, collapsed: true },
        fields: (["source", "medium", "campaign", "content", "referralParameter"] as const).map(
          (name) =>
            defineField({
              name,
              title: name === "referralParameter" ? "Referral code parameter" : `utm_${name}`,
              type: "string",
              placeholder: defaultTracking[name],
              validation: (rule) => rule.custom(matchesModel(trackingSchema.shape[name].unwrap())),
            }),
        ),
      }),
      defineField({
        name: "audiences",
        title: "Audiences",
        description: "The audiences packs are made for, in the order the site lists them.",
        type: "array",
        of: [defineArrayMember({ type: "reference", to: [{ type: documentTypeNames.audience }] })],
        validation: (rule) => rule.unique(),
      }),
    ],
    validation: (rule) =>
      rule
        .custom((document: { _id?: string } | undefined) => {
          const id = document?._id?.replace(/^drafts\./, "");
          if (id === undefined || id === BRAND_DOCUMENT_ID) return true;
          return `The build reads the brand document with the id "${BRAND_DOCUMENT_ID}"; this one has "${id}" (see docs/sanity.md to pin it in the desk structure)`;
        })
        .warning(),
    preview: { select: { title: "name" } },
  });
}
