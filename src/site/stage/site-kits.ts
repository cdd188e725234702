import path from "node:path";
import type { ChannelSpec } from "../../channels/channel-spec.ts";
import type { Asset } from "../../model/asset.ts";
import type { Audience } from "../../model/audience.ts";
import type { Catalog } from "../../model/catalog.ts";
import { entryTitle } from "../../model/entries.ts";
import type { Market } from "../../model/market.ts";
import type { KitBrief } from "../../pack/kit-brief.ts";
import type { KitLabels } from "../../pack/kit-readme.ts";
import { plainLabels } from "../../pack/kit-readme.ts";
import type { DistManifest, KitFile, KitManifest } from "../../pack/manifest-types.ts";
import type { MomentSheet } from "../../pack/moment-sheet.ts";
import type { ArticleWebCopy } from "../../pack/write-articles.ts";
import type { KitPlan } from "../../plan/plan-kits.ts";
import { resolveMoment } from "../../time/moment.ts";
import type {
  SiteImage,
  SiteKit,
  SiteKitArticle,
  SiteKitFile,
  SiteKitImage,
  SiteKitOriginal,
  SiteKitSection,
  SiteLaunchKit,
} from "../site-data.ts";
import { kitPaths } from "./kit-paths.ts";
import { siteCaption } from "./site-caption.ts";
import { siteMoments } from "./site-moments.ts";

export interface SiteKitsInput {
  catalog: Catalog;
  manifest: DistManifest;
  kits: readonly KitPlan[];
  texts: ReadonlyMap<string, string>;
  /** Each kit's brief by kit id, as its BRIEF.txt says it. */
  briefs?: ReadonlyMap<string, KitBrief>;
  /** Each live-shopping kit's texts by kit id (`writeMomentKits`). */
  momentSheets?: ReadonlyMap<string, MomentSheet>;
  /** Each kit's articles as pages for the web, by kit id (`writeArticles`). */
  articleWebCopies?: ReadonlyMap<string, readonly ArticleWebCopy[]>;
  /** Where those pages go: site folder → the page, for the site stage to write. */
  webPages?: Map<string, string>;
  channels: ReadonlyMap<string, ChannelSpec>;
  secret: string;
  /** The output folder being written: kit files are placed beside the site's pages from it. */
  outDir: string;
  labels?: KitLabels;
}

/**
 * A market's kits for the site, by audience: every launch with, per placement, its images as
 * files to save, its caption as text, and for the press each original with a page of its own.
 * `files` collects what the site must publish (site URL → file in the output being written).
 */
