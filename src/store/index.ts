/** The content store: what every stage reads and writes, and the drivers it keeps objects with. */
export {
  ContentStore,
  type ContentStoreOptions,
  type KeyedEntry,
  type SharedLayer,
  type StoreCounters,
} from "./content-store.ts";
export type { StoreDriver } from "./driver.ts";
export { LocalDriver } from "./local-driver.ts";
export {
  parseStoreLocation,
  S3Driver,
  type S3DriverOptions,
  type StoreLocation,
} from "./s3-driver.ts";
export { StoreError, type StoreErrorName, storeErrorHints } from "./store-error.ts";
