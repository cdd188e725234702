import path from "node:path";
import type { ChannelSpec } from "../../channels/channel-spec.ts";
import type { AmbassadorKit } from "../../pack/ambassador-kits.ts";
import type { AmbassadorPlan } from "../../plan/plan-ambassadors.ts";
import type {
  SiteAmbassador,
  SiteAmbassadorKit,
  SiteKit,
  SiteKitFile,
  SiteKitSection,
  SiteLaunchKit,
  SiteMarket,
} from "../site-data.ts";
import { ambassadorPaths } from "./kit-paths.ts";
import { siteCaption } from "./site-caption.ts";

export interface SiteAmbassadorsInput {
  ambassadors: readonly AmbassadorPlan[];
  ambassadorKits: readonly AmbassadorKit[];
  /** The site's markets, with their kits as every page of the audience shows them. */
  markets: readonly SiteMarket[];
  channels: ReadonlyMap<string, ChannelSpec>;
  texts: ReadonlyMap<string, string>;
  secret: string;
  /** The output folder being written: caption files are placed beside the site's pages from it. */
  outDir: string;
  /** The audience each ambassador receives the kits of. */
  audienceOf: (ambassador: string) => string | undefined;
}

/**
 * The ambassadors' personal pages: for each launch, each of their markets' kits narrowed to their
 * platforms, with their own captions in place of the kit's. Only markets the site shows, and
 * only what the kits' own pages show: the same images, README and files. `files` collects what
 * the site must publish (site URL → file in the output being written).
 */
export function siteAmbassadors(
  input: SiteAmbassadorsInput,
  files: Map<string, string>,
): SiteAmbassador[] {
  const { secret, texts } = input;
  const byKey = new Map(
    input.ambassadorKits.map((kit) => [`${kit.ambassador} ${kit.launch} ${kit.market}`, kit]),
  );
  const publish = (file: { path: string; name: string; bytes: number }): SiteKitFile => {
    const url = `/${file.path}`;
    files.set(url, path.join(input.outDir, file.path));
    return { url, name: file.name, bytes: file.bytes };
  };
  return input.ambassadors.flatMap((ambassador): SiteAmbassador[] => {
    const audience = input.audienceOf(ambassador.id);
    const launches = ambassador.launches.flatMap((planned) => {
      // One file is one image of the page (two markets may share it): described once, in the
      // language of the first kit that shows it, as its licence data describes it.
      const altOf = new Map<string, string>();
      const launchId = `${planned.launch.type}/${planned.launch.slug}`;
      const launchPath = ambassadorPaths(secret, ambassador.id, launchId).launch as string;
      const kits = planned.kits.flatMap((plannedKit): SiteAmbassadorKit[] => {
        const written = byKey.get(`${ambassador.id} ${launchId} ${plannedKit.market}`);
        const market = input.markets.find((m) => m.id === plannedKit.market);
        const siteKit: SiteKit | undefined = market?.kits.find((k) => k.audience === audience);
        const launchKit = siteKit?.launches.find((l) => l.id === plannedKit.kit);
        if (!written || !market || !launchKit) return [];
        const captions = new Map(written.captions.map((c) => [`${c.channel} ${c.entry}`, c]));
        const offered = new Map(written.sections.map((s) => [s.channel, new Set(s.entries)]));
        const sections = launchKit.sections.flatMap((section): SiteKitSection[] => {
          const entries = offered.get(section.channel);
          const spec = input.channels.get(section.channel);
          if (!entries || !spec) return [];
          const items = section.items
            .filter((item) => entries.has(`${item.entry.type}/${item.entry.slug}`))
            .map((item) => ({
              ...item,
              // The page speaks their language; an image is described in its kit's, as its caption.
              images: item.images.map((image) => {
                const alt =
                  altOf.get(image.url) ??
                  image.alt[launchKit.locale] ??
                  image.alt[ambassador.locale] ??
                  "";
                altOf.set(image.url, alt);
                return { ...image, alt: { ...image.alt, [ambassador.locale]: alt } };
              }),
            }))
            .map((item) => {
              const own = captions.get(`${section.channel} ${item.entry.type}/${item.entry.slug}`);
              const text = own ? texts.get(own.path) : undefined;
              if (!own || text === undefined) return { ...item, caption: undefined };
              return {
                ...item,
                caption: siteCaption(
                  publish(own),
                  own,
                  {
                    locale: own.locale,
                    direction:
                      market.locales.find((l) => l.locale === own.locale)?.direction ?? "ltr",
                    text,
                  },
                  spec,
                ),
              };
            });
          return items.length > 0 ? [{ ...section, items }] : [];
        });
        if (sections.length === 0 && written.notOffered.length === 0) return [];
        const platforms = new Set(sections.map((s) => s.platform));
        const articles = launchKit.articles.filter((a) => platforms.has(a.platform));
        const kit: SiteLaunchKit = {
          ...launchKit,
          path: launchPath,
          name: `${launchKit.name}_${ambassador.id}`,
          sections,
          articles,
          originals: [],
          preview: sections[0]?.items[0]?.images[0],
          ...totals(sections, articles, launchKit.readme),
        };
        return [
          {
            market: market.id,
            kit,
            links: written.links.map((link) => ({
              ...link,
              linksClickable: written.sections
                .filter((s) => s.channel.split("/")[0] === link.platform)
                .some((s) => input.channels.get(s.channel)?.text.linksClickable === true),
            })),
            notOffered: written.notOffered.map((held) => ({
              channel: held.channel,
              platform: held.channel.split("/")[0] ?? held.channel,
            })),
          },
        ];
      });
      return kits.length > 0 ? [{ launch: planned.launch, path: launchPath, kits }] : [];
    });
    if (launches.length === 0) return [];
    return [
      {
        name: ambassador.name,
        locale: ambassador.locale,
        direction: ambassador.direction,
        path: ambassadorPaths(secret, ambassador.id).ambassador,
        launches,
      },
    ];
  });
}

/** What the personal kit's files weigh: each file its page offers, once. */
function totals(
  sections: readonly SiteKitSection[],
  articles: SiteLaunchKit["articles"],
  readme: SiteKitFile,
): { files: number; bytes: number } {
  const files = new Map<string, number>();
  for (const section of sections) {
    for (const item of section.items) {
      for (const image of item.images) {
        files.set(image.name, image.bytes);
        for (const variant of image.variants) files.set(variant.name, variant.bytes);
      }
      if (item.caption) files.set(item.caption.name, item.caption.bytes);
    }
  }
  for (const article of articles) {
    files.set(article.page.name, article.page.bytes);
    files.set(article.fields.name, article.fields.bytes);
  }
  files.set(readme.name, readme.bytes);
  return { files: files.size, bytes: [...files.values()].reduce((sum, b) => sum + b, 0) };
}
