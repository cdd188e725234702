import { defineArrayMember, defineField, defineType } from "@sanity/types";
import { documentTypeNames, localeValueTypeNames } from "../../model/document-types.ts";
import { marketSchema } from "../../model/market.ts";
import { channelIdSchema, hashtagSchema, localeSchema } from "../../model/primitives.ts";
import { slugField } from "../fields/slug-field.ts";
import { localizedField } from "../localized/localized-field.ts";
import type { StudioSettings } from "../options.ts";
import { eachMatchesModel, matchesModel, zodProblem } from "../validation/zod-rule.ts";

/** Where content is published (`content/markets/<id>.yaml`). */
export function marketType(settings: StudioSettings) {
  const channelIds = [...settings.channels.keys()];
  return defineType({
    name: documentTypeNames.market,
    title: "Market",
    type: "document",
    fields: [
      slugField({
        source: "name",
        description: "The market id, e.g. fr or cn: it names its packs.",
      }),
      defineField({
        name: "name",
        title: "Name",
        description: "In the brand's default locale.",
        type: "string",
        validation: (rule) => rule.required().custom(matchesModel(marketSchema.shape.name)),
      }),
      localizedField(
        {
          name: "names",
          title: "Name in other locales",
          description:
            "Only where the house wants its own: each locale otherwise shows the region's common name (日本, Japan, اليابان).",
          of: localeValueTypeNames.string,
          label: "The name",
          nonBlank: true,
        },
        settings,
      ),
      defineField({
        name: "region",
        title: "Region",
        description:
          "ISO 3166-1 alpha-2 code, e.g. JP. Empty: the market id, when it is a region's code.",
        type: "string",
        validation: (rule) => rule.custom(matchesModel(marketSchema.shape.region)),
      }),
      defineField({
        name: "locales",
        title: "Locales",
        description:
          "The fallback chain, most wanted first: [zh-Hans, en] shows Simplified Chinese, and English where an entry has no Chinese text.",
        type: "array",
        of: [defineArrayMember({ type: "string" })],
        validation: (rule) => [
          rule.required().min(1).unique().custom(eachMatchesModel(localeSchema)),
          rule
            .custom((locales: string[] | undefined) => {
              const unknown = (locales ?? []).filter(
                (locale) => !settings.locales.includes(locale),
              );
              if (unknown.length === 0) return true;
              return `Editors cannot write text in ${unknown.join(", ")}: add ${unknown.length === 1 ? "it" : "them"} to the plugin's locales`;
            })
            .warning(),
        ],
      }),
      defineField({
        name: "timeZone",
        title: "Time zone",
        description:
          "IANA name, e.g. Europe/Paris. Embargo and expiry times without an offset are read in it.",
        type: "string",
        validation: (rule) => rule.required().custom(matchesModel(marketSchema.shape.timeZone)),
      }),
      defineField({
        name: "currency",
        title: "Currency",
        description:
          "ISO 4217 code of the market's prices, e.g. EUR or CNY: products' prices here are in it, and live-shopping product cards show it.",
        type: "string",
        validation: (rule) => rule.custom(matchesModel(marketSchema.shape.currency)),
      }),
      localizedField(
        {
          name: "directions",
          title: "Text directions",
          description:
            "Only for unusual cases: each locale's own direction is the default (Arabic is right to left).",
          of: localeValueTypeNames.direction,
          label: "The text direction",
        },
        settings,
      ),
      defineField({
        name: "channels",
        title: "Channels",
        description: "The placements this market publishes to.",
        type: "array",
        of: [defineArrayMember({ type: "string" })],
        options: {
          list: channelIds.map((id) => ({
            value: id,
            title: settings.channels.get(id)?.name ?? id,
          })),
        },
        validation: (rule) =>
          rule.unique().custom((ids: string[] | undefined) => {
            const problems = (ids ?? []).flatMap((id, index) => {
              const format = zodProblem(channelIdSchema, id);
              if (format) return [{ message: `${format}: "${id}"`, path: [index] }];
              if (settings.channels.has(id)) return [];
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
      defineField({
        name: "hashtags",
        title: "Hashtags",
        description: "Without #. They come after the capsule's and before the brand's.",
        type: "array",
        of: [defineArrayMember({ type: "string" })],
        options: { layout: "tags" },
        validation: (rule) => rule.unique().custom(eachMatchesModel(hashtagSchema)),
      }),
      localizedField(
        {
          name: "legalLines",
          title: "Legal lines",
          description: "Required in this market, per locale; added after the brand's.",
          of: localeValueTypeNames.stringList,
          label: "The legal lines",
        },
        settings,
      ),
      localizedField(
        {
          name: "disclosurePaid",
          title: "Disclosure: paid posts",
          description:
            "The line a paid post needs here, per locale (Publicité, #ad, 广告…): first in the caption, never dropped. See docs/disclosure.md.",
          of: localeValueTypeNames.stringList,
          label: "The paid disclosure",
        },
        settings,
      ),
      localizedField(
        {
          name: "disclosureGifted",
          title: "Disclosure: gifted posts",
          description: "The line a gifted post needs here, per locale. Empty: the paid line.",
          of: localeValueTypeNames.stringList,
          label: "The gifted disclosure",
        },
        settings,
      ),
      localizedField(
        {
          name: "disclosureRetouched",
          title: "Disclosure: retouched images of a person",
          description:
            "The line a retouched image of a person needs here, per locale (France: Images retouchées).",
          of: localeValueTypeNames.stringList,
          label: "The retouched-image line",
        },
        settings,
      ),
      defineField({
        name: "disclosurePosition",
        title: "Disclosure position",
        description: "Where the disclosure goes in a caption. Empty: at the start.",
        type: "string",
        options: {
          list: [
            { value: "start", title: "First lines" },
            { value: "end", title: "After the legal lines" },
          ],
          layout: "radio",
        },
      }),
    ],
    preview: { select: { title: "name", subtitle: "timeZone" } },
  });
}
