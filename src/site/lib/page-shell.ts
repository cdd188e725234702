import type {
  SiteAmbassador,
  SiteData,
  SiteEntry,
  SiteImage,
  SiteKit,
  SiteKitOriginal,
  SiteLaunchKit,
  SiteMarket,
  SiteMomentKit,
} from "../site-data.ts";
import { autonym, uiStrings } from "./i18n.ts";
import { kitStrings } from "./kit-strings.ts";
import { audienceName, labelAttributes, marketName, type PageLanguage } from "./labels.ts";
import { markdownToText, truncateText } from "./markdown.ts";
import { momentPageStrings } from "./moment-strings.ts";
import { personalStrings } from "./personal-strings.ts";
import {
  type Alternate,
  absoluteUrl,
  alternates,
  FEED_FORMATS,
  type FeedFormat,
  type ListedType,
  listedKits,
  marketLocale,
  paths,
  safeExternalHref,
  textOf,
} from "./site-pages.ts";

/**
 * Everything around a page's content: the `<head>` (title, description, canonical URL, hreflang
 * alternates, feeds, Open Graph and Twitter cards, robots) and the header and footer navigation.
 */
export interface PageShell {
  lang: string;
  dir: "ltr" | "rtl";
  title: string;
  description: string;
  /** Absent on the 404 page, which stands for no URL of its own. */
  canonical?: string | undefined;
  alternates: Alternate[];
  xDefault: string;
  /** Unlisted pages: kept out of search engines and sent without a referrer. */
  unlisted: boolean;
  feeds: { type: string; name: string; title: string; href: string }[];
  og: {
    type: "website" | "article";
    siteName: string;
    locale: string;
    localeAlternates: string[];
    image?: { url: string; alt: string } | undefined;
    publishedTime?: string | undefined;
  };
  nav: {
    skipToContent: string;
    brand: string;
    brandHref: string;
    /** The market, named in the page's language. */
    context?: Run | undefined;
    siteLabel: string;
    links: NavLink[];
    languageLabel: string;
    languages: (NavLink & { lang: string; dir: "ltr" | "rtl" })[];
    follow: string;
    brandWebsite?: string | undefined;
  };
}

export interface NavLink {
  href: string;
  /**
   * The link's text; where it names an audience (a kit's link), in three parts, so the name can
   * carry its own `lang` when it is not in the page's language.
   */
  label: string | [string, Run, string];
  current: boolean;
}

/** A run of text, with `lang` and `dir` when it is not in the page's language. */
export interface Run {
  text: string;
  lang?: string | undefined;
  dir?: "ltr" | "rtl" | undefined;
}

function run(label: { text: string; lang: string; dir: "ltr" | "rtl" }, page: PageLanguage): Run {
  return { text: label.text, ...labelAttributes(label, page) };
}

/** A sentence around a name (`Kit · {name}`, `{name}向けキット`), cut where the name goes. */
export function around(sentence: (name: string) => string): [string, string] {
  const [before = "", after = ""] = sentence("\u0000").split("\u0000");
  return [before, after];
}

/** Open Graph's locale form: `fr_FR` for the hreflang `fr-FR`. */
function ogLocale(hreflang: string): string {
  const tag = new Intl.Locale(hreflang);
  return tag.region ? `${tag.language}_${tag.region}` : tag.language;
}

function ogImage(data: SiteData, image: SiteImage | undefined, locale: string) {
  return image
    ? { url: absoluteUrl(data.site, image.og), alt: image.alt[locale] ?? "" }
    : undefined;
}

type MarketPage =
  | { kind: "home" }
  | { kind: "entry"; entry: SiteEntry & { type: ListedType } }
  | { kind: "kit"; kit: SiteKit }
  | { kind: "launch"; kit: SiteKit; launch: SiteLaunchKit }
  | { kind: "moment"; kit: SiteKit; moment: SiteMomentKit }
  | { kind: "original"; kit: SiteKit; launch: SiteLaunchKit; original: SiteKitOriginal };

