import { definePlugin } from "sanity";
import type { RelaisStudioOptions } from "./options.ts";
import { relaisSchemaTypes } from "./schema-types.ts";

/**
 * The Relais Studio plugin: `plugins: [relais({ locales: ["fr", "en"], defaultLocale: "fr" })]`
 * in the house's `sanity.config.ts` adds the Relais document types, with the pipeline's own
 * validation (docs/sanity.md, "Studio plugin").
 */
export const relais = definePlugin<RelaisStudioOptions>((options) => ({
  name: "relais",
  schema: { types: relaisSchemaTypes(options) },
}));
