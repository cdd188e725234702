import { defineField } from "@sanity/types";
import { localeValueTypeNames } from "../../model/document-types.ts";
import { BRIEF_ITEM_LENGTH, BRIEF_ITEMS, briefSchema } from "../../model/entries.ts";
import { localizedField } from "../localized/localized-field.ts";
import type { StudioSettings } from "../options.ts";

/**
 * The brief of a launch (`brief` in each locale's text of the model): what to say, do and avoid
 * when posting it. Sanity keeps each list as a localized list of lines, so a locale's brief is
 * written beside the others; the kit's BRIEF.txt and its page read the market's locale.
 */
export function briefField(settings: StudioSettings) {
  const list = (name: "talkingPoints" | "do" | "dont", title: string, description: string) =>
    localizedField(
      {
        name,
        title,
        description: `${description} One line each, at most ${BRIEF_ITEMS} lines of ${BRIEF_ITEM_LENGTH} characters.`,
        of: localeValueTypeNames.stringList,
        label: title,
        valueSchema: briefSchema.shape[name],
      },
      settings,
    );
  return defineField({
    name: "brief",
    title: "Brief",
    description:
      "For the people who post the launch: shown on each kit's page and in its BRIEF.txt, in the market's locale.",
    type: "object",
    options: { collapsible: true, collapsed: true },
    fields: [
      list("talkingPoints", "Talking points", "What to say about the launch, one idea a line."),
      list("do", "Do", "What to do when posting it: tag the house, keep the credit."),
      list("dont", "Don't", "What not to do: crop the logo, name a price."),
    ],
  });
}
