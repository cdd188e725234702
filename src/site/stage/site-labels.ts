import type { ChannelSpec } from "../../channels/channel-spec.ts";
import { audienceDescriptionLabel, audienceLabel } from "../../i18n/audience-names.ts";
import { placementLabel, platformLabel } from "../../i18n/channel-names.ts";
import { eraName } from "../../i18n/era-names.ts";
import type { Label } from "../../i18n/locale-chain.ts";
import { marketLabel } from "../../i18n/market-names.ts";
import { localeDirection } from "../../i18n/text-direction.ts";
import type { Audience } from "../../model/audience.ts";
import type { Entry } from "../../model/entries.ts";
import type { Market } from "../../model/market.ts";
import type { SiteLabel, SiteLabels } from "../site-data.ts";

export interface SiteLabelsInput {
  /** The markets the site shows: every locale of theirs is a page locale. */
  markets: readonly Market[];
  audiences: readonly Audience[];
  channels: ReadonlyMap<string, ChannelSpec>;
  /** The brand's default locale, the one a market's `name` is written in. */
  defaultLocale: string;
  /** Other page locales: the ambassadors' pages' own, where no market speaks it. */
  extraLocales?: readonly string[];
}

/**
 * The names the site shows around its content, in every page locale: each market's (in every
 * locale, since the chooser and the 404 page name each market in its own language), each
 * audience's, and each placement's the markets use.
 */
export function siteLabels(input: SiteLabelsInput): SiteLabels {
  const locales = [
    ...new Set([
      ...input.markets.flatMap((market) => market.locales),
      ...(input.extraLocales ?? []),
    ]),
  ];
  const each = <T>(label: (locale: string) => T): Record<string, T> =>
    Object.fromEntries(locales.map((locale) => [locale, label(locale)]));
  const channelIds = [...new Set(input.markets.flatMap((market) => market.channels))].sort();
  return {
    markets: Object.fromEntries(
      input.markets.map((market) => [
        market.id,
        each((locale) =>
          siteLabel(marketLabel(market, locale, { nameLocale: input.defaultLocale })),
        ),
      ]),
    ),
    audiences: Object.fromEntries(
      input.audiences.map((audience) => [
        audience.id,
        each((locale) => {
          const description = audienceDescriptionLabel(audience, locale);
          return {
            name: siteLabel(audienceLabel(audience, locale)),
            ...(description ? { description: siteLabel(description) } : {}),
          };
        }),
      ]),
    ),
    channels: Object.fromEntries(
      channelIds.map((id) => [
        id,
        each((locale) => {
          const platform = platformLabel(id, locale);
          const placement = placementLabel(id, locale);
          if (!platform || !placement) {
            return {
              platform: siteLabel({ text: input.channels.get(id)?.name ?? id, locale: "und" }),
            };
          }
          return { platform: siteLabel(platform), placement: siteLabel(placement) };
        }),
      ]),
    ),
  };
}

/** A story's era for each page locale of a market whose own chain has one. */
export function siteEras(entry: Entry, market: Market): Record<string, string> | undefined {
  if (entry.type !== "story") return undefined;
  const eras = Object.fromEntries(
    market.locales.flatMap((locale) => {
      const era = eraName(entry, locale);
      return era === undefined ? [] : [[locale, era]];
    }),
  );
  return Object.keys(eras).length > 0 ? eras : undefined;
}

function siteLabel({ text, locale }: Label): SiteLabel {
  return { text, lang: locale, dir: localeDirection(locale) };
}
