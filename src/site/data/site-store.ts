import { getCollection } from "astro:content";
import { pageEntries } from "../lib/site-pages.ts";
import type { SiteData } from "../site-data.ts";
import { assembleSiteData, type SiteCollections } from "./collections.ts";

let loaded: Promise<SiteData> | undefined;

/** The site data as the pages see it: read once per build from Astro's content layer. */
export function getSiteData(): Promise<SiteData> {
  loaded ??= readCollections();
  return loaded;
}

async function readCollections(): Promise<SiteData> {
  const read = async <K extends keyof SiteCollections>(name: K): Promise<SiteCollections[K][]> => {
    const entries: { data: SiteCollections[K] }[] = await getCollection(name);
    return entries.map((entry) => entry.data);
  };
  const [site, markets, entries, kits, ambassadors] = await Promise.all([
    read("site"),
    read("markets"),
    read("entries"),
    read("kits"),
    read("ambassadors"),
  ]);
  return assembleSiteData({ site, markets, entries, kits, ambassadors });
}

/** The static paths of every story or capsule page: one per market, locale and entry. */
export async function entryPagePaths(type: "story" | "capsule") {
  const data = await getSiteData();
  return data.markets.flatMap((market) =>
    market.locales.flatMap(({ locale }) =>
      pageEntries(market, locale)
        .filter((entry) => entry.type === type)
        .map((entry) => ({
          params: { market: market.id, locale, slug: entry.slug },
          props: { data, market, locale, entry },
        })),
    ),
  );
}