/** The shell of a page that belongs to a market and a locale. */
export function marketShell(
  data: SiteData,
  market: SiteMarket,
  locale: string,
  page: MarketPage,
): PageShell {
  const t = uiStrings(locale);
  const k = kitStrings(locale);
  const { direction, hreflang } = marketLocale(market, locale);
  const language = { locale, dir: direction };
  const name = marketName(data, market, locale);
  const kitName = (kit: SiteKit) => audienceName(data, kit.audience, locale, kit.audienceName);
  const pathFor = (l: string): string => {
    switch (page.kind) {
      case "home":
        return paths.home(market.id, l);
      case "entry":
        return paths.entry(market.id, l, page.entry);
      case "kit":
        return paths.kit(page.kit, l);
      case "launch":
        return paths.launch(page.launch, l);
      case "moment":
        return paths.launch(page.moment, l);
      case "original":
        return paths.original(page.original, l);
    }
  };
  const unlisted = page.kind !== "home" && page.kind !== "entry" && !page.kit.listed;
  const pageAlternates =
    page.kind === "home"
      ? alternates(data, { kind: "home" })
      : page.kind === "entry"
        ? alternates(data, { kind: "entry", type: page.entry.type, slug: page.entry.slug })
        : page.kind === "kit"
          ? alternates(data, { kind: "kit", market: market.id, kit: page.kit })
          : page.kind === "moment"
            ? alternates(data, { kind: "moment", market: market.id, moment: page.moment })
            : alternates(data, {
                kind: "launch",
                market: market.id,
                kit: page.kit,
                launch: page.launch,
                ...(page.kind === "original" ? { original: page.original } : {}),
              });
  const firstImage =
    page.kind === "entry"
      ? page.entry.images[0]
      : market.entries.find((e) => e.type !== "product" && e.images[0])?.images[0];

  let title: string;
  let description: string;
  if (page.kind === "entry") {
    const text = textOf(page.entry, locale);
    title = `${text.title} — ${data.brand.name}`;
    description = text.dek ?? truncateText(markdownToText(text.body), 160, text.locale);
  } else if (page.kind === "kit") {
    title = `${k.kitFor(kitName(page.kit).text)} — ${data.brand.name} · ${name.text}`;
    description = k.kitsIntro;
  } else if (page.kind === "launch") {
    title = `${page.launch.title} · ${k.kitFor(kitName(page.kit).text)} — ${data.brand.name}`;
    description = k.kitIntro;
  } else if (page.kind === "moment") {
    title = `${page.moment.title} · ${k.kitFor(kitName(page.kit).text)} — ${data.brand.name}`;
    description = momentPageStrings(locale).momentIntro;
  } else if (page.kind === "original") {
    title = `${page.original.alt[locale] || page.original.asset} · ${page.launch.title} — ${data.brand.name}`;
    description = `${k.imageDetails} · ${page.original.credit}`;
  } else {
    title = `${data.brand.name} — ${name.text}`;
    description = `${t.latest} · ${data.brand.name} · ${name.text}`;
  }

  const home = paths.home(market.id, locale);
  const current = pathFor(locale);
  return {
    lang: locale,
    dir: direction,
    title,
    description,
    canonical: absoluteUrl(data.site, current),
    alternates: pageAlternates,
    xDefault: absoluteUrl(data.site, paths.chooser()),
    unlisted,
    feeds: (Object.keys(FEED_FORMATS) as FeedFormat[]).map((format) => ({
      type: FEED_FORMATS[format].type,
      name: FEED_FORMATS[format].name,
      title: `${data.brand.name} — ${name.text} (${FEED_FORMATS[format].name})`,
      href: paths.feed(market.id, locale, format),
    })),
    og: {
      type: page.kind === "entry" ? "article" : "website",
      siteName: data.brand.name,
      locale: ogLocale(hreflang),
      localeAlternates: pageAlternates
        .filter((a) => a.hreflang !== hreflang)
        .map((a) => ogLocale(a.hreflang))
        .filter((l, i, all) => all.indexOf(l) === i && l !== ogLocale(hreflang)),
      image: ogImage(data, firstImage, locale),
      publishedTime: page.kind === "entry" ? page.entry.publishedAt || undefined : undefined,
    },
    nav: {
      skipToContent: t.skipToContent,
      brand: data.brand.name,
      brandHref: home,
      context: run(name, language),
      siteLabel: t.siteNavigation,
      links: [
        { href: home, label: t.home, current: current === home },
        ...listedKits(market).map((kit): NavLink => {
          const [before, after] = around(k.kitFor);
          return {
            href: paths.kit(kit, locale),
            label: [before, run(kitName(kit), language), after],
            current: current === paths.kit(kit, locale),
          };
        }),
        { href: paths.chooser(), label: t.allMarkets, current: false },
      ],
      languageLabel: t.languageNavigation,
      languages: market.locales
        .filter(({ locale: l }) => page.kind !== "entry" || page.entry.text[l])
        .map(({ locale: l, direction: dir }) => ({
          href: pathFor(l),
          label: autonym(l),
          current: l === locale,
          lang: l,
          dir,
        })),
      follow: t.follow,
      brandWebsite: safeExternalHref(data.brand.website),
    },
  };
}

/**
 * The language of pages that belong to no market (the chooser, the 404 page): the locale the most
 * markets have (English, for most houses), the first market's first locale breaking a tie.
 */
