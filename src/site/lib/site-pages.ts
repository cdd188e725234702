import type {
  SiteData,
  SiteEntry,
  SiteKit,
  SiteKitOriginal,
  SiteLaunchKit,
  SiteMarket,
  SiteMomentKit,
  SiteText,
} from "../site-data.ts";

/**
 * The site's URL scheme, in one place. Every page exists once per market locale:
 *
 *   /                                        market chooser (also the hreflang x-default)
 *   /<market>/<locale>/                      market home: stories and capsules, newest first
 *   /<market>/<locale>/stories/<slug>/       heritage story
 *   /<market>/<locale>/capsules/<slug>/      capsule, with its products and its kits
 *   /<market>/<locale>/rss.xml | atom.xml | feed.json     feeds of that market and locale
 *   <kit.path>                               an audience's kits: language chooser
 *   <kit.path><locale>/                      an audience's kits in a market: one card per launch
 *   <launch.path><locale>/                   a kit: one launch, per placement its images and caption
 *   <moment.path><locale>/                   a live session's kit: countdown, covers, product cards
 *   <original.path><locale>/                 a press original's page
 *   /<market>/sitemap.xml                    sitemap of that market's listed pages
 *   /sitemap-shared.xml                      sitemap of the pages every market shares (the chooser)
 *   /sitemap.xml                             sitemap index: the shared sitemap and each market's
 *   /robots.txt, /404.html
 *
 * Kit pages hang under the path the pipeline gives each kit (`/<market>/kit/<audience>/` for a
 * listed kit, `/<market>/kit/<token>/` for an unlisted one), so the site never needs to know how
 * a token is made. An unlisted kit is linked from nowhere but its own pages: not from navigation,
 * the sitemap, a feed or another kit's alternates; its pages carry `noindex, nofollow`.
 */

export type ListedType = "story" | "capsule";

export const FEED_FORMATS = {
  rss: { file: "rss.xml", type: "application/rss+xml", name: "RSS" },
  atom: { file: "atom.xml", type: "application/atom+xml", name: "Atom" },
  json: { file: "feed.json", type: "application/feed+json", name: "JSON Feed" },
} as const;
export type FeedFormat = keyof typeof FEED_FORMATS;

export const paths = {
  chooser: () => "/",
  home: (market: string, locale: string) => `/${market}/${locale}/`,
  entry: (market: string, locale: string, entry: Pick<SiteEntry, "type" | "slug">) =>
    `/${market}/${locale}/${entry.type === "story" ? "stories" : "capsules"}/${entry.slug}/`,
  /** An audience's kits in a market (listed: `/fr/kit/press/fr/`). */
  kit: (kit: Pick<SiteKit, "path">, locale: string) => `${kit.path}${locale}/`,
  kitChooser: (kit: Pick<SiteKit, "path">) => kit.path,
  /** One launch's kit: `/fr/kit/press/capsule-herbier/fr/`. */
  launch: (launch: Pick<SiteLaunchKit, "path">, locale: string) => `${launch.path}${locale}/`,
  launchChooser: (launch: Pick<SiteLaunchKit, "path">) => launch.path,
  /** A press original's page: `/fr/kit/press/story-x/image-y/fr/`. */
  original: (original: Pick<SiteKitOriginal, "path">, locale: string) =>
    `${original.path}${locale}/`,
  feed: (market: string, locale: string, format: FeedFormat) =>
    `/${market}/${locale}/${FEED_FORMATS[format].file}`,
  sitemap: () => "/sitemap.xml",
  sharedSitemap: () => "/sitemap-shared.xml",
  marketSitemap: (market: string) => `/${market}/sitemap.xml`,
  /** Anchor of a placement's section on a kit page. */
  sectionAnchor: (section: { channel: string }) =>
    `placement-${section.channel.replace(/[^a-z0-9]+/g, "-")}`,
};

/** An absolute URL on the site, for canonical links, feeds, the sitemap and Open Graph. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site).href;
}

/** An outside link from the data (brand website, licence) only when it is plain http(s). */
export function safeExternalHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export interface Alternate {
  hreflang: string;
  href: string;
}

/** Entries that have pages of their own, in a locale; products appear in their capsules. */
export function pageEntries(
  market: SiteMarket,
  locale: string,
): (SiteEntry & { type: ListedType })[] {
  return market.entries
    .filter((entry): entry is SiteEntry & { type: ListedType } => entry.type !== "product")
    .filter((entry) => entry.text[locale] !== undefined)
    .sort(newestFirst);
}

/** Newest first; an entry without a publish moment goes last, the pipeline's order kept. */
export function newestFirst(a: SiteEntry, b: SiteEntry): number {
  if (a.publishedAt === b.publishedAt) return 0;
  if (!a.publishedAt) return 1;
  if (!b.publishedAt) return -1;
  return Date.parse(b.publishedAt) - Date.parse(a.publishedAt);
}

export function listedKits(market: SiteMarket): SiteKit[] {
  return market.kits.filter((kit) => kit.listed);
}

/** The listed kits of an entry's launch in its market, with their audience's kits. */
export function kitsOf(
  market: SiteMarket,
  entry: SiteEntry,
): { kit: SiteKit; launch: SiteLaunchKit }[] {
  return entry.kits.flatMap(({ audience, path }) => {
    const kit = market.kits.find((k) => k.listed && k.audience === audience);
    const launch = kit?.launches.find((l) => l.path === path);
    return kit && launch ? [{ kit, launch }] : [];
  });
}

