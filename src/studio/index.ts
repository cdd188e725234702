/** The Relais Studio plugin: what a house's `sanity.config.ts` imports. */

export {
  BRAND_DOCUMENT_ID,
  documentTypeNames,
  itemTypeNames,
  localeValueTypeNames,
} from "../model/document-types.ts";
export type { RelaisStudioOptions } from "./options.ts";
export { relais } from "./relais-plugin.ts";
export { relaisSchemaTypes } from "./schema-types.ts";
