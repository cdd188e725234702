import { type LabelTable, TABLE_FALLBACK_LOCALE } from "./label-locales.ts";
import { type Label, pickLocalized } from "./locale-chain.ts";
import { PLACEMENT_NAMES } from "./placement-names.ts";
import { PLATFORM_NAMES } from "./platform-names.ts";

/**
 * Names of the channel library's platforms and placements in a reader's language. A channel a
 * house added in its config has no name here: these give undefined, and the caller shows the
 * channel record's own `name`.
 */

/** The platform's name in `locale`; takes a platform id (`wechat`) or a channel id (`wechat/…`). */
export function platformLabel(platformOrChannel: string, locale: string): Label | undefined {
  const [platform = ""] = platformOrChannel.split("/");
  return fromTable(PLATFORM_NAMES, platform, locale);
}

export function platformName(platformOrChannel: string, locale: string): string | undefined {
  return platformLabel(platformOrChannel, locale)?.text;
}

/** The placement's name in `locale`, without the platform's: `instagram/story` → "Story 9:16". */
export function placementLabel(channelId: string, locale: string): Label | undefined {
  return fromTable(PLACEMENT_NAMES, channelId, locale);
}

export function placementName(channelId: string, locale: string): string | undefined {
  return placementLabel(channelId, locale)?.text;
}

/** Through the locale's chain, then English, which every row has. */
function fromTable(table: LabelTable, id: string, locale: string): Label | undefined {
  const row = Object.hasOwn(table, id) ? table[id] : undefined;
  if (!row) return undefined;
  return (
    pickLocalized(row, locale) ?? {
      text: row[TABLE_FALLBACK_LOCALE],
      locale: TABLE_FALLBACK_LOCALE,
    }
  );
}