/** Products of a capsule sold in this market, in the capsule's order. */
export function capsuleProducts(market: SiteMarket, capsule: SiteEntry): SiteEntry[] {
  return capsule.products.flatMap(
    (slug) => market.entries.find((e) => e.type === "product" && e.slug === slug) ?? [],
  );
}

/** The same page in every market and locale where it exists, as hreflang alternates. */
export function alternates(
  data: SiteData,
  page:
    | { kind: "chooser" | "home" }
    | { kind: "entry"; type: ListedType; slug: string }
    | { kind: "kit"; market: string; kit: SiteKit }
    | {
        kind: "launch";
        market: string;
        kit: SiteKit;
        launch: SiteLaunchKit;
        original?: SiteKitOriginal | undefined;
      }
    | { kind: "moment"; market: string; moment: SiteMomentKit },
): Alternate[] {
  const found: Alternate[] = [];
  for (const market of data.markets) {
    for (const { locale, hreflang } of market.locales) {
      const path = pathIn(market, locale, page);
      if (path) found.push({ hreflang, href: absoluteUrl(data.site, path) });
    }
  }
  return found;
}

function pathIn(
  market: SiteMarket,
  locale: string,
  page: Parameters<typeof alternates>[1],
): string | undefined {
  switch (page.kind) {
    case "chooser":
    case "home":
      return paths.home(market.id, locale);
    case "entry": {
      const entry = market.entries.find((e) => e.type === page.type && e.slug === page.slug);
      return entry?.text[locale] ? paths.entry(market.id, locale, entry) : undefined;
    }
    case "kit": {
      // An unlisted kit's alternates are its own locales: never another market's secret path.
      if (!page.kit.listed) {
        return market.id === page.market ? paths.kit(page.kit, locale) : undefined;
      }
      const kit = market.kits.find((k) => k.listed && k.audience === page.kit.audience);
      return kit ? paths.kit(kit, locale) : undefined;
    }
    case "moment":
      // A live session belongs to one market: its alternates are that market's locales.
      return market.id === page.market ? paths.launch(page.moment, locale) : undefined;
    case "launch": {
      const here = (launch: SiteLaunchKit) => {
        if (!page.original) return paths.launch(launch, locale);
        const original = launch.originals.find((o) => o.asset === page.original?.asset);
        return original ? paths.original(original, locale) : undefined;
      };
      if (!page.kit.listed) return market.id === page.market ? here(page.launch) : undefined;
      const kit = market.kits.find((k) => k.listed && k.audience === page.kit.audience);
      const launch = kit?.launches.find(
        (l) =>
          l.launch.type === page.launch.launch.type && l.launch.slug === page.launch.launch.slug,
      );
      return launch ? here(launch) : undefined;
    }
  }
}

export interface ListedPage {
  /** The market the page belongs to; absent for a page every market shares. */
  market?: string | undefined;
  path: string;
  lastModified?: string | undefined;
  alternates: Alternate[];
}

/** Every page meant to be found: what the sitemap lists. Unlisted kits are not among them. */
export function listedPages(data: SiteData): ListedPage[] {
  const pages: ListedPage[] = [
    { path: paths.chooser(), alternates: alternates(data, { kind: "chooser" }) },
  ];
  for (const market of data.markets) {
    for (const { locale } of market.locales) {
      const entries = pageEntries(market, locale);
      pages.push({
        market: market.id,
        path: paths.home(market.id, locale),
        lastModified: entries[0]?.publishedAt || undefined,
        alternates: alternates(data, { kind: "home" }),
      });
      for (const entry of entries) {
        pages.push({
          market: market.id,
          path: paths.entry(market.id, locale, entry),
          lastModified: entry.publishedAt || undefined,
          alternates: alternates(data, { kind: "entry", type: entry.type, slug: entry.slug }),
        });
      }
      for (const kit of listedKits(market)) {
        pages.push({
          market: market.id,
          path: paths.kit(kit, locale),
          alternates: alternates(data, { kind: "kit", market: market.id, kit }),
        });
        for (const launch of kit.launches) {
          pages.push({
            market: market.id,
            path: paths.launch(launch, locale),
            alternates: alternates(data, { kind: "launch", market: market.id, kit, launch }),
          });
          for (const original of launch.originals) {
            pages.push({
              market: market.id,
              path: paths.original(original, locale),
              alternates: alternates(data, {
                kind: "launch",
                market: market.id,
                kit,
                launch,
                original,
              }),
            });
          }
        }
      }
    }
  }
  return pages;
}

/** The text of an entry for a page locale; pages exist only where it is present. */
export function textOf(entry: SiteEntry, locale: string): SiteText {
  const text = entry.text[locale];
  if (!text)
    throw new Error(`[relais] [site] ${entry.type} "${entry.slug}" has no text for ${locale}`);
  return text;
}

export function marketLocale(market: SiteMarket, locale: string) {
  const found = market.locales.find((l) => l.locale === locale);
  if (!found) throw new Error(`[relais] [site] market "${market.id}" has no locale ${locale}`);
  return found;
}

/** `lang` and `dir` for an entry's text when it is not in the page's language, else nothing. */
export function textAttributes(
  text: Pick<SiteText, "locale" | "direction">,
  pageLocale: string,
): { lang?: string; dir?: "ltr" | "rtl" } {
  return text.locale === pageLocale ? {} : { lang: text.locale, dir: text.direction };
}
