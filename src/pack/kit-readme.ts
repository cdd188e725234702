import type { ChannelSpec } from "../channels/channel-spec.ts";
import type { Asset } from "../model/asset.ts";
import type { Audience } from "../model/audience.ts";
import type { Brand } from "../model/brand.ts";
import { type Entry, entryTitle } from "../model/entries.ts";
import type { Market } from "../model/market.ts";
import { publishMomentOf } from "../plan/eligibility.ts";
import type { KitPlan } from "../plan/plan-kits.ts";
import { resolveMoment, type Temporal } from "../time/moment.ts";
import { articleStrings } from "./article-strings.ts";
import { readmeStrings } from "./kit-readme-strings.ts";
import type { KitFile } from "./manifest-types.ts";
import type { WrittenArticle } from "./write-articles.ts";

/** Names of markets, audiences and placements in a locale (src/i18n when a house has them). */
export interface KitLabels {
  market(market: Market, locale: string): string;
  audience(audience: Audience, locale: string): string;
  placement(spec: ChannelSpec, locale: string): string;
}

export const plainLabels: KitLabels = {
  market: (market) => market.name,
  audience: (audience) => audience.name,
  placement: (spec) => spec.name,
};

export interface KitReadmeInput {
  brand: Brand;
  audience: Audience;
  market: Market;
  kit: KitPlan;
  entries: readonly Entry[];
  sections: {
    spec: ChannelSpec;
    items: {
      entry: Entry;
      images: { name: string; asset: Asset }[];
      caption?: string | undefined;
    }[];
  }[];
  originals: readonly KitFile[];
  /** A story's articles for long-form editors (WeChat, Naver Blog), when the kit has them. */
  articles?: readonly WrittenArticle[];
  assets: ReadonlyMap<string, Asset>;
  /** Assets whose credit did not fit a caption of the kit. */
  creditsMoved: ReadonlySet<string>;
  labels?: KitLabels;
}

/**
 * The kit's README.txt, in the kit's language: what is in it, the rules of use, and for every
 * entry and image its dates and credit — every moment in the market's own time zone and words,
 * as the person posting lives it.
 */
export function kitReadme(input: KitReadmeInput): string {
  const { brand, audience, market, kit } = input;
  const locale = kit.locale.locale;
  const t = readmeStrings(locale);
  const labels = input.labels ?? plainLabels;
  const marketName = labels.market(market, locale);
  const audienceName = labels.audience(audience, locale);
  const when = (moment: string) => formatWhen(resolveMoment(moment, market.timeZone), locale);
  const title = (entry: Entry) => entryTitle(entry, locale) ?? entry.slug;
  const launch = input.entries[0];
  const lines = [
    t.title(brand.name, launch ? title(launch) : kit.launch.slug, audienceName, marketName),
    "",
    t.layout,
    t.images,
    t.captions,
    "",
    t.rightsHeading,
    ...t.rights(t.usage[audience.usage], marketName),
    t.timeZone(market.timeZone, marketName),
  ];
  for (const entry of input.entries) {
    lines.push("", `${title(entry)} (${entry.type}/${entry.slug})`);
    const publish = publishMomentOf(entry, market);
    if (publish) lines.push(`  ${t.published(when(publish))}`);
    if (entry.data.unpublishAt) lines.push(`  ${t.withdrawn(when(entry.data.unpublishAt))}`);
  }
  for (const { spec, items } of input.sections) {
    const size =
      spec.image.size.fit === "exact"
        ? `${spec.image.size.width}×${spec.image.size.height} ${spec.image.format.toUpperCase()}`
        : `${spec.image.size.width} px ${spec.image.format.toUpperCase()}`;
    lines.push("", `${spec.id}/ — ${t.placementHeading(labels.placement(spec, locale), size)}`);
    if (!spec.text.caption) lines.push(`  ${t.noCaption}`);
    for (const item of items) {
      if (item.caption) lines.push(`  ${t.captionFile(item.caption)}`);
      for (const { name, asset } of item.images) lines.push(`  ${name} (${asset.id})`);
    }
  }
  for (const article of input.articles ?? []) {
    const a = articleStrings(locale);
    lines.push("", article.heading);
    for (const line of a.howTo(article.article, article.fields, article.imagesFolder))
      lines.push(`  ${line}`);
    if (article.covers.length > 0) {
      lines.push(`  ${a.covers}`);
      for (const cover of article.covers) lines.push(`    ${a.coverFile(cover.name, cover.crop)}`);
    }
  }
  if (input.originals.length > 0) {
    lines.push("", t.originalsHeading, t.originalsText);
    for (const file of input.originals) {
      const size = file.width && file.height ? ` — ${t.pixels(file.width, file.height)}` : "";
      lines.push(`  ${file.name}${size}`);
    }
  }
  // Each image's credit and licence once, whatever the number of placements that show it.
  const shown = new Map<string, Asset>();
  for (const { items } of input.sections)
    for (const item of items) for (const { asset } of item.images) shown.set(asset.id, asset);
  lines.push("", t.creditsHeading);
  for (const asset of shown.values()) {
    const licence = asset.licence.url
      ? `${asset.licence.name} (${asset.licence.url})`
      : asset.licence.name;
    lines.push(`  ${t.credit(asset.id, creditText(asset), licence)}`);
    if (asset.licence.expires) lines.push(`    ${t.expires(when(asset.licence.expires))}`);
  }
  if (input.creditsMoved.size > 0) {
    lines.push("", t.creditMoved);
    for (const id of input.creditsMoved) {
      const asset = input.assets.get(id);
      if (asset) lines.push(`  ${asset.id}: ${creditText(asset)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function creditText(asset: Asset): string {
  const year = asset.credit.year === undefined ? "" : ` ${asset.credit.year}`;
  return `© ${asset.credit.creator}${year}`;
}

/** A moment as the market reads it, in the kit's language: `2 décembre 2026 à 10:00`. */
export function formatWhen(moment: Temporal.ZonedDateTime, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: moment.timeZoneId,
  }).format(new Date(Number(moment.epochMilliseconds)));
}
