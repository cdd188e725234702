import type { ChannelSpec } from "../channels/channel-spec.ts";
import type { Asset } from "../model/asset.ts";
import type { Audience } from "../model/audience.ts";
import type { Brand } from "../model/brand.ts";
import type { Entry } from "../model/entries.ts";
import { entryTitle } from "../model/entries.ts";
import type { Market } from "../model/market.ts";
import { publishMomentOf } from "../plan/eligibility.ts";
import { formatLocal, resolveMoment } from "../time/moment.ts";

export interface ReadmeEntry {
  entry: Entry;
  locale: string;
  images: { path: string; asset: Asset }[];
}

export interface ReadmeInput {
  brand: Brand;
  audience: Audience;
  market: Market;
  spec: ChannelSpec;
  entries: readonly ReadmeEntry[];
}

/**
 * The pack's README.txt: what is in it, the rules of use, and for every entry and image its dates
 * and credit — every moment in the market's own time zone, as the person posting lives it.
 */
export function packReadme({ brand, audience, market, spec, entries }: ReadmeInput): string {
  const size =
    spec.image.size.fit === "exact"
      ? `${spec.image.size.width}×${spec.image.size.height}`
      : `${spec.image.size.width} px wide`;
  const lines = [
    `${brand.name} — ${audience.name} pack for ${market.name} (${market.id}) — ${spec.name} (${spec.id})`,
    "",
    `Images: ${size} ${spec.image.format.toUpperCase()}, sRGB, each at most ${spec.image.maxBytes.toLocaleString("en")} bytes, ready to post as they are.`,
    spec.text.caption
      ? `Captions: caption.<locale>.txt beside each entry's images, within ${spec.text.caption.max.toLocaleString("en")} (${spec.text.caption.counting}).`
      : "Captions: this placement carries no caption.",
    "",
    "Usage rights",
    `- For ${audience.usage} use in ${market.name} only, on ${spec.id}, by ${audience.name.toLowerCase()}.`,
    "- Keep each image's credit with it: it is listed below and in the file's metadata (XMP), and in the caption wherever the platform's limit leaves room for it.",
    "- Do not use an image after its licence expires (dates below), or an entry before it is published.",
    `- Times are ${market.timeZone} (${market.name}).`,
  ];
  for (const { entry, locale, images } of entries) {
    lines.push(
      "",
      `${entry.type} ${entry.slug}: ${entryTitle(entry, locale) ?? entry.slug} (${locale})`,
    );
    const publish = publishMomentOf(entry, market);
    if (publish)
      lines.push(`  published from ${formatLocal(resolveMoment(publish, market.timeZone))}`);
    if (entry.data.unpublishAt)
      lines.push(
        `  withdrawn from ${formatLocal(resolveMoment(entry.data.unpublishAt, market.timeZone))}`,
      );
    for (const { path, asset } of images) {
      const year = asset.credit.year === undefined ? "" : `, ${asset.credit.year}`;
      const licence = asset.licence.url
        ? `${asset.licence.name} (${asset.licence.url})`
        : asset.licence.name;
      lines.push(`  ${path}: © ${asset.credit.creator}${year}; licence ${licence}`);
      if (asset.licence.expires) {
        lines.push(
          `    licence expires ${formatLocal(resolveMoment(asset.licence.expires, market.timeZone))}`,
        );
      }
    }
  }
  return `${lines.join("\n")}\n`;
}
