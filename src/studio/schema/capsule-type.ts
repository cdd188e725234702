import { defineArrayMember, defineField, defineType } from "@sanity/types";
import { documentTypeNames } from "../../model/document-types.ts";
import { capsuleSchema } from "../../model/entries.ts";
import { hashtagSchema } from "../../model/primitives.ts";
import { referenceList } from "../fields/reference-list.ts";
import { slugField } from "../fields/slug-field.ts";
import type { StudioSettings } from "../options.ts";
import { entryDocumentRules } from "../validation/entry-document-rules.ts";
import { eachMatchesModel, matchesModel } from "../validation/zod-rule.ts";
import { briefField } from "./brief-field.ts";
import { entrySchedulingFields } from "./entry-fields.ts";
import { entryPreview } from "./entry-preview.ts";
import { entryTextFields } from "./entry-text-fields.ts";

/** A capsule collection (`content/capsules/<slug>/`). */
export function capsuleType(settings: StudioSettings) {
  return defineType({
    name: documentTypeNames.capsule,
    title: "Capsule",
    type: "document",
    fields: [
      ...entryTextFields("capsule", settings),
      slugField({
        source: "title",
        defaultLocale: settings.defaultLocale,
        description: "The capsule's URL and the name of its packs.",
      }),
      defineField({
        name: "season",
        title: "Season",
        description: "SS27, FW26, AW26, PF27 (pre-fall), RE27 (resort) or HC27 (couture).",
        type: "string",
        validation: (rule) => rule.required().custom(matchesModel(capsuleSchema.shape.season)),
      }),
      referenceList("keyVisuals", "Key visuals", documentTypeNames.asset, {
        required: "at least one key visual",
      }),
      referenceList("products", "Products", documentTypeNames.product, {
        description: "In the order the capsule shows them; each product names this capsule.",
      }),
      defineField({
        name: "hashtags",
        title: "Hashtags",
        description: "Without #. They stay in every caption, right after the campaign handle.",
        type: "array",
        of: [defineArrayMember({ type: "string" })],
        options: { layout: "tags" },
        validation: (rule) => rule.custom(eachMatchesModel(hashtagSchema)),
      }),
      defineField({
        name: "campaignHandle",
        title: "Campaign handle",
        description: "The campaign's own hashtag, without # or @, e.g. AureleNuit.",
        type: "string",
        validation: (rule) => rule.custom(matchesModel(capsuleSchema.shape.campaignHandle)),
      }),
      ...entrySchedulingFields,
      briefField(settings),
    ],
    validation: entryDocumentRules("capsule", settings),
    preview: entryPreview(settings, { name: "title", detail: "season" }),
  });
}
