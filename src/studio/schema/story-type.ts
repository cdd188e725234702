import { defineArrayMember, defineField, defineType } from "@sanity/types";
import { documentTypeNames, localeValueTypeNames } from "../../model/document-types.ts";
import { storySchema } from "../../model/entries.ts";
import { slugSchema } from "../../model/primitives.ts";
import { referenceList } from "../fields/reference-list.ts";
import { slugField } from "../fields/slug-field.ts";
import { localizedField } from "../localized/localized-field.ts";
import type { StudioSettings } from "../options.ts";
import { entryDocumentRules } from "../validation/entry-document-rules.ts";
import { eachMatchesModel, matchesModel } from "../validation/zod-rule.ts";
import { briefField } from "./brief-field.ts";
import { entrySchedulingFields } from "./entry-fields.ts";
import { entryPreview } from "./entry-preview.ts";
import { entryTextFields } from "./entry-text-fields.ts";

/** A heritage story (`content/stories/<slug>/`). */
export function storyType(settings: StudioSettings) {
  return defineType({
    name: documentTypeNames.story,
    title: "Heritage story",
    type: "document",
    fields: [
      ...entryTextFields("story", settings),
      slugField({
        source: "title",
        defaultLocale: settings.defaultLocale,
        description: "The story's URL and the name of its packs.",
      }),
      localizedField(
        {
          name: "era",
          title: "Era",
          description:
            "As the house tells it, per locale: Années folles, The Roaring Twenties. A locale without its own shows none.",
          of: localeValueTypeNames.string,
          label: "The era",
          nonBlank: true,
        },
        settings,
      ),
      defineField({
        name: "year",
        title: "Year",
        description: "The year the era starts.",
        type: "number",
        validation: (rule) => rule.custom(matchesModel(storySchema.shape.year)),
      }),
      defineField({
        name: "hero",
        title: "Hero image",
        type: "reference",
        to: [{ type: documentTypeNames.asset }],
        validation: (rule) => rule.required(),
      }),
      referenceList("gallery", "Gallery", documentTypeNames.asset),
      defineField({
        name: "tags",
        title: "Tags",
        type: "array",
        of: [defineArrayMember({ type: "string" })],
        options: { layout: "tags" },
        validation: (rule) => rule.custom(eachMatchesModel(slugSchema)),
      }),
      ...entrySchedulingFields,
      briefField(settings),
    ],
    validation: entryDocumentRules("story", settings),
    preview: entryPreview(settings, { name: "title", detail: "year", media: "hero.image" }),
  });
}
