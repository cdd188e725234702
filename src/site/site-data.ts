import type { KitBrief } from "../pack/kit-brief.ts";

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
  /** Names of markets, audiences and placements in every page locale of the site. */
  labels: SiteLabels;
  /**
   * The ambassadors' personal pages: unlisted, at an address made from the kit secret, linked
   * from no other page, no sitemap and no feed. @default none
   */
  ambassadors?: SiteAmbassador[] | undefined;
}

/** One ambassador's personal pages: an index of their launches, and a page per launch. */
export interface SiteAmbassador {
  name: string;
  /** The language of the pages' own words (the kits keep each market's), and its direction. */
  locale: string;
  direction: "ltr" | "rtl";
  /** Site-relative folder of the index, `/kit/<token>/`. */
  path: string;
  launches: SiteAmbassadorLaunch[];
}

export interface SiteAmbassadorLaunch {
  launch: { type: "story" | "capsule" | "product"; slug: string };
  /** Site-relative folder of the launch's personal page: `<ambassador.path><type>-<slug>/`. */
  path: string;
  /** One per market of theirs, in their order. */
  kits: SiteAmbassadorKit[];
}

/** A launch's kit in one of the ambassador's markets, narrowed to their platforms. */
export interface SiteAmbassadorKit {
  market: string;
  /**
   * The market's kit of the launch with only their platforms' placements, each caption their own
   * (their tracked link in it), and their own archive name.
   */
  kit: SiteLaunchKit;
  /** Their link per platform of theirs in this kit, with their account name there. */
  links: { platform: string; handle: string; url: string; linksClickable: boolean }[];
  /** Placements of their platforms not offered to them: their captions cannot fit there. */
  notOffered: { channel: string; platform: string }[];
}

/** A label and the language it is really in, which differs from the page's when it fell back. */
export interface SiteLabel {
  text: string;
  /** BCP 47 tag of the text's language; `und` when nobody said which it is. */
  lang: string;
  dir: "ltr" | "rtl";
}

/**
 * The names people read around the content, computed by the pipeline (src/i18n) for every page
 * locale of every market shown, so no page has to translate anything.
 */
export interface SiteLabels {
  /** By market id, then locale: `jp` is 日本 in `ja`, Japan in `en`, اليابان in `ar`. */
  markets: Record<string, Record<string, SiteLabel>>;
  /** By audience id, then locale: its name and, where the house wrote one, its description. */
  audiences: Record<
    string,
    Record<string, { name: SiteLabel; description?: SiteLabel | undefined }>
  >;
  /**
   * By channel id, then locale: the platform's name (微信) and the placement's (头条封面 2.35:1).
   * A channel a house added has only its record's name, as the platform.
   */
  channels: Record<
    string,
    Record<string, { platform: SiteLabel; placement?: SiteLabel | undefined }>
  >;
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
  /**
   * For stories: the era by page locale, only where the page locale's own chain has one (never
   * another language's).
   */
  era?: Record<string, string> | undefined;
  year?: number | undefined;
  /** For capsules: products sold in this market (slugs of entries of this market). */
  products: string[];
  /** For products. */
  sku?: string | undefined;
  /** The listed kits of this entry's launch in this market (press, fans): its pages link to them. */
  kits: { audience: string; path: string }[];
}

export interface SiteImage {
  asset: string;
  /** By page locale, after the fallback chain (always present: the brand's locale is the last resort). */
  alt: Record<string, string>;
  /** By page locale, the locale each alt text is in. Absent for a page locale: its own. */
  altLang?: Record<string, string> | undefined;
  /** `© Creator 2024`: the credit as the page shows it. */
  credit: string;
  /** Who made the image, as the asset's `credit.creator` names them. */
  creator: string;
  licence: string;
  licenceUrl?: string | undefined;
  /** Responsive derivatives: site-relative URLs by format, each with its width. */
  sources: { format: "avif" | "webp" | "jpeg"; srcset: { url: string; width: number }[] }[];
  width: number;
  height: number;
  /** The Open Graph image (1200×630 JPEG), site-relative. */
  og: string;
}

/** One audience's kits in a market: a page listing them, and a page per kit. */
export interface SiteKit {
  audience: string;
  audienceName: string;
  /** Listed kits appear in navigation, sitemap and feeds; unlisted ones only at their path. */
  listed: boolean;
  /** Site-relative folder of the audience's kits, e.g. `/fr/kit/press/` or `/fr/kit/3f9a…/`. */
  path: string;
  launches: SiteLaunchKit[];
  /** Live-shopping sessions of this audience in the market, soonest first. @default none */
  moments?: SiteMomentKit[] | undefined;
}

/** A file of a kit: published once under its content hash, named in the kit by `name`. */
export interface SiteKitFile {
  /** Site-relative URL, `/files/<hash>.<ext>`. */
  url: string;
  /** Path inside the kit, under its top folder: `instagram/feed-portrait/herbier-01-silk-ribbon.jpg`. */
  name: string;
  bytes: number;
}

export interface SiteKitImage extends SiteKitFile {
  asset: string;
  /** By page locale, after the market's chain. */
  alt: Record<string, string>;
  /** `© Creator 2024`. */
  credit: string;
  /** Who made the image, as the asset's `credit.creator` names them. */
  creator: string;
  /** The licence's name (SPDX id or agreement) and, when the asset gives one, its URL. */
  licence: string;
  licenceUrl?: string | undefined;
  width: number;
  height: number;
  format: string;
  /** Other widths of the same image that the placement wants (LINE imagemap). */
  variants: (SiteKitFile & { width: number; height: number })[];
}

