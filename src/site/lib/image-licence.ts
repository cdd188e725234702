import type { SiteData, SiteImage, SiteLaunchKit, SiteMarket } from "../site-data.ts";
import { pictureOf } from "./pictures.ts";
import { absoluteUrl, paths, safeExternalHref } from "./site-pages.ts";

/**
 * schema.org `ImageObject`s for the images a page shows, with the licence data search engines
 * read for licensable images (Google Images' "Licensable" badge): the file, its licence, where
 * to learn how to license it, its credit, copyright notice and creator.
 *
 * Every image a page shows gets one, on every page that shows it: a search engine indexes each
 * image of a page on its own and reads its licence from the page it found it on, so a page of
 * several images (a story, a capsule with its products, a kit) lists each, not only its first.
 * The values are the ones the page itself shows (the credit, the licence and its link, the alt
 * text as caption): nothing here that a reader of the page could not already see.
 */
export interface ImageObject {
  "@context": "https://schema.org";
  "@type": "ImageObject";
  contentUrl: string;
  license?: string;
  acquireLicensePage: string;
  creditText: string;
  copyrightNotice: string;
  /**
   * The model names who made an image in one text (`credit.creator`), without saying whether
   * it is a person or an organisation: most are photographers, so a `Person` by that name.
   */
  creator: { "@type": "Person"; name: string };
  caption?: string;
}

/** What an image's licence data is made of: a site picture's or a kit file's rights. */
export type ImageRights = Pick<
  SiteImage,
  "asset" | "alt" | "credit" | "creator" | "licence" | "licenceUrl"
>;

/** An image as a page shows it. */
export interface ShownImage {
  /** Site path of the file the page's `<img>` loads. */
  src: string;
  rights: ImageRights;
  /** A page that states the image's credit and licence, for when no press original page does. */
  termsPage: string;
}

/** A site picture as `Picture.astro` shows it: the `<img>` loads the picture's fallback file. */
export function shownPicture(image: SiteImage, termsPage: string): ShownImage {
  return { src: pictureOf(image).src, rights: image, termsPage };
}

export interface ImageObjectsContext {
  data: SiteData;
  market: SiteMarket;
  locale: string;
  /** The launch whose kit page this is: its own originals come first, listed or not. */
  launch?: SiteLaunchKit | undefined;
}

/**
 * One `ImageObject` per file shown (a file shown twice is one image). `acquireLicensePage` is
 * the image's press original page in this market and locale — its credit, licence, the
 * licence's end and the original to download, the closest the site has to a licensing page;
 * the house's content model has no licensing page or rights contact of its own to point to, and
 * its website is a home page, not one. Only a listed kit's page, or one of the launch whose
 * page this is, is ever named: a public page never points into an unlisted kit. Without one,
 * the page that states the image's terms (`termsPage`).
 */
export function imageObjects(context: ImageObjectsContext, shown: ShownImage[]): ImageObject[] {
  const { data, locale } = context;
  const seen = new Set<string>();
  return shown.flatMap(({ src, rights, termsPage }): ImageObject[] => {
    const contentUrl = absoluteUrl(data.site, src);
    if (seen.has(contentUrl)) return [];
    seen.add(contentUrl);
    const license = safeExternalHref(rights.licenceUrl);
    const caption = rights.alt[locale]?.trim();
    return [
      {
        "@context": "https://schema.org",
        "@type": "ImageObject",
        contentUrl,
        ...(license ? { license } : {}),
        acquireLicensePage: absoluteUrl(
          data.site,
          originalPage(context, rights.asset) ?? termsPage,
        ),
        // The site shows one credit, `© Creator 2008`: it names whom to credit and is the
        // image's copyright notice (the creator holds the copyright; the house licenses it).
        creditText: rights.credit,
        copyrightNotice: rights.credit,
        creator: { "@type": "Person", name: rights.creator },
        ...(caption ? { caption } : {}),
      },
    ];
  });
}

function originalPage(context: ImageObjectsContext, asset: string): string | undefined {
  const { market, locale, launch } = context;
  const launches = [
    ...(launch ? [launch] : []),
    ...market.kits.filter((kit) => kit.listed).flatMap((kit) => kit.launches),
  ];
  for (const candidate of launches) {
    const original = candidate.originals.find((o) => o.asset === asset);
    if (original) return paths.original(original, locale);
  }
  return undefined;
}

/**
 * JSON for a `<script type="application/ld+json">`: the script element ends at the first
 * `</script` whatever the JSON means, and `<!--` changes how the parser reads on, so `<`, `>`
 * and `&` (and the line separators old parsers took for line ends) are written as `\u` escapes,
 * which every JSON reader turns back into the same characters.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
