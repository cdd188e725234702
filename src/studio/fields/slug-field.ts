import { defineField } from "@sanity/types";
import { isSafeSlug, slugSchema } from "../../model/primitives.ts";
import { localizedMap } from "../localized/read-localized.ts";
import { zodProblem } from "../validation/zod-rule.ts";

/** The longest slug the pipeline accepts (`isSafeSlug`). */
const MAX_LENGTH = 96;

/**
 * A safe slug from a title: lower case, accents and punctuation dropped, single hyphens, at
 * most 96 characters. `Aurèle Nuit` → `aurele-nuit`.
 */
export function slugifyForRelais(source: string): string {
  const slug = source
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_LENGTH)
    .replace(/^-+|-+$/g, "");
  if (slug === "" || isSafeSlug(slug)) return slug;
  // A reserved device name (con, nul, com1…) as a whole slug: keep it recognizable.
  return `${slug}-1`;
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
      maxLength: MAX_LENGTH,
      slugify: (input: string) => slugifyForRelais(input),
    },
    validation: (rule) =>
      rule.required().custom((value: { current?: string } | undefined) => {
        if (value?.current === undefined) return true;
        return zodProblem(slugSchema, value.current) ?? true;
      }),
  });
}
