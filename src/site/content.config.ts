// `astro/content/config` is what `astro:content` re-exports for config files; importing it
// directly keeps this file type-checked by tsc without Astro's generated types.
import { defineCollection } from "astro/content/config";
import type { LoaderContext } from "astro/loaders";
import {
  COLLECTION_NAMES,
  loadSiteDataFile,
  recordsOf,
  type SiteCollections,
} from "./data/collections.ts";

/** A content-layer loader for one collection of the pipeline's site data. */
function siteDataLoader(collection: keyof SiteCollections) {
  return {
    name: `relais-site-data:${collection}`,
    async load({ store, generateDigest }: LoaderContext): Promise<void> {
      const data = await loadSiteDataFile();
      store.clear();
      for (const [id, record] of recordsOf(data, collection)) {
        const plain = record as unknown as Record<string, unknown>;
        store.set({ id, data: plain, digest: generateDigest(plain) });
      }
    },
  };
}

export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, defineCollection({ loader: siteDataLoader(name) })]),
);
