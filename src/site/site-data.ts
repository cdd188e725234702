/**
 * What the pipeline hands the press kit site: only what may be published, already decided by
 * the plan (no embargoed entry, no excluded or expired image), with image files already rendered.
 * The site reads it through an Astro content loader and never processes an image again.
 */
export interface SiteData {
  schemaVersion: 1;
  /** Absolute origin the site is served from, for canonical URLs, feeds and the sitemap. */
  site: string;
  brand: { name: string; website?: string | undefined };
  markets: SiteMarket[];
  /**
   * The image of the pages every market shares (the market chooser): only an image that every
   * market and audience may see at the build's clock, of an entry published in every market
   * (`planSharedImage`). Its alt text is given for every locale of every market. Absent, those
   * pages show none: never one market's image in another's.
   */
  sharedImage?: SiteImage | undefined;
}

export interface SiteMarket {
  id: string;
  name: string;
  timeZone: string;
  /** The market's locales, most wanted first; every page exists once per locale. */
  locales: { locale: string; direction: "ltr" | "rtl"; hreflang: string }[];
  entries: SiteEntry[];
  /** The kits of this market: one per audience that has a kit page. */
  kits: SiteKit[];
}

/** Text of an entry for one page locale, after the market's fallback chain. */
export interface SiteText {
  /** The locale the text is really in (differs from the page's when it fell back). */
  locale: string;
  direction: "ltr" | "rtl";
  title: string;
  dek?: string | undefined;
  /** Markdown, rendered safely by the site (raw HTML dropped, unsafe URLs removed). */
  body: string;
}

export interface SiteEntry {
  type: "story" | "capsule" | "product";
  slug: string;
  /** When it was published in this market (ISO instant); newest first on the market home. */
  publishedAt: string;
  /** By page locale (every locale of the market). */
  text: Record<string, SiteText>;
  images: SiteImage[];
  /** For stories. */
  era?: string | undefined;
  year?: number | undefined;
  /** For capsules: products sold in this market (slugs of entries of this market). */
  products: string[];
  /** For products. */
  sku?: string | undefined;
  /** For capsules: the channels whose public pack holds this capsule. */
  packChannels: string[];
}

export interface SiteImage {
  asset: string;
  /** By page locale, after the fallback chain (always present: the brand's locale is the last resort). */
  alt: Record<string, string>;
  credit: string;
  licence: string;
  licenceUrl?: string | undefined;
  /** Responsive derivatives: site-relative URLs by format, each with its width. */
  sources: { format: "avif" | "webp" | "jpeg"; srcset: { url: string; width: number }[] }[];
  width: number;
  height: number;
  /** The Open Graph image (1200×630 JPEG), site-relative. */
  og: string;
}

export interface SiteKit {
  audience: string;
  audienceName: string;
  /** Listed kits appear in navigation, sitemap and feeds; unlisted ones only at their path. */
  listed: boolean;
  /** Site-relative path of the kit page, e.g. `/fr/kit/` or `/fr/kit/3f9a…/`. */
  path: string;
  packs: SiteKitPack[];
}

export interface SiteKitPack {
  channel: string;
  channelName: string;
  /** Site-relative URL of the zip. */
  zip: string;
  zipBytes: number;
  images: number;
  entries: number;
  /** Site-relative URL of a preview image (the pack's first image, as rendered for the site). */
  preview?: string | undefined;
  previewWidth?: number | undefined;
  previewHeight?: number | undefined;
  /** The pack's README.txt: usage rights, credits, dates in the market's time zone. */
  rights: string;
}
