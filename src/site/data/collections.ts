import { stat } from "node:fs/promises";
import type { SiteAmbassador, SiteData, SiteEntry, SiteKit, SiteMarket } from "../site-data.ts";
import { readSiteData } from "./site-data-schema.ts";

/**
 * How the pipeline's site data is kept in Astro's content layer: one collection per kind of
 * record, each record keeping its position so pages list things in the pipeline's order.
 */

/** Environment variable naming the SiteData JSON file; `buildSite()` sets it for one build. */
export const SITE_DATA_ENV = "RELAIS_SITE_DATA";

export type SiteRecord = Pick<
  SiteData,
  "schemaVersion" | "site" | "brand" | "sharedImage" | "labels"
>;
export type MarketRecord = Omit<SiteMarket, "entries" | "kits"> & { order: number };
export type EntryRecord = SiteEntry & { market: string; order: number };
export type KitRecord = SiteKit & { market: string; order: number };
export type AmbassadorRecord = SiteAmbassador & { order: number };

export interface SiteCollections {
  site: SiteRecord;
  markets: MarketRecord;
  entries: EntryRecord;
  kits: KitRecord;
  ambassadors: AmbassadorRecord;
}

export const COLLECTION_NAMES = ["site", "markets", "entries", "kits", "ambassadors"] as const;

/** The records of one collection, keyed by a stable id. */
export function recordsOf<K extends keyof SiteCollections>(
  data: SiteData,
  collection: K,
): [id: string, record: SiteCollections[K]][] {
  const records: { [C in keyof SiteCollections]: () => [string, SiteCollections[C]][] } = {
    site: () => [
      [
        "site",
        {
          schemaVersion: data.schemaVersion,
          site: data.site,
          brand: data.brand,
          ...(data.sharedImage ? { sharedImage: data.sharedImage } : {}),
          labels: data.labels,
        },
      ],
    ],
    markets: () =>
      data.markets.map(({ entries: _entries, kits: _kits, ...market }, order) => [
        market.id,
        { ...market, order },
      ]),
    entries: () =>
      data.markets.flatMap((market) =>
        market.entries.map((entry, order): [string, EntryRecord] => [
          `${market.id}/${entry.type}/${entry.slug}`,
          { ...entry, market: market.id, order },
        ]),
      ),
    kits: () =>
      data.markets.flatMap((market) =>
        market.kits.map((kit, order): [string, KitRecord] => [
          `${market.id}/${kit.audience}`,
          { ...kit, market: market.id, order },
        ]),
      ),
    ambassadors: () =>
      (data.ambassadors ?? []).map((ambassador, order): [string, AmbassadorRecord] => [
        ambassador.path,
        { ...ambassador, order },
      ]),
  };
  return records[collection]();
}

/** Puts the records back together as the pipeline wrote them. */
export function assembleSiteData(
  collections: {
    [K in keyof SiteCollections]: SiteCollections[K][];
  },
): SiteData {
  const [site] = collections.site;
  if (!site) throw new Error("[relais] [site] The site data was not loaded");
  const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
  return {
    schemaVersion: site.schemaVersion,
    site: site.site,
    brand: site.brand,
    ...(site.sharedImage ? { sharedImage: site.sharedImage } : {}),
    labels: site.labels,
    markets: [...collections.markets].sort(byOrder).map(({ order: _order, ...market }) => ({
      ...market,
      entries: collections.entries
        .filter((entry) => entry.market === market.id)
        .sort(byOrder)
        .map(({ market: _market, order: _order, ...entry }) => entry),
      kits: collections.kits
        .filter((kit) => kit.market === market.id)
        .sort(byOrder)
        .map(({ market: _market, order: _order, ...kit }) => kit),
    })),
    ...(collections.ambassadors.length > 0
      ? {
          ambassadors: [...collections.ambassadors]
            .sort(byOrder)
            .map(({ order: _order, ...ambassador }) => ambassador),
        }
      : {}),
  };
}

/**
 * Reads the file named by `RELAIS_SITE_DATA`. The four collections load from one read: the file is
 * read again only when it changed (the pipeline rewrites the same file on every build).
 */
let pending: { key: string; data: Promise<SiteData> } | undefined;
export async function loadSiteDataFile(env: NodeJS.ProcessEnv = process.env): Promise<SiteData> {
  const file = env[SITE_DATA_ENV];
  if (!file) {
    throw new Error(
      `[relais] [site] ${SITE_DATA_ENV} is not set: the site is built by buildSite() with the pipeline's site data`,
    );
  }
  // A missing file is left to readSiteData, whose error names it.
  const info = await stat(file).catch(() => undefined);
  const key = `${file}\0${info?.mtimeMs}\0${info?.size}`;
  if (pending?.key !== key) pending = { key, data: readSiteData(file) };
  return pending.data;
}
