import { localeChain } from "../../i18n/locale-chain.ts";
import { localeDirection } from "../../i18n/text-direction.ts";
import type { SiteData, SiteLabel, SiteMarket } from "../site-data.ts";

/**
 * The names around a page's content, read from the labels the pipeline wrote for every page
 * locale (src/site/stage/site-labels.ts), and the `lang`/`dir` a run needs when it is not in the
 * page's language.
 */

/** The market's name in `locale`; the house's own name when the data has none for it. */
export function marketName(data: SiteData, market: SiteMarket, locale: string): SiteLabel {
  return data.labels.markets[market.id]?.[locale] ?? { text: market.name, lang: "und", dir: "ltr" };
}

/** The market's name in its own language: its first locale's, as the chooser lists it. */
export function marketAutonym(data: SiteData, market: SiteMarket): SiteLabel {
  return marketName(data, market, market.locales[0]?.locale ?? "");
}

/** The audience's name in `locale`; `fallback` (the kit's own name) when the data has none. */
export function audienceName(
  data: SiteData,
  audience: string,
  locale: string,
  fallback: string,
): SiteLabel {
  return (
    data.labels.audiences[audience]?.[locale]?.name ?? { text: fallback, lang: "und", dir: "ltr" }
  );
}

export function audienceDescription(
  data: SiteData,
  audience: string,
  locale: string,
): SiteLabel | undefined {
  return data.labels.audiences[audience]?.[locale]?.description;
}

/** A channel's platform and placement names in `locale`; `fallback` when the data has none. */
export function channelName(
  data: SiteData,
  channel: string,
  locale: string,
  fallback: string,
): { platform: SiteLabel; placement?: SiteLabel | undefined } {
  return (
    data.labels.channels[channel]?.[locale] ?? {
      platform: { text: fallback, lang: "und", dir: "ltr" },
    }
  );
}

/** The page a run of text sits in: its locale and direction. */
export interface PageLanguage {
  locale: string;
  dir: "ltr" | "rtl";
}

/**
 * `lang` for a label in another language than the page's (a name that fell back), and `dir` when
 * its direction differs too; nothing when it is in the page's language.
 */
export function labelAttributes(
  label: Pick<SiteLabel, "lang" | "dir">,
  page: PageLanguage,
): { lang?: string; dir?: "ltr" | "rtl" } {
  if (label.lang === page.locale || localeChain(page.locale).includes(label.lang)) return {};
  return label.dir === page.dir ? { lang: label.lang } : { lang: label.lang, dir: label.dir };
}

/** The same for a text known only by its locale (an image's alt text). */
export function localeAttributes(
  locale: string | undefined,
  page: PageLanguage,
): { lang?: string; dir?: "ltr" | "rtl" } {
  if (!locale) return {};
  return labelAttributes({ lang: locale, dir: localeDirection(locale) }, page);
}
