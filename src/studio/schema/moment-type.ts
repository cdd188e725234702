import { defineArrayMember, defineField, defineType } from "@sanity/types";
import { documentTypeNames, localeValueTypeNames } from "../../model/document-types.ts";
import { liveMomentSchema } from "../../model/live-moment.ts";
import { channelIdSchema } from "../../model/primitives.ts";
import { referenceList } from "../fields/reference-list.ts";
import { slugField } from "../fields/slug-field.ts";
import { localizedField } from "../localized/localized-field.ts";
import { localizedMap } from "../localized/read-localized.ts";
import type { StudioSettings } from "../options.ts";
import { matchesModel, zodProblem } from "../validation/zod-rule.ts";

/** The placements a live session is published to are the live covers (`douyin/live-cover`…). */
const isLiveCover = (id: string) => id.endsWith("/live-cover");

/**
 * A live-shopping moment (`content/moments/<id>.yaml`): a session in one market at a local time,
 * on one or more platforms, showing products in order. Its kit never exists before every product
 * and capsule it shows is public in that market: the build checks it, with the prices.
 */
export function momentType(settings: StudioSettings) {
  const shape = liveMomentSchema.shape;
  const liveCovers = [...settings.channels.keys()].filter(isLiveCover);
  return defineType({
    name: documentTypeNames.moment,
    title: "Live-shopping moment",
    type: "document",
    fields: [
      localizedField(
        {
          name: "title",
          title: "Title",
          description: "The session's name, in the market's locales: 草本集直播夜.",
          of: localeValueTypeNames.string,
          label: "The title",
          nonBlank: true,
        },
        settings,
      ),
      slugField({ description: "The moment's id: it names its kit, e.g. herbier-live-cn." }),
      defineField({
        name: "market",
        title: "Market",
        description: "The session's market: its time zone, currency, locales and disclosure lines.",
        type: "reference",
        to: [{ type: documentTypeNames.market }],
        validation: (rule) => rule.required(),
      }),
      defineField({
        name: "platforms",
        title: "Platforms",
        description: "The live cover placements, one per platform the session runs on.",
        type: "array",
        of: [defineArrayMember({ type: "string" })],
        options: {
          list: liveCovers.map((id) => ({
            value: id,
            title: settings.channels.get(id)?.name ?? id,
          })),
        },
        validation: (rule) => [
          rule.required().min(1).error("Expected at least one live cover placement"),
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
        ],
      }),
      defineField({
        name: "startsAt",
        title: "Starts at",
        description:
          "Local time in the market's time zone, without offset: 2026-12-12T20:00. The kit's countdown follows from it.",
        type: "string",
        validation: (rule) => rule.required().custom(matchesModel(shape.startsAt)),
      }),
      defineField({
        name: "durationMinutes",
        title: "Duration (minutes)",
        description: "From 10 minutes to 24 hours.",
        type: "number",
        validation: (rule) => rule.required().custom(matchesModel(shape.durationMinutes)),
      }),
      defineField({
        name: "audience",
        title: "Audience",
        description: "Who the kit is for: its usage decides which images it may show.",
        type: "reference",
        to: [{ type: documentTypeNames.audience }],
        validation: (rule) => rule.required(),
      }),
      defineField({
        name: "capsule",
        title: "Capsule",
        description: "The capsule the session presents, if it presents one.",
        type: "reference",
        to: [{ type: documentTypeNames.capsule }],
      }),
      referenceList("products", "Products", documentTypeNames.product, {
        description: "In the order the host shows them; each needs a price in the market.",
        required: "at least one product",
      }),
      referenceList("images", "Images", documentTypeNames.asset, {
        description: "For the covers and the countdown frames, the cover first.",
        required: "at least one image",
      }),
      localizedField(
        {
          name: "talkingPoints",
          title: "Talking points",
          description: "What the host says, per locale, in order.",
          of: localeValueTypeNames.stringList,
          label: "The talking points",
          valueSchema: shape.talkingPoints.valueType,
        },
        settings,
      ),
      defineField({
        name: "host",
        title: "Host",
        description: "The host's name or handle, as shown.",
        type: "string",
        validation: (rule) => rule.custom(matchesModel(shape.host)),
      }),
      defineField({
        name: "partnership",
        title: "Partnership",
        description:
          "What the house gives the host: the kit's disclosure sheet carries the market's line for it. Empty: paid, the safe side.",
        type: "string",
        options: {
          list: [
            { value: "paid", title: "Paid" },
            { value: "gifted", title: "Gifted (products given)" },
            { value: "none", title: "None" },
          ],
          layout: "radio",
        },
      }),
    ],
    preview: {
      select: { titles: "title", slug: "slug.current", startsAt: "startsAt" },
      prepare: ({
        titles,
        slug,
        startsAt,
      }: {
        titles?: unknown;
        slug?: string;
        startsAt?: string;
      }) => {
        const byLocale = localizedMap<string>(titles);
        const title =
          byLocale[settings.defaultLocale] ??
          settings.locales.map((locale) => byLocale[locale]).find(Boolean) ??
          slug;
        return { title, subtitle: [slug, startsAt].filter(Boolean).join(" · ") };
      },
    },
  });
}
