/** The Relais Studio plugin: what a house's `sanity.config.ts` imports. */

export type { RelaisStudioOptions } from "./options.ts";
export { relais } from "./relais-plugin.ts";
export { relaisSchemaTypes } from "./schema-types.ts";
export {
  BRAND_DOCUMENT_ID,
  documentTypeNames,
  itemTypeNames,
  localeValueTypeNames,
} from "./type-names.ts";
