import { defineArrayMember, defineField } from "@sanity/types";
import { documentTypeNames, itemTypeNames } from "../../model/document-types.ts";
import { momentSchema } from "../../model/primitives.ts";
import { referenceList } from "../fields/reference-list.ts";
import { matchesModel } from "../validation/zod-rule.ts";

const MOMENT_FORMS =
  "2026-12-01 (00:00 in each market), 2026-12-01T10:00 (10:00 in each market's own time zone) or 2026-12-01T09:00:00Z (one instant everywhere)";

/**
 * Where and when an entry is published, the same on every entry type (`entryBase` in the
 * model). Moments are strings in the Markdown source's syntax, since Sanity's `datetime` is an
 * instant and cannot say "10:00 in every market".
 */
export const entrySchedulingFields = [
  defineField({
    name: "markets",
    title: "Markets",
    description: "Empty: every market.",
    type: "object",
    options: { collapsible: true, collapsed: true },
    fields: [
      referenceList("include", "Only in", documentTypeNames.market, {
        description: "The only markets the entry is published in, if set.",
      }),
      referenceList("exclude", "Not in", documentTypeNames.market, {
        description: "Markets the entry is kept out of.",
      }),
    ],
  }),
  defineField({
    name: "embargo",
    title: "Embargo",
    description: "Nothing of the entry appears anywhere before this moment, read in each market.",
    type: "object",
    fields: [
      defineField({
        name: "publishAt",
        title: "Publish at",
        description: MOMENT_FORMS,
        type: "string",
        validation: (rule) => rule.custom(matchesModel(momentSchema)),
      }),
      defineField({
        name: "markets",
        title: "Per market",
        description: "Moments that replace “Publish at” in one market.",
        type: "array",
        of: [defineArrayMember({ type: itemTypeNames.marketMoment })],
      }),
      defineField({
        name: "pressPreview",
        title: "Press preview",
        description:
          "Until the embargo lifts, the press of these markets gets the launch's kit at an unlisted address, and nobody else sees anything of it (stories and capsules).",
        type: "object",
        options: { collapsible: true, collapsed: true },
        fields: [
          defineField({
            name: "enabled",
            title: "Preview for the press",
            type: "boolean",
          }),
          referenceList("markets", "Only in", documentTypeNames.market, {
            description: "The markets whose press is accredited. Empty: every market.",
          }),
        ],
      }),
    ],
  }),
  defineField({
    name: "unpublishAt",
    title: "Withdraw at",
    description: `From this moment the entry is withdrawn everywhere: ${MOMENT_FORMS}.`,
    type: "string",
    validation: (rule) => rule.custom(matchesModel(momentSchema)),
  }),
];
