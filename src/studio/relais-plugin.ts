import { definePlugin } from "sanity";
import { isEntryDocumentType, publicationBadge } from "./badges/publication-badge.ts";
import { type RelaisStudioOptions, resolveStudioOptions } from "./options.ts";
import { schemaTypesFor } from "./schema-types.ts";

/**
 * The Relais Studio plugin: `plugins: [relais({ locales: ["fr", "en"], defaultLocale: "fr" })]`
 * in the house's `sanity.config.ts` adds the Relais document types, with the pipeline's own
 * validation and a badge on each entry saying where and when it will be published
 * (docs/sanity.md, "Studio plugin").
 */
export const relais = definePlugin<RelaisStudioOptions>((options) => {
  const settings = resolveStudioOptions(options);
  const badge = publicationBadge(settings);
  return {
    name: "relais",
    schema: { types: schemaTypesFor(settings) },
    document: {
      badges: (previous, context) =>
        isEntryDocumentType(context.schemaType) ? [...previous, badge] : previous,
    },
  };
});
