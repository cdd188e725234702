import type { SiteData, SiteMarket } from "../site-data.ts";
import { uiStrings } from "./i18n.ts";
import { marketName } from "./labels.ts";
import { markdownToText, renderMarkdown, truncateText } from "./markdown.ts";
import {
  absoluteUrl,
  FEED_FORMATS,
  type FeedFormat,
  marketLocale,
  pageEntries,
  paths,
  safeExternalHref,
} from "./site-pages.ts";
import { escapeXml } from "./xml.ts";

/**
 * The feeds of one market and locale: its stories and capsules, newest first, written by hand
 * in RSS 2.0, Atom 1.0 and JSON Feed 1.1 from one list of items. Only published, listed content
 * reaches here: kits are never in a feed.
 */
export interface FeedModel {
  title: string;
  description: string;
  language: string;
  homeUrl: string;
  feedUrl: (format: FeedFormat) => string;
  author: { name: string; url?: string | undefined };
  updated: string | undefined;
  items: FeedItem[];
}

export interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  contentHtml: string;
  published: string | undefined;
  image: string | undefined;
  category: string;
  language: string;
}

export function feedModel(data: SiteData, market: SiteMarket, locale: string): FeedModel {
  const t = uiStrings(locale);
  const { hreflang } = marketLocale(market, locale);
  const items = pageEntries(market, locale).map((entry): FeedItem => {
    const text = entry.text[locale];
    if (!text) throw new Error("unreachable: pageEntries keeps entries with text");
    const url = absoluteUrl(data.site, paths.entry(market.id, locale, entry));
    const og = entry.images[0]?.og;
    return {
      id: url,
      url,
      title: text.title,
      summary: text.dek ?? truncateText(markdownToText(text.body), 200, text.locale),
      contentHtml: absoluteLinks(renderMarkdown(text.body), data.site),
      published: entry.publishedAt || undefined,
      image: og ? absoluteUrl(data.site, og) : undefined,
      category: entry.type === "story" ? t.story : t.capsule,
      language: text.locale,
    };
  });
  const name = marketName(data, market, locale).text;
  return {
    title: `${data.brand.name} — ${name}`,
    description: `${t.latest} · ${data.brand.name} · ${name}`,
    language: hreflang,
    homeUrl: absoluteUrl(data.site, paths.home(market.id, locale)),
    feedUrl: (format) => absoluteUrl(data.site, paths.feed(market.id, locale, format)),
    author: { name: data.brand.name, url: safeExternalHref(data.brand.website) },
    // The newest item, not the clock: the same data gives the same feed, byte for byte.
    updated: items.find((item) => item.published)?.published,
    items,
  };
}

/** A feed is read away from the site: its links to the site's own pages must be absolute. */
function absoluteLinks(html: string, site: string): string {
  return html.replace(
    / href="(\/(?!\/)[^"]*)"/g,
    (_, path: string) => ` href="${absoluteUrl(site, path)}"`,
  );
}

/** For an Atom document, which requires a date: the Unix epoch stands for "never". */
const NO_DATE = "1970-01-01T00:00:00Z";

export function rssFeed(feed: FeedModel): string {
  const x = escapeXml;
  const items = feed.items.map((item) =>
    [
      "<item>",
      `<title>${x(item.title)}</title>`,
      `<link>${x(item.url)}</link>`,
      `<guid isPermaLink="true">${x(item.id)}</guid>`,
      item.published ? `<pubDate>${new Date(item.published).toUTCString()}</pubDate>` : "",
      `<category>${x(item.category)}</category>`,
      `<description>${x(item.contentHtml)}</description>`,
      "</item>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    `<title>${x(feed.title)}</title>`,
    `<link>${x(feed.homeUrl)}</link>`,
    `<description>${x(feed.description)}</description>`,
    `<language>${x(feed.language)}</language>`,
    `<atom:link href="${x(feed.feedUrl("rss"))}" rel="self" type="${FEED_FORMATS.rss.type}"/>`,
    feed.updated ? `<lastBuildDate>${new Date(feed.updated).toUTCString()}</lastBuildDate>` : "",
    ...items,
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}

export function atomFeed(feed: FeedModel): string {
  const x = escapeXml;
  const updated = feed.updated ?? NO_DATE;
  const entries = feed.items.map((item) =>
    [
      `<entry xml:lang="${x(item.language)}">`,
      `<id>${x(item.id)}</id>`,
      `<title>${x(item.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${x(item.url)}"/>`,
      item.published ? `<published>${item.published}</published>` : "",
      `<updated>${item.published ?? updated}</updated>`,
      `<category term="${x(item.category)}"/>`,
      `<summary>${x(item.summary)}</summary>`,
      `<content type="html">${x(item.contentHtml)}</content>`,
      "</entry>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.language)}">`,
    `<id>${x(feed.feedUrl("atom"))}</id>`,
    `<title>${x(feed.title)}</title>`,
    `<subtitle>${x(feed.description)}</subtitle>`,
    `<updated>${updated}</updated>`,
    `<link rel="self" type="${FEED_FORMATS.atom.type}" href="${x(feed.feedUrl("atom"))}"/>`,
    `<link rel="alternate" type="text/html" href="${x(feed.homeUrl)}"/>`,
    `<author><name>${x(feed.author.name)}</name>${feed.author.url ? `<uri>${x(feed.author.url)}</uri>` : ""}</author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

export function jsonFeed(feed: FeedModel): string {
  return `${JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: feed.title,
      description: feed.description,
      home_page_url: feed.homeUrl,
      feed_url: feed.feedUrl("json"),
      language: feed.language,
      authors: [feed.author],
      items: feed.items.map((item) => ({
        id: item.id,
        url: item.url,
        title: item.title,
        summary: item.summary,
        content_html: item.contentHtml,
        image: item.image,
        date_published: item.published,
        tags: [item.category],
        language: item.language,
      })),
    },
    null,
    2,
  )}\n`;
}

export const FEED_WRITERS: Record<FeedFormat, (feed: FeedModel) => string> = {
  rss: rssFeed,
  atom: atomFeed,
  json: jsonFeed,
};
