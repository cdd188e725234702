import type { ChannelSpec } from "../channels/channel-spec.ts";
import type { Asset } from "../model/asset.ts";
import type { Audience, EntryType } from "../model/audience.ts";
import type { Catalog } from "../model/catalog.ts";
import type { Entry } from "../model/entries.ts";
import type { Market } from "../model/market.ts";
import { compareCodepoints } from "../text/compare-codepoints.ts";
import { slugify } from "../text/slugify.ts";
import { originalPlacement } from "./original-placement.ts";
import { capsuleLinksOf } from "./plan-build.ts";
import {
  type EngineVersions,
  FILE_EXTENSIONS,
  type ImageTask,
  imageTask,
  scaledSize,
} from "./render-tasks.ts";
import type { PlanDecision, ResolvedLocale } from "./types.ts";

export interface EntryRef {
  type: EntryType;
  slug: string;
}

/** One image file of a kit: the render that makes it and its name inside the kit. */
export interface KitImage {
  task: string;
  asset: string;
  /** Path inside the kit, under its top folder: `instagram/feed-portrait/herbier-01-silk-ribbon.jpg`. */
  name: string;
  /** Extra widths of the same image (LINE imagemap) are `variant: width`. */
  variant: "main" | number;
}

/** One entry of a kit on one placement: its images and (from the caption engine) its caption. */
export interface KitItem {
  entry: EntryRef;
  decision: PlanDecision;
  images: KitImage[];
  /** Name of its caption file inside the kit, without the locale: `…/herbier-caption`. */
  captionName: string;
}

/** A placement's part of a kit: a folder per platform, a sub-folder per placement. */
export interface KitSection {
  channel: string;
  items: KitItem[];
}

/** The largest rendition of a source the licence allows, for the press (see `originalTask`). */
export interface KitOriginal {
  entry: EntryRef;
  asset: string;
  task: string;
  name: string;
}

/**
 * What a person downloads: one launch (a story, a capsule with its products, or a product on
 * its own) for one audience in one market, per platform and placement.
 */
export interface KitPlan {
  /** `market/audience/type-slug`: unique, stable, the kit's place in URLs and the manifest. */
  id: string;
  audience: string;
  market: string;
  launch: EntryRef;
  /** The entries of the kit, the launch first (a capsule's products follow in its order). */
  entries: EntryRef[];
  /** The launch's text locale in this market: the kit's README speaks it. */
  locale: ResolvedLocale;
  /** The kit's top folder and archive name: `maison-aurele_herbier_fr_ambassadeurs`. */
  name: string;
  sections: KitSection[];
  /** Press kits (audiences whose usage is editorial): each image's original. */
  originals: KitOriginal[];
}

export interface KitsPlan {
  kits: KitPlan[];
  /** The image tasks the kits need, unique by key. */
  tasks: Map<string, ImageTask>;
}

/**
 * Groups the plan's included decisions into kits. A product goes into the kit of the first
 * capsule it is linked to that is published for the same audience and market, else into a kit
 * of its own. Pure: the engine versions come in as an argument.
 */