export interface SiteKitCaption extends SiteKitFile {
  locale: string;
  direction: "ltr" | "rtl";
  /** The caption exactly as the file holds it, ready to paste. */
  text: string;
  /** In the platform's syntax (`#MaisonAurele`, `#梅森奥蕾尔#`). */
  hashtags: string[];
  length: number;
  limit: number;
  counting: string;
  /** The credit did not fit: the page shows it beside the images. */
  creditMoved: boolean;
}

export interface SiteKitItem {
  entry: { type: "story" | "capsule" | "product"; slug: string };
  title: string;
  images: SiteKitImage[];
  caption?: SiteKitCaption | undefined;
}

/** A placement's part of a kit. */
export interface SiteKitSection {
  channel: string;
  platform: string;
  /** The placement's name, e.g. `Instagram — Feed, portrait 4:5`. */
  name: string;
  /** `1080 × 1350 · JPEG`. */
  size: string;
  items: SiteKitItem[];
}

/** A press original, with a page of its own. */
export interface SiteKitOriginal extends SiteKitImage {
  entry: { type: "story" | "capsule" | "product"; slug: string };
  entryTitle: string;
  /** Site-relative folder of its page (add the locale), e.g. `/fr/kit/press/story-x/image-y/`. */
  path: string;
  /** When the licence ends (ISO instant), if it does. */
  expires?: string | undefined;
  /** The whole image for the page, at the site's own widths, when the site shows it. */
  picture?: SiteImage | undefined;
  /** The same image as each placement of the kit has it. */
  renditions: { channel: string; file: SiteKitFile & { width: number; height: number } }[];
}

/** One launch (a story, a capsule with its products, a product) for one audience in one market. */
/**
 * A story's article in a kit. Its page shows the kit's images beside it by their names inside
 * the kit, so it is offered as a download with the kit, never opened from the site.
 */
export interface SiteKitArticle {
  /** The placement whose images it shows: `wechat/article-image`. */
  channel: string;
  platform: string;
  page: SiteKitFile;
  fields: SiteKitFile & { text: string };
  /**
   * Site folder of the article's copy for the web (`<launch.path>wechat-article/`): the same
   * page with its images loading from the site, to open, select, copy and paste.
   */
  web?: string | undefined;
}

export interface SiteLaunchKit {
  /** The manifest's kit id, e.g. `fr/press/capsule-herbier`. */
  id: string;
  launch: { type: "story" | "capsule" | "product"; slug: string };
  /** The launch's title in the kit's locale. */
  title: string;
  /** The locale of the kit's texts (captions, README), and its direction. */
  locale: string;
  direction: "ltr" | "rtl";
  /** Site-relative folder: `<kit.path><type>-<slug>/`; its pages add the locale. */
  path: string;
  /** The whole kit's top folder and archive name: `maison-aurele_herbier_fr_ambassadeurs`. */
  name: string;
  readme: SiteKitFile & { text: string };
  /** The kit's brief (BRIEF.txt) as a record the page lays out. */
  brief?: (SiteKitFile & KitBrief) | undefined;
  sections: SiteKitSection[];
  /** A story's articles for long-form editors (WeChat, Naver Blog): the page and its fields. */
  articles: SiteKitArticle[];
  originals: SiteKitOriginal[];
  /** Every file of the kit, and their bytes together. */
  files: number;
  bytes: number;
  /** The first image of the kit, shown on its card. */
  preview?: SiteKitImage | undefined;
}

/**
 * A live-shopping session's kit: covers per platform, countdown story frames with their sticker
 * text and posting time, product cards with the market's price, talking points and the
 * disclosure sheet. Every text is the kit's own (`MomentSheet`), in the kit's language and the
 * market's time.
 */
export interface SiteMomentKit {
  /** The manifest's kit id, e.g. `cn/ambassadors/moment-herbier-live-cn`. */
  id: string;
  moment: string;
  title: string;
  locale: string;
  direction: "ltr" | "rtl";
  /** Site-relative folder: `<kit.path>moment-<id>/`; its pages add the locale. */
  path: string;
  /** The whole kit's top folder and archive name. */
  name: string;
  /** Start and end, ISO with the market's offset. */
  start: string;
  end: string;
  /** `Live from … to ….`, as the README says it. */
  when: string;
  host?: string | undefined;
  readme: SiteKitFile & { text: string };
  covers: {
    channel: string;
    platform: string;
    placement: string;
    size: string;
    image: SiteKitImage;
  }[];
  frames: {
    step: "t-24h" | "t-1h" | "live";
    postAt: string;
    when: string;
    sticker: SiteKitFile & { text: string };
    image?: SiteKitImage | undefined;
  }[];
  products: {
    slug: string;
    name: string;
    price: string;
    availability: string;
    card: SiteKitFile;
    image?: SiteKitImage | undefined;
  }[];
  talkingPoints: SiteKitFile & { lines: string[] };
  disclosure: SiteKitFile & { text: string };
  files: number;
  bytes: number;
  /** The first cover, shown on its card. */
  preview?: SiteKitImage | undefined;
}
