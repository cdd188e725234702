import type { ChannelSpec } from "../channels/channel-spec.ts";
import { audienceName } from "../i18n/audience-names.ts";
import { placementName, platformName } from "../i18n/channel-names.ts";
import { marketName } from "../i18n/market-names.ts";
import type { KitLabels } from "./kit-readme.ts";

/**
 * A kit's names in the kit's language, from src/i18n: the market (日本), the audience (プレス)
 * and each placement with its platform (Instagram · フィード（縦 4:5）). A channel a house added
 * keeps its record's name. For what is written in the kit's language, its README; a page names
 * things in its own language, from the site data's labels.
 */
export function kitLabels(defaultLocale: string): KitLabels {
  return {
    market: (market, locale) => marketName(market, locale, { nameLocale: defaultLocale }),
    audience: (audience, locale) => audienceName(audience, locale),
    placement: (spec: ChannelSpec, locale) => {
      const platform = platformName(spec.id, locale);
      const placement = placementName(spec.id, locale);
      return platform && placement ? `${platform} · ${placement}` : spec.name;
    },
  };
}
