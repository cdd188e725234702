import type { Catalog } from "../model/catalog.ts";
import { buildCaption, captionFiles } from "../render/captions/index.ts";
import { disclosureLines } from "../text/disclosure-lines.ts";
import type { CaptionWriter, KitCaption } from "./assemble-kits.ts";

/**
 * Captions for the kits: the caption engine on the entry's text in the plan's locale, with the
 * credits of the images that were published. Pure and cheap, so captions are never cached: a
 * changed caption never touches an image.
 */
export function writeCaptions(catalog: Catalog): CaptionWriter {
  const assets = new Map(catalog.assets.map((asset) => [asset.id, asset]));
  const markets = new Map(catalog.markets.map((market) => [market.id, market]));
  const audiences = new Map(catalog.audiences.map((audience) => [audience.id, audience]));
  const capsules = new Map(
    catalog.entries.flatMap((e) => (e.type === "capsule" ? [[e.slug, e] as const] : [])),
  );

  // Of the audience only its partnership changes a caption (its disclosure line): one caption
  // serves every audience of a market with the same partnership.
  const made = new Map<string, KitCaption | undefined>();
  return (entry, decision, spec, link) => {
    const images = decision.assets.filter((a) => a.included).map((a) => a.asset);
    const key = JSON.stringify([
      audiences.get(decision.audience)?.partnership,
      decision.market,
      entry.type,
      entry.slug,
      decision.locale?.locale,
      spec.id,
      images,
      link,
    ]);
    if (!made.has(key)) made.set(key, write(entry, decision, spec, link));
    return made.get(key);
  };

  function write(
    ...[entry, decision, spec, link]: Parameters<CaptionWriter>
  ): KitCaption | undefined {
    const locale = decision.locale;
    const market = markets.get(decision.market);
    const text = locale ? entry.text[locale.locale] : undefined;
    if (!locale || !market || !text) return undefined;
    const capsule =
      entry.type === "capsule"
        ? entry
        : entry.type === "product" && entry.data.capsule
          ? capsules.get(entry.data.capsule)
          : undefined;
    const images = decision.assets
      .filter((a) => a.included)
      .flatMap((a) => assets.get(a.asset) ?? []);
    const audience = audiences.get(decision.audience);
    const disclosure = audience
      ? disclosureLines(
          market.disclosure,
          {
            partnership: audience.partnership,
            channel: spec.id,
            retouched: images.some((asset) => asset.retouchedPerson),
          },
          locale.locale,
        )
      : undefined;
    const caption = buildCaption({
      text,
      locale,
      brand: catalog.brand,
      market,
      capsule: capsule?.type === "capsule" ? capsule.data : undefined,
      images,
      rules: spec.text,
      disclosure,
      link,
    });
    if (!caption) return undefined;
    const { json } = captionFiles(caption);
    return { ...json, warnings: caption.warnings.map((w) => `${w.code}: ${w.message}`) };
  }
}