export function planKits(
  decisions: readonly PlanDecision[],
  catalog: Catalog,
  channels: ReadonlyMap<string, ChannelSpec>,
  engine: EngineVersions,
  audienceLabel: (audience: Audience, locale: string) => string = (audience) => audience.name,
): KitsPlan {
  const assets = new Map(catalog.assets.map((asset) => [asset.id, asset]));
  const entries = new Map(catalog.entries.map((entry) => [`${entry.type}/${entry.slug}`, entry]));
  const audiences = new Map(catalog.audiences.map((a) => [a.id, a]));
  const markets = new Map(catalog.markets.map((m) => [m.id, m]));
  const included = decisions.filter((d) => isKitDecision(d, channels));
  // The planner's own links, so a product goes with a capsule that holds it in the plan.
  const capsulesOf = capsuleLinksOf(catalog.entries);

  // Which capsules are published, per audience and market: a product joins the first of them.
  const liveCapsules = new Set(
    included
      .filter((d) => d.entry.type === "capsule")
      .map((d) => `${d.audience}/${d.market}/${d.entry.slug}`),
  );
  const launchOf = (d: PlanDecision): EntryRef => {
    if (d.entry.type !== "product") return d.entry;
    const capsule = (capsulesOf.get(d.entry.slug) ?? []).find((link) =>
      liveCapsules.has(`${d.audience}/${d.market}/${link.slug}`),
    );
    return capsule ? { type: "capsule", slug: capsule.slug } : d.entry;
  };

  const groups = Map.groupBy(included, (d) => {
    const launch = launchOf(d);
    return `${d.market}/${d.audience}/${launch.type}-${launch.slug}`;
  });
  const tasks = new Map<string, ImageTask>();
  const kits: KitPlan[] = [];
  const brand = slugify(catalog.brand.name) || "kit";
  for (const [id, group] of groups) {
    const first = group[0] as PlanDecision;
    const launch = launchOf(first);
    const market = markets.get(first.market);
    const audience = audiences.get(first.audience);
    const launchEntry = entries.get(`${launch.type}/${launch.slug}`);
    if (!market || !audience || !launchEntry) continue;
    const order = entryOrder(launchEntry);
    const locale =
      group.find((d) => d.entry.type === launch.type && d.entry.slug === launch.slug)?.locale ??
      (first.locale as ResolvedLocale);
    const sections: KitSection[] = [];
    for (const channel of channelOrder(market, group)) {
      const spec = channels.get(channel) as ChannelSpec;
      const items = group
        .filter((d) => d.channel === channel)
        .sort((a, b) => order(a.entry) - order(b.entry))
        .map((decision) => kitItem(decision, spec, assets, engine, tasks));
      sections.push({ channel, items });
    }
    const kitEntries = uniqueEntries(group.map((d) => d.entry)).sort((a, b) => order(a) - order(b));
    const originals =
      audience.usage === "editorial"
        ? planOriginals(group, kitEntries, order, assets, engine, tasks)
        : [];
    const audienceSlug = slugify(audienceLabel(audience, locale.locale)) || audience.id;
    kits.push({
      id,
      audience: audience.id,
      market: market.id,
      launch,
      entries: kitEntries,
      locale,
      name: `${brand}_${launch.slug}_${market.id}_${audienceSlug}`,
      sections,
      originals,
    });
  }
  kits.sort((a, b) => compareCodepoints(a.id, b.id));
  return { kits, tasks };
}

function kitItem(
  decision: PlanDecision,
  spec: ChannelSpec,
  assets: ReadonlyMap<string, Asset>,
  engine: EngineVersions,
  tasks: Map<string, ImageTask>,
): KitItem {
  const folder = spec.id;
  const extension = FILE_EXTENSIONS[spec.image.format];
  const images: KitImage[] = [];
  for (const { asset, index, variant, task } of decisionImages(decision, spec, assets, engine)) {
    tasks.set(task.key, task);
    const base = `${folder}/${decision.entry.slug}-${String(index + 1).padStart(2, "0")}-${asset.id}`;
    const name = variant === "main" ? `${base}.${extension}` : `${base}-w${variant}.${extension}`;
    images.push({ task: task.key, asset: asset.id, name, variant });
  }
  return {
    entry: decision.entry,
    decision,
    images,
    captionName: `${folder}/${decision.entry.slug}-caption`,
  };
}

/** One image file a decision puts in a kit: `index` is its place among the decision's images. */
export interface DecisionImage {
  asset: Asset;
  index: number;
  variant: "main" | number;
  task: ImageTask;
}

/**
 * The image files of one kit decision on one placement, and the render of each: the only place
 * that says which renders a kit needs (the kits and a shard's renders both read it).
 */
