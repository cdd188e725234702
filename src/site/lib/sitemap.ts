import type { SiteData, SiteMarket } from "../site-data.ts";
import { absoluteUrl, type ListedPage, listedPages, paths } from "./site-pages.ts";
import { escapeXml } from "./xml.ts";

/**
 * The sitemaps. A sitemap is read in every market, so one for the whole site would name every
 * market's pages to all of them: a story still embargoed in one market would be listed to it by
 * its URL in another. Each market has its own (`/<market>/sitemap.xml`, its pages only); the
 * pages every market shares have theirs (`/sitemap-shared.xml`); `/sitemap.xml` is the index of
 * them all and names nothing but markets.
 */
export function sitemapIndexXml(data: SiteData): string {
  const x = escapeXml;
  const sitemaps = [paths.sharedSitemap(), ...data.markets.map((m) => paths.marketSitemap(m.id))];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemaps.map((path) => `<sitemap><loc>${x(absoluteUrl(data.site, path))}</loc></sitemap>`),
    "</sitemapindex>",
    "",
  ].join("\n");
}

/** The listed pages of one market, or (without a market) the pages every market shares. */
export function sitemapXml(data: SiteData, market?: SiteMarket): string {
  const x = escapeXml;
  const pages = listedPages(data).filter((page) => page.market === market?.id);
  const urls = pages.map((page: ListedPage) =>
    [
      "<url>",
      `<loc>${x(absoluteUrl(data.site, page.path))}</loc>`,
      page.lastModified ? `<lastmod>${page.lastModified}</lastmod>` : "",
      ...page.alternates.map(
        (a) => `<xhtml:link rel="alternate" hreflang="${x(a.hreflang)}" href="${x(a.href)}"/>`,
      ),
      page.alternates.length > 0
        ? `<xhtml:link rel="alternate" hreflang="x-default" href="${x(absoluteUrl(data.site, paths.chooser()))}"/>`
        : "",
      "</url>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}

/** Nothing is hidden by path: an unlisted kit is simply linked from nowhere. */
export function robotsTxt(data: SiteData): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(data.site, paths.sitemap())}\n`;
}
