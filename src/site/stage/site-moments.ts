import type { ChannelSpec } from "../../channels/channel-spec.ts";
import type { KitFile, KitManifest } from "../../pack/manifest-types.ts";
import type { MomentSheet } from "../../pack/moment-sheet.ts";
import type { SiteKitFile, SiteKitImage, SiteMomentKit } from "../site-data.ts";

export interface SiteMomentsInput {
  /** The manifest's live-shopping kits of one audience in one market. */
  moments: readonly KitManifest[];
  sheets: ReadonlyMap<string, MomentSheet>;
  texts: ReadonlyMap<string, string>;
  channels: ReadonlyMap<string, ChannelSpec>;
  /** The kit's folder on the site (`kitPaths(…).kit`). */
  pathOf: (kit: KitManifest) => string;
  publish: (file: KitFile) => SiteKitFile;
  image: (file: KitFile) => SiteKitImage;
}

/**
 * The audience's live-shopping kits in a market, soonest session first: each file of the kit
 * published once, each text as its file holds it. A kit whose sheet or README is missing is
 * left out rather than shown in part.
 */
export function siteMoments(input: SiteMomentsInput): SiteMomentKit[] {
  const found = input.moments.flatMap((kit): SiteMomentKit[] => {
    const sheet = input.sheets.get(kit.id);
    const readmeFile = kit.files.find((f) => f.kind === "readme");
    if (!sheet || !readmeFile) return [];
    const byName = new Map(kit.files.map((f) => [f.name, f]));
    const imageNamed = (name: string | undefined) => {
      const file = name === undefined ? undefined : byName.get(name);
      return file ? input.image(file) : undefined;
    };
    const textNamed = (name: string) => {
      const file = byName.get(name);
      return file
        ? { ...input.publish(file), text: (input.texts.get(file.path) ?? "").replace(/\n$/, "") }
        : undefined;
    };
    const readme = textNamed(readmeFile.name);
    const points = byName.get(sheet.talkingPoints.file);
    const disclosure = textNamed(sheet.disclosure.file);
    if (!readme || !points || !disclosure) return [];
    const covers = sheet.covers.flatMap((cover) => {
      const image = imageNamed(cover.file);
      return image
        ? [{ ...cover, platform: cover.channel.split("/")[0] ?? cover.channel, image }]
        : [];
    });
    const frames = sheet.frames.flatMap((frame) => {
      const sticker = textNamed(frame.sticker.file);
      if (!sticker) return [];
      return [
        {
          step: frame.step,
          postAt: frame.postAt,
          when: frame.when,
          sticker,
          image: imageNamed(frame.file),
        },
      ];
    });
    const products = sheet.products.flatMap((product) => {
      const card = byName.get(product.card);
      if (!card) return [];
      const { file, card: _name, ...shown } = product;
      return [{ ...shown, card: input.publish(card), image: imageNamed(file) }];
    });
    return [
      {
        id: kit.id,
        moment: kit.launch.replace(/^moment\//, ""),
        title: sheet.title,
        locale: sheet.locale,
        direction: sheet.direction,
        path: input.pathOf(kit),
        name: kit.name,
        start: sheet.start,
        end: sheet.end,
        when: sheet.when,
        host: sheet.host,
        readme,
        covers,
        frames,
        products,
        talkingPoints: { ...input.publish(points), lines: sheet.talkingPoints.lines },
        disclosure,
        files: kit.files.length,
        bytes: kit.files.reduce((sum, f) => sum + f.bytes, 0),
        preview: covers[0]?.image,
      },
    ];
  });
  return found.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : 1));
}
