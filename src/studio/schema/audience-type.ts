import { defineArrayMember, defineField, defineType } from "@sanity/types";
import { audienceSchema, entryTypeSchema, usageSchema } from "../../model/audience.ts";
import { documentTypeNames, localeValueTypeNames } from "../../model/document-types.ts";
import { channelOrPlatformSchema } from "../../model/primitives.ts";
import { slugField } from "../fields/slug-field.ts";
import { localizedField } from "../localized/localized-field.ts";
import { localizedMap } from "../localized/read-localized.ts";
import type { StudioSettings } from "../options.ts";
import { matchesModel, zodProblem } from "../validation/zod-rule.ts";

const entryTypeTitles = { story: "Heritage stories", capsule: "Capsules", product: "Products" };
const usageTitles = {
  social: "Social (fans and ambassadors post)",
  editorial: "Editorial (the press publishes)",
  commerce: "Commerce (marketplaces and shops)",
};

/** Who a pack is for (`content/audiences.yaml`, one entry per document). */
export function audienceType(settings: StudioSettings) {
  const channelIds = [...settings.channels.keys()];
  const platforms = [...new Set(channelIds.map((id) => id.split("/")[0] ?? id))];
  return defineType({
    name: documentTypeNames.audience,
    title: "Audience",
    type: "document",
    fields: [
      slugField({
        source: "name",
        defaultLocale: settings.defaultLocale,
        description: "The audience id: it names its kits and folders.",
      }),
      localizedField(
        {
          name: "name",
          title: "Name",
          description: "As shown to people, per locale: Fans, ファン, 粉丝…",
          of: localeValueTypeNames.string,
          label: "The name",
          requiredInDefaultLocale: true,
          nonBlank: true,
          wantedInEveryLocale: true,
        },
        settings,
      ),
      localizedField(
        {
          name: "description",
          title: "Description",
          description: "Who the audience is, per locale.",
          of: localeValueTypeNames.text,
          label: "The description",
        },
        settings,
      ),
      defineField({
        name: "receives",
        title: "Receives",
        description: "The entry types this audience's packs carry.",
        type: "array",
        of: [defineArrayMember({ type: "string" })],
        options: {
          list: entryTypeSchema.options.map((value) => ({ value, title: entryTypeTitles[value] })),
        },
        validation: (rule) =>
          rule.required().min(1).custom(matchesModel(audienceSchema.shape.receives)),
      }),
      defineField({
        name: "usage",
        title: "Licence usage",
        description:
          "What its packs are used for: an image whose licence does not allow it is left out.",
        type: "string",
        options: {
          list: usageSchema.options.map((value) => ({ value, title: usageTitles[value] })),
          layout: "radio",
        },
        validation: (rule) => rule.required(),
      }),
      defineField({
        name: "partnership",
        title: "Partnership",
        description:
          "What the house gives for this audience's posts: its captions carry each market's disclosure line (Publicité, #ad, 广告…). Empty: paid, the safe side.",
        type: "string",
        options: {
          list: [
            { value: "paid", title: "Paid (ambassadors, creators under contract)" },
            { value: "gifted", title: "Gifted (products given)" },
            { value: "none", title: "None (fans, the press)" },
          ],
          layout: "radio",
        },
      }),
      defineField({
        name: "listed",
        title: "Listed on the site",
        description:
          "Listed kits appear on the site's index and feeds; unlisted ones are reached by link only.",
        type: "boolean",
        initialValue: true,
      }),
      defineField({
        name: "channels",
        title: "Placements",
        description:
          "The platforms or placements meant for this audience (fans post on Instagram, not on a page cover). Empty: every placement of each market.",
        type: "array",
        of: [defineArrayMember({ type: "string" })],
        options: {
          list: [
            ...platforms.map((value) => ({ value, title: `${value} (every placement)` })),
            ...channelIds.map((value) => ({
              value,
              title: settings.channels.get(value)?.name ?? value,
            })),
          ],
        },
        validation: (rule) =>
          rule.unique().custom((ids: string[] | undefined) => {
            const problems = (ids ?? []).flatMap((id, index) => {
              const format = zodProblem(channelOrPlatformSchema, id);
              if (format) return [{ message: `${format}: "${id}"`, path: [index] }];
              if (settings.channels.has(id) || platforms.includes(id)) return [];
              return [
                {
                  message: `No channel record for "${id}": add it with the plugin's channels option (as in relais.config.ts)`,
                  path: [index],
                },
              ];
            });
            return problems.length === 0 ? true : problems;
          }),
      }),
    ],
    preview: {
      select: { name: "name", slug: "slug.current" },
      prepare: ({ name, slug }: { name?: unknown; slug?: string }) => ({
        title: localizedMap<string>(name)[settings.defaultLocale] ?? slug ?? "",
        subtitle: slug,
      }),
    },
  });
}