export function siteKits(
  input: SiteKitsInput,
  market: Market,
  altOf: (asset: Asset, market: Market) => Record<string, string>,
  files: Map<string, string>,
  /** The site's own picture of an asset in this market, when its pages show it. */
  pictureOf: (asset: string) => SiteImage | undefined = () => undefined,
): SiteKit[] {
  const { catalog, manifest, texts, channels, secret } = input;
  const labels = input.labels ?? plainLabels;
  const plans = new Map(input.kits.map((kit) => [kit.id, kit]));
  const assets = new Map(catalog.assets.map((a) => [a.id, a]));
  const entries = new Map(catalog.entries.map((e) => [`${e.type}/${e.slug}`, e]));
  const alts = new Map<string, Record<string, string>>();
  const altFor = (id: string | undefined): Record<string, string> => {
    const asset = id ? assets.get(id) : undefined;
    if (!asset) return {};
    let alt = alts.get(asset.id);
    if (!alt) {
      alt = altOf(asset, market);
      alts.set(asset.id, alt);
    }
    return alt;
  };
  const publish = (file: KitFile): SiteKitFile => {
    const url = `/${file.path}`;
    files.set(url, path.join(input.outDir, file.path));
    return { url, name: file.name, bytes: file.bytes };
  };
  const image = (file: KitFile): SiteKitImage => {
    const asset = file.asset ? assets.get(file.asset) : undefined;
    return {
      ...publish(file),
      asset: file.asset ?? "",
      alt: altFor(file.asset),
      credit: file.credit ?? "",
      creator: asset?.credit.creator ?? "",
      licence: asset?.licence.name ?? file.licence ?? "",
      licenceUrl: asset?.licence.url,
      width: file.width ?? 1,
      height: file.height ?? 1,
      format: file.format ?? "",
      variants: [],
    };
  };

  return catalog.audiences.flatMap((audience: Audience): SiteKit[] => {
    const mine = (k: KitManifest) => k.market === market.id && k.audience === audience.id;
    const kits = manifest.kits.filter(mine);
    const moments = siteMoments({
      moments: (manifest.moments ?? []).filter(mine),
      sheets: input.momentSheets ?? new Map(),
      texts,
      channels,
      pathOf: (kit) => kitPaths(secret, kit, audience.listed).kit,
      publish,
      image,
    });
    const first = kits[0] ?? manifest.moments?.find(mine);
    if (!first) return [];
    const audiencePath = kitPaths(secret, first, audience.listed).audience;
    const launches = kits.flatMap((kit): SiteLaunchKit[] => {
      const plan = plans.get(kit.id);
      const launch = entries.get(kit.launch);
      if (!plan || !launch) return [];
      const locale = plan.locale.locale;
      const kitPath = kitPaths(secret, kit, audience.listed).kit;
      const titleOf = (ref: { type: string; slug: string }) => {
        const entry = entries.get(`${ref.type}/${ref.slug}`);
        return (entry && entryTitle(entry, locale)) ?? ref.slug;
      };
      const byName = new Map(kit.files.map((f) => [f.name, f]));
      const sections: SiteKitSection[] = plan.sections.flatMap((section) => {
        const spec = channels.get(section.channel);
        if (!spec) return [];
        const items = section.items.flatMap((item) => {
          const images: SiteKitImage[] = [];
          for (const planned of item.images) {
            const file = byName.get(planned.name);
            if (!file) continue;
            if (planned.variant === "main") images.push(image(file));
            else
              images.at(-1)?.variants.push({
                ...publish(file),
                width: file.width ?? 1,
                height: file.height ?? 1,
              });
          }
          if (images.length === 0) return [];
          const captionFile = kit.files.find(
            (f) => f.kind === "caption" && f.name.startsWith(`${item.captionName}.`),
          );
          const text = captionFile ? texts.get(captionFile.path) : undefined;
          const caption =
            captionFile && text !== undefined
              ? siteCaption(
                  publish(captionFile),
                  captionFile,
                  {
                    locale: captionFile.locale ?? locale,
                    direction: market.directionOf[captionFile.locale ?? locale] ?? "ltr",
                    text,
                  },
                  spec,
                )
              : undefined;
          return [{ entry: item.entry, title: titleOf(item.entry), images, caption }];
        });
        if (items.length === 0) return [];
        return [
          {
            channel: section.channel,
            platform: spec.id.split("/")[0] ?? spec.id,
            name: labels.placement(spec, locale),
            size: sizeLabel(spec),
            items,
          },
        ];
      });
      const originals: SiteKitOriginal[] = kit.files
        .filter((f) => f.kind === "original")
        .flatMap((file) => {
          const asset = file.asset ? assets.get(file.asset) : undefined;
          const ref = plan.originals.find((o) => o.name === file.name);
          if (!asset || !ref) return [];
          const renditions = sections.flatMap((section) =>
            section.items.flatMap((item) =>
              item.images
                .filter((im) => im.asset === asset.id)
                .map((im) => ({
                  channel: section.channel,
                  file: {
                    url: im.url,
                    name: im.name,
                    bytes: im.bytes,
                    width: im.width,
                    height: im.height,
                  },
                })),
            ),
          );
          const expires = asset.licence.expires
            ? resolveMoment(asset.licence.expires, market.timeZone).toInstant().toString()
            : undefined;
          return [
            {
              ...image(file),
              entry: ref.entry,
              entryTitle: titleOf(ref.entry),
              path: `${kitPath}image-${asset.id}/`,
              picture: pictureOf(asset.id),
              expires,
              renditions: uniqueBy(renditions, (r) => r.file.url),
            },
          ];
        });
      const articles: SiteKitArticle[] = kit.files
        .filter((f) => f.kind === "article")
        .flatMap((page) => {
          const fields = kit.files.find(
            (f) => f.kind === "article-fields" && f.channel === page.channel,
          );
          const text = fields ? texts.get(fields.path) : undefined;
          if (!page.channel || !fields || text === undefined) return [];
          const platform = page.channel.split("/")[0] ?? page.channel;
          // Its copy on the web, whose images load from the site: what an editor that fetches
          // pasted images by address needs. Its images are published with it.
          const copy = input.articleWebCopies?.get(kit.id)?.find((c) => c.channel === page.channel);
          const web = copy && input.webPages ? `${kitPath}${platform}-article/` : undefined;
          if (copy && web) {
            input.webPages?.set(web, copy.html);
            for (const file of kit.files)
              if (file.kind === "image" && file.channel === page.channel) publish(file);
          }
          return [
            {
              channel: page.channel,
              platform,
              page: publish(page),
              fields: { ...publish(fields), text: text.replace(/\n$/, "") },
              ...(web ? { web } : {}),
            },
          ];
        });
      const readmeFile = kit.files.find((f) => f.kind === "readme");
      if (!readmeFile) return [];
      const briefFile = kit.files.find((f) => f.kind === "brief");
      const brief = input.briefs?.get(kit.id);
      const previewFile = sections[0]?.items[0]?.images[0];
      return [
        {
          id: kit.id,
          launch: { type: launch.type, slug: launch.slug },
          title: titleOf(launch),
          locale,
          direction: plan.locale.direction,
          path: kitPath,
          name: kit.name,
          readme: { ...publish(readmeFile), text: texts.get(readmeFile.path) ?? "" },
          ...(brief && briefFile ? { brief: { ...publish(briefFile), ...brief } } : {}),
          sections,
          articles,
          originals,
          files: kit.files.length,
          bytes: kit.files.reduce((sum, f) => sum + f.bytes, 0),
          preview: previewFile,
        },
      ];
    });
    if (launches.length === 0 && moments.length === 0) return [];
    return [
      {
        audience: audience.id,
        audienceName: labels.audience(audience, market.locales[0] ?? ""),
        listed: audience.listed,
        path: audiencePath,
        launches,
        ...(moments.length > 0 ? { moments } : {}),
      },
    ];
  });
}

function sizeLabel(spec: ChannelSpec): string {
  const { size, format } = spec.image;
  const pixels = size.fit === "exact" ? `${size.width} × ${size.height}` : `${size.width} px`;
  return `${pixels} · ${format.toUpperCase()}`;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
