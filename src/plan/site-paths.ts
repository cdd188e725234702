import type { EntryType } from "../model/audience.ts";

/**
 * The public pages' paths on the press kit site, for the ambassadors' tracked links: a market's
 * home in a locale, and a story's or a capsule's page there (products have no page of their own).
 * The site's own URL scheme is `paths` in src/site/lib/site-pages.ts, which ships with the site's
 * sources and imports nothing of the pipeline; a test keeps the two equal.
 */
export const publicPaths = {
  home: (market: string, locale: string) => `/${market}/${locale}/`,
  entry: (market: string, locale: string, entry: { type: EntryType; slug: string }) =>
    `/${market}/${locale}/${entry.type === "story" ? "stories" : "capsules"}/${entry.slug}/`,
};
