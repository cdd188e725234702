import type { AssetData } from "../../model/asset.ts";
import { type Usage, usageSchema } from "../../model/audience.ts";
import type { Brand } from "../../model/brand.ts";
import type { CapsuleData, CapsuleText, ProductText, StoryText } from "../../model/entries.ts";
import { localeDirection, type MarketData, type TextDirection } from "../../model/market.ts";
import { localizedMap } from "../localized/read-localized.ts";
import { refsOf } from "./fetch-context.ts";

/**
 * Sanity documents read into the model's shapes, as far as the Studio's rules need them. The
 * reading is lenient: a field the editor has not filled yet reads as empty, and the field's own
 * rule reports it, so a half-written document still gets its captions checked.
 */

type Fields = Record<string, unknown>;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
const text = (value: unknown): string | undefined =>
  typeof value === "string" ? value : undefined;

export type CaptionBrand = Pick<
  Brand,
  "name" | "defaultLocale" | "hashtags" | "creditLine" | "legalLines"
>;

export function brandOf(document: Fields | null, defaultLocale: string): CaptionBrand {
  return {
    name: text(document?.name) ?? "",
    defaultLocale: text(document?.defaultLocale) ?? defaultLocale,
    hashtags: strings(document?.hashtags),
    creditLine: localizedMap<string>(document?.creditLine),
    legalLines: localizedMap<string[]>(document?.legalLines),
  };
}

/** A market as the rules use it: its document id and slug beside the model's fields. */
export interface StudioMarket
  extends Pick<MarketData, "locales" | "timeZone" | "channels" | "hashtags" | "legalLines"> {
  documentId: string;
  /** The slug, or the document id while it has none. */
  id: string;
  name: string;
  directionOf: (locale: string) => TextDirection;
}

export function marketOf(document: Fields & { _id: string }): StudioMarket {
  const directions = localizedMap<TextDirection>(document.directions);
  return {
    documentId: document._id,
    id: text(document.id) ?? document._id,
    name: text(document.name) ?? text(document.id) ?? document._id,
    locales: strings(document.locales),
    timeZone: text(document.timeZone) ?? "",
    channels: strings(document.channels),
    hashtags: strings(document.hashtags),
    legalLines: localizedMap<string[]>(document.legalLines),
    directionOf: (locale) => directions[locale] ?? localeDirection(locale),
  };
}

/**
 * What a caption and the licence rules read of an asset: the model's credit and licence, with
 * market document ids in the licence's territories.
 */
export interface StudioAsset extends Pick<AssetData, "credit" | "licence"> {
  documentId: string;
}

export function assetOf(document: Fields & { _id: string }): StudioAsset {
  const credit = (document.credit ?? {}) as Fields;
  const licence = (document.licence ?? {}) as Fields;
  const territories = (licence.territories ?? {}) as Fields;
  const year = credit.year;
  return {
    documentId: document._id,
    credit: {
      creator: text(credit.creator) ?? "",
      ...(typeof year === "number" ? { year } : {}),
    },
    licence: {
      name: text(licence.name) ?? "",
      ...(text(licence.expires) === undefined ? {} : { expires: text(licence.expires) }),
      territories: {
        ...(territories.allow === undefined ? {} : { allow: refsOf(territories.allow) }),
        exclude: refsOf(territories.exclude),
      },
      usage: strings(licence.usage).filter(
        (usage): usage is Usage => usageSchema.safeParse(usage).success,
      ),
    },
  };
}

export type CaptionCapsule = Pick<CapsuleData, "hashtags" | "campaignHandle">;

export function capsuleOf(document: Fields | null): CaptionCapsule | undefined {
  if (!document) return undefined;
  return { hashtags: strings(document.hashtags), campaignHandle: text(document.campaignHandle) };
}

export type EntryText = StoryText | CapsuleText | ProductText;

/**
 * The entry's text per locale, as the Markdown source gives it: one object per locale that has
 * any localized field, holding that locale's values.
 */
export function entryTextsOf(document: Fields, fields: readonly string[]): Record<string, Fields> {
  const texts: Record<string, Fields> = {};
  for (const field of fields) {
    for (const [locale, value] of Object.entries(localizedMap(document[field]))) {
      texts[locale] ??= {};
      (texts[locale] as Fields)[field] = value;
    }
  }
  return texts;
}
