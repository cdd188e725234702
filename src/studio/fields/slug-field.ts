import { defineField } from "@sanity/types";
import { slugSchema } from "../../model/primitives.ts";
import { SLUG_MAX_LENGTH, slugify } from "../../text/slugify.ts";
import { localizedMap } from "../localized/read-localized.ts";
import { zodProblem } from "../validation/zod-rule.ts";

/**
 * A safe slug from a title: lower case, accents and punctuation dropped, single hyphens, at
 * most 96 characters. `Aurèle Nuit` → `aurele-nuit`.
 */
export function slugifyForRelais(source: string): string {
  return slugify(source);
}

/**
 * The document's Relais id (entry slug, market, audience or asset id): it names the pack's
 * folders and files and the site's URLs, so the Studio holds it to the pipeline's own rule.
 */
export function slugField(options: {
  description: string;
  /** The field the slug is generated from; a localized field gives its default locale's text. */
  source?: string;
  defaultLocale?: string;
}) {
  const { source, defaultLocale } = options;
  return defineField({
    name: "slug",
    title: "Slug",
    type: "slug",
    description: options.description,
    options: {
      ...(source === undefined
        ? {}
        : {
            source: (document: Record<string, unknown>) => {
              const value = document[source];
              if (typeof value === "string") return value;
              const text =
                defaultLocale === undefined ? undefined : localizedMap(value)[defaultLocale];
              return typeof text === "string" ? text : "";
            },
          }),
      maxLength: SLUG_MAX_LENGTH,
      slugify: (input: string) => slugifyForRelais(input),
    },
    validation: (rule) =>
      rule.required().custom((value: { current?: string } | undefined) => {
        if (value?.current === undefined) return true;
        return zodProblem(slugSchema, value.current) ?? true;
      }),
  });
}