export function sharedLocale(data: SiteData): SiteMarket["locales"][number] {
  const all = data.markets.flatMap((market) => market.locales);
  const count = (locale: string) => all.filter((l) => l.locale === locale).length;
  const best = all.reduce<SiteMarket["locales"][number] | undefined>(
    (found, l) => (found && count(found.locale) >= count(l.locale) ? found : l),
    undefined,
  );
  return best ?? { locale: "en", direction: "ltr", hreflang: "en" };
}

/**
 * Pages that belong to no market: the chooser and the 404 page in the locale most markets share,
 * a kit's language chooser in its market's first locale.
 */
export function neutralShell(
  data: SiteData,
  page:
    | { kind: "chooser" }
    | { kind: "not-found" }
    | {
        kind: "kit-chooser";
        market: SiteMarket;
        kit: SiteKit;
        /** A launch's or a live session's kit, when the chooser is its. */
        launch?: Pick<SiteLaunchKit, "path"> | undefined;
      },
): PageShell {
  const first =
    (page.kind === "kit-chooser" ? page.market.locales[0] : undefined) ?? sharedLocale(data);
  const t = uiStrings(first.locale);
  const language = { locale: first.locale, dir: first.direction };
  const market =
    page.kind === "kit-chooser" ? marketName(data, page.market, first.locale) : undefined;
  const kitName =
    page.kind === "kit-chooser"
      ? audienceName(data, page.kit.audience, first.locale, page.kit.audienceName).text
      : "";
  const path =
    page.kind !== "kit-chooser"
      ? paths.chooser()
      : page.launch
        ? paths.launchChooser(page.launch)
        : paths.kitChooser(page.kit);
  const title =
    page.kind === "chooser"
      ? `${data.brand.name} — ${t.chooseMarket}`
      : page.kind === "kit-chooser"
        ? `${kitStrings(first.locale).kitFor(kitName)} — ${data.brand.name} · ${market?.text}`
        : `${t.notFound} — ${data.brand.name}`;
  return {
    lang: first.locale,
    dir: first.direction,
    title,
    description:
      page.kind === "not-found"
        ? t.notFoundText
        : page.kind === "kit-chooser"
          ? kitStrings(first.locale).kitsIntro
          : t.chooserIntro(data.brand.name),
    canonical: page.kind === "not-found" ? undefined : absoluteUrl(data.site, path),
    alternates: page.kind === "chooser" ? alternates(data, { kind: "chooser" }) : [],
    xDefault: absoluteUrl(data.site, paths.chooser()),
    unlisted: page.kind === "kit-chooser" && !page.kit.listed,
    feeds: [],
    og: {
      type: "website",
      siteName: data.brand.name,
      locale: ogLocale(first.hreflang),
      localeAlternates: [],
      // Seen in every market: only the image the pipeline found every market may show, never
      // one market's newest entry (it could be embargoed, or its image licensed, elsewhere).
      image: page.kind === "chooser" ? ogImage(data, data.sharedImage, first.locale) : undefined,
    },
    nav: {
      skipToContent: t.skipToContent,
      brand: data.brand.name,
      brandHref: paths.chooser(),
      context: market && run(market, language),
      siteLabel: t.siteNavigation,
      links: [{ href: paths.chooser(), label: t.allMarkets, current: page.kind === "chooser" }],
      languageLabel: t.languageNavigation,
      languages: [],
      follow: t.follow,
      brandWebsite: safeExternalHref(data.brand.website),
    },
  };
}

/**
 * An ambassador's personal page (their index, or one launch): in their own language, unlisted
 * (no index, no referrer), with no alternates and no link to any other unlisted page.
 */
export function personalShell(
  data: SiteData,
  ambassador: SiteAmbassador,
  launch?: { path: string; title: string } | undefined,
): PageShell {
  const t = uiStrings(ambassador.locale);
  const p = personalStrings(ambassador.locale);
  const path = launch ? launch.path : ambassador.path;
  return {
    lang: ambassador.locale,
    dir: ambassador.direction,
    title: launch
      ? `${launch.title} · ${ambassador.name} — ${data.brand.name}`
      : `${p.yourKits(ambassador.name)} — ${data.brand.name}`,
    description: launch ? p.launchIntro : p.indexIntro,
    canonical: absoluteUrl(data.site, path),
    alternates: [],
    xDefault: absoluteUrl(data.site, paths.chooser()),
    unlisted: true,
    feeds: [],
    og: {
      type: "website",
      siteName: data.brand.name,
      locale: ogLocale(ambassador.locale),
      localeAlternates: [],
    },
    nav: {
      skipToContent: t.skipToContent,
      brand: data.brand.name,
      brandHref: ambassador.path,
      siteLabel: t.siteNavigation,
      links: launch ? [{ href: ambassador.path, label: p.backToKits, current: false }] : [],
      languageLabel: t.languageNavigation,
      languages: [],
      follow: t.follow,
      brandWebsite: safeExternalHref(data.brand.website),
    },
  };
}
