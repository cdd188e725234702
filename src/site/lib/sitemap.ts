import type { SiteData } from "../site-data.ts";
import { absoluteUrl, listedPages, paths } from "./site-pages.ts";
import { escapeXml } from "./xml.ts";

/** The sitemap: listed pages only, each with its language alternates. */
export function sitemapXml(data: SiteData): string {
  const x = escapeXml;
  const urls = listedPages(data).map((page) =>
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