export function* decisionImages(
  decision: PlanDecision,
  spec: ChannelSpec,
  assets: ReadonlyMap<string, Asset>,
  engine: EngineVersions,
): Generator<DecisionImage> {
  const chosen = decision.assets.filter((choice) => choice.included);
  for (const [index, choice] of chosen.entries()) {
    const asset = assets.get(choice.asset);
    if (!asset) continue;
    for (const variant of ["main", ...spec.image.extraWidths] as const) {
      const size = variant === "main" ? spec.image.size : scaledSize(spec.image.size, variant);
      yield { asset, index, variant, task: imageTask(asset, spec, size, engine) };
    }
  }
}

/** A kit takes the decisions included with a text locale, on a placement Relais knows. */
export function isKitDecision(
  decision: PlanDecision,
  channels: ReadonlyMap<string, ChannelSpec>,
): boolean {
  return decision.included && decision.locale !== undefined && channels.has(decision.channel);
}

/** Each image the kit's decisions may use, once, in the order of the entries that show it. */
function planOriginals(
  group: readonly PlanDecision[],
  kitEntries: readonly EntryRef[],
  order: (entry: EntryRef) => number,
  assets: ReadonlyMap<string, Asset>,
  engine: EngineVersions,
  tasks: Map<string, ImageTask>,
): KitOriginal[] {
  const originals: KitOriginal[] = [];
  const seen = new Set<string>();
  for (const entry of [...kitEntries].sort((a, b) => order(a) - order(b))) {
    const usable = group
      .filter((d) => d.entry.type === entry.type && d.entry.slug === entry.slug)
      .flatMap((d) => d.assets.filter((a) => a.included).map((a) => a.asset));
    let index = 0;
    for (const id of new Set(usable)) {
      const asset = assets.get(id);
      if (!asset || !hasOriginal(asset) || seen.has(id)) continue;
      seen.add(id);
      index += 1;
      const task = originalTask(asset, engine);
      tasks.set(task.key, task);
      originals.push({
        entry,
        asset: id,
        task: task.key,
        name: `originals/${entry.slug}-${String(index).padStart(2, "0")}-${id}.jpg`,
      });
    }
  }
  return originals;
}

/**
 * The original for the press: the whole image as the editor cropped it, at the source's own
 * width, in sRGB JPEG with the credit in XMP and no camera metadata (the renderer's rules).
 */
export function originalTask(asset: Asset & { pixels: { width: number } }, engine: EngineVersions) {
  const crop = asset.crop;
  const width = Math.max(
    1,
    Math.round(asset.pixels.width * (1 - (crop?.left ?? 0) - (crop?.right ?? 0))),
  );
  return imageTask(asset, originalPlacement, { fit: "width", width }, engine);
}

/** The market's own channel order (its `channels` list), which is how editors think of it. */
function channelOrder(market: Market, group: readonly PlanDecision[]): string[] {
  const used = new Set(group.map((d) => d.channel));
  const listed = market.channels.filter((c) => used.has(c));
  const rest = [...used].filter((c) => !listed.includes(c)).sort(compareCodepoints);
  return [...new Set([...listed, ...rest])];
}

/** The launch first, then a capsule's products in the capsule's order, then anything else. */
function entryOrder(launch: Entry): (entry: EntryRef) => number {
  const products = launch.type === "capsule" ? launch.data.products : [];
  return (entry) => {
    if (entry.type === launch.type && entry.slug === launch.slug) return -1;
    const index = products.indexOf(entry.slug);
    return index === -1 ? products.length : index;
  };
}

function uniqueEntries(refs: readonly EntryRef[]): EntryRef[] {
  const seen = new Map<string, EntryRef>();
  for (const ref of refs) seen.set(`${ref.type}/${ref.slug}`, ref);
  return [...seen.values()];
}

/** An image with known pixels has an original for the press (`originalTask`). */
export function hasOriginal(
  asset: Asset,
): asset is Asset & { pixels: { width: number; height: number } } {
  return asset.pixels !== undefined;
}
