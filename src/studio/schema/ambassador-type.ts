import { defineArrayMember, defineField, defineType } from "@sanity/types";
import { ambassadorSchema, handleSchema, referralCodeSchema } from "../../model/ambassador.ts";
import { documentTypeNames, itemTypeNames } from "../../model/document-types.ts";
import { slugField } from "../fields/slug-field.ts";
import type { StudioSettings } from "../options.ts";
import { matchesModel } from "../validation/zod-rule.ts";

/** One platform an ambassador posts on, with their account name there (`platforms[]`). */
export function ambassadorPlatformType(settings: StudioSettings) {
  const platforms = [...new Set([...settings.channels.keys()].map((id) => id.split("/")[0] ?? id))];
  return defineType({
    name: itemTypeNames.ambassadorPlatform,
    title: "Platform",
    type: "object",
    fields: [
      defineField({
        name: "platform",
        title: "Platform",
        type: "string",
        options: { list: platforms },
        validation: (rule) => rule.required(),
      }),
      defineField({
        name: "handle",
        title: "Account name",
        description: "As written on the platform, e.g. @mei.lin.",
        type: "string",
        validation: (rule) => rule.required().custom(matchesModel(handleSchema)),
      }),
    ],
    preview: { select: { title: "platform", subtitle: "handle" } },
  });
}

/** A person who posts for the house (`content/ambassadors/<id>.yaml`). */
export function ambassadorType(settings: StudioSettings) {
  return defineType({
    name: documentTypeNames.ambassador,
    title: "Ambassador",
    type: "document",
    fields: [
      slugField({
        source: "name",
        description:
          "The ambassador id: it names their tracked links (utm_content) and, with the kit secret, their personal page's address.",
      }),
      defineField({
        name: "name",
        title: "Name",
        type: "string",
        validation: (rule) => rule.required().custom(matchesModel(ambassadorSchema.shape.name)),
      }),
      defineField({
        name: "markets",
        title: "Markets",
        description: "Their personal pages show these markets' kits, no other's.",
        type: "array",
        of: [defineArrayMember({ type: "reference", to: [{ type: documentTypeNames.market }] })],
        validation: (rule) => [
          rule.required().min(1).error("Expected at least one market"),
          rule.unique(),
        ],
      }),
      defineField({
        name: "platforms",
        title: "Platforms",
        description:
          "Where they post, with their account name there: their pages show these platforms' placements, each caption with the platform's tracked link.",
        type: "array",
        of: [defineArrayMember({ type: itemTypeNames.ambassadorPlatform })],
        validation: (rule) => rule.required().min(1).error("Expected at least one platform"),
      }),
      defineField({
        name: "referralCode",
        title: "Referral code",
        description: "Added to each of their links under the brand's referral parameter.",
        type: "string",
        validation: (rule) => rule.custom(matchesModel(referralCodeSchema)),
      }),
      defineField({
        name: "locale",
        title: "Language of their pages",
        description: "Empty: the first locale of their first market. Each kit keeps its market's.",
        type: "string",
        options: { list: [...settings.locales] },
      }),
      defineField({
        name: "audience",
        title: "Audience",
        description:
          "Whose kits they receive (its partnership decides the disclosure). Empty: ambassadors.",
        type: "reference",
        to: [{ type: documentTypeNames.audience }],
      }),
    ],
    preview: { select: { title: "name", subtitle: "slug.current" } },
  });
}
