import type { ChannelSpec } from "../channels/channel-spec.ts";
import type { ContentIssue } from "../errors/issue.ts";
import { createIssue } from "../errors/issue.ts";
import type { Asset } from "../model/asset.ts";
import type { Catalog } from "../model/catalog.ts";
import type { Entry } from "../model/entries.ts";
import type { LiveMoment } from "../model/live-moment.ts";
import type { Market } from "../model/market.ts";
import { compareCodepoints } from "../text/compare-codepoints.ts";
import { slugify } from "../text/slugify.ts";
import { resolveMoment, Temporal } from "../time/moment.ts";
import { assetSkipReasons } from "./eligibility.ts";
import { countdownFramePlacement, productCardPlacement } from "./live-placements.ts";
import { capsuleLinksOf, capsuleReasons, liveReasons } from "./plan-build.ts";
import { type EngineVersions, FILE_EXTENSIONS, type ImageTask, imageTask } from "./render-tasks.ts";
import { resolveLocale } from "./resolve-locale.ts";
import type { ResolvedLocale } from "./types.ts";

/** The three countdown frames, in posting order. */
export const COUNTDOWN_STEPS = ["t-24h", "t-1h", "live"] as const;
export type CountdownStep = (typeof COUNTDOWN_STEPS)[number];

export interface MomentImage {
  task: string;
  asset: string;
  /** Path inside the kit: `covers/douyin-live-cover.jpg`. */
  name: string;
}

/** A live-shopping moment's kit: one per moment, for its market and audience. */
export interface MomentKitPlan {
  /** `market/audience/moment-id`, like a launch kit's. */
  id: string;
  moment: string;
  market: string;
  audience: string;
  /** The locale of the kit's texts: the first of the market's chain the moment is written in. */
  locale: ResolvedLocale;
  /** Top folder and archive name: `maison-aurele_herbier-live-cn_live`. */
  name: string;
  /** Start and end in the market's zone (ISO with offset and zone). */
  start: string;
  end: string;
  covers: (MomentImage & { channel: string })[];
  frames: (MomentImage & { step: CountdownStep; postAt: string })[];
  products: (MomentImage & { slug: string })[];
}

export interface HeldMoment {
  moment: string;
  origin: string;
  market: string;
  reasons: string[];
}

export interface MomentsPlan {
  kits: MomentKitPlan[];
  held: HeldMoment[];
  tasks: Map<string, ImageTask>;
}

export interface MomentPlanOptions {
  markets?: readonly string[] | undefined;
  channels: ReadonlyMap<string, ChannelSpec>;
  engine: EngineVersions;
}

/**
 * Each moment's kit, or why it is held back. The times come from the moment's local start and
 * its market's zone alone; `now` decides whether everything the moment shows is public yet
 * (products, their capsules, the moment's capsule), whether its images may be used, and whether
 * the session is over: from its end, its kit is gone (nothing to post any more, and prices and
 * "live now" stickers that would mislead). Pure.
 */
export function planMoments(
  catalog: Catalog,
  options: MomentPlanOptions,
  now: Temporal.Instant,
): MomentsPlan {
  const plan: MomentsPlan = { kits: [], held: [], tasks: new Map() };
  const markets = new Map(catalog.markets.map((m) => [m.id, m]));
  const entries = new Map(catalog.entries.map((e) => [`${e.type}/${e.slug}`, e]));
  const assets = new Map(catalog.assets.map((a) => [a.id, a]));
  const capsules = new Map(
    catalog.entries.flatMap((e) => (e.type === "capsule" ? [[e.slug, e] as const] : [])),
  );
  const capsuleLinks = capsuleLinksOf(catalog.entries);
  const brand = slugify(catalog.brand.name) || "kit";

  for (const moment of catalog.moments ?? []) {
    const market = markets.get(moment.market);
    const audience = catalog.audiences.find((a) => a.id === moment.audience);
    if (!market || !audience) continue;
    if (options.markets && !options.markets.includes(market.id)) continue;
    const { start, end, postAt } = momentTimes(moment, market);
    if (Temporal.Instant.compare(now, end.toInstant()) >= 0) continue;
    const hold = (reasons: string[]) =>
      plan.held.push({ moment: moment.id, origin: moment.origin, market: market.id, reasons });

    const shown: Entry[] = [];
    const capsule = moment.capsule ? entries.get(`capsule/${moment.capsule}`) : undefined;
    if (capsule) shown.push(capsule);
    for (const slug of moment.products) {
      const product = entries.get(`product/${slug}`);
      if (product) shown.push(product);
    }
    const notLive = shown.flatMap((entry) =>
      [
        ...liveReasons(entry, market, now),
        ...capsuleReasons({ entry, market, now, capsules, capsuleLinks }),
      ].map((reason) => `${entry.type} ${entry.slug}: ${reason.message}`),
    );
    if (notLive.length > 0) {
      hold(notLive);
      continue;
    }
    const usable = (id: string): Asset | undefined => {
      const asset = assets.get(id);
      return assetSkipReasons(asset, market, [audience.usage], now).length === 0
        ? asset
        : undefined;
    };
    const images = moment.images.flatMap((id) => usable(id) ?? []);
    if (images.length === 0) {
      hold(["none of the moment's images may be used in this market now"]);
      continue;
    }
    const locale = resolveLocale(
      market,
      (l) => moment.talkingPoints[l] !== undefined && moment.title[l] !== undefined,
    );
    if (!locale) continue;

    const add = (asset: Asset, spec: ChannelSpec): MomentImage & { ext: string } => {
      const task = imageTask(asset, spec, spec.image.size, options.engine);
      plan.tasks.set(task.key, task);
      return { task: task.key, asset: asset.id, name: "", ext: FILE_EXTENSIONS[spec.image.format] };
    };
    const cover = images[0] as Asset;
    const covers = moment.platforms.flatMap((channel) => {
      const spec = options.channels.get(channel);
      if (!spec) return [];
      const image = add(cover, spec);
      return [
        { ...strip(image), name: `covers/${channel.replace("/", "-")}.${image.ext}`, channel },
      ];
    });
    const frames = COUNTDOWN_STEPS.map((step, index) => {
      const image = add(images[index % images.length] as Asset, countdownFramePlacement);
      const name = `countdown/${index + 1}-${step}.${image.ext}`;
      return { ...strip(image), name, step, postAt: postAt[step].toString() };
    });
    const products = moment.products.flatMap((slug, index) => {
      const product = entries.get(`product/${slug}`);
      const asset =
        product?.type === "product" ? product.data.images.map(usable).find(Boolean) : undefined;
      if (!asset) return [];
      const image = add(asset, productCardPlacement);
      const name = `products/${String(index + 1).padStart(2, "0")}-${slug}.${image.ext}`;
      return [{ ...strip(image), name, slug }];
    });
    plan.kits.push({
      id: `${market.id}/${audience.id}/moment-${moment.id}`,
      moment: moment.id,
      market: market.id,
      audience: audience.id,
      locale,
      name: `${brand}_${moment.id}_${market.id}`,
      start: start.toString(),
      end: end.toString(),
      covers,
      frames,
      products,
    });
  }
  plan.kits.sort((a, b) => compareCodepoints(a.id, b.id));
  return plan;
}

function strip({ ext: _ext, ...image }: MomentImage & { ext: string }): MomentImage {
  return image;
}

/**
 * The moment's start and end in its market's zone, and when each countdown frame is posted:
 * 24 hours and 1 hour before (elapsed time, so a DST change in between moves the wall clock,
 * never the wait), and at the start.
 */
export function momentTimes(moment: LiveMoment, market: Market) {
  const start = resolveMoment(moment.startsAt, market.timeZone);
  const end = start.add({ minutes: moment.durationMinutes });
  const postAt: Record<CountdownStep, Temporal.ZonedDateTime> = {
    "t-24h": start.subtract({ hours: 24 }),
    "t-1h": start.subtract({ hours: 1 }),
    live: start,
  };
  return { start, end, postAt };
}

/** A held moment as an issue: the report and `relais check` say why its kit is not there yet. */
export function heldMomentIssues(held: readonly HeldMoment[]): ContentIssue[] {
  return held.map((moment) =>
    createIssue("MomentHeldBack", {
      origin: moment.origin,
      path: "products",
      expected: `every product and capsule of the moment public in ${moment.market}`,
      found: moment.reasons.join("; "),
    }),
  );
}

/** Only why moments are held back (for `relais check` and the report): no channel, no render. */
export function heldMoments(
  catalog: Catalog,
  markets: readonly string[] | undefined,
  now: Temporal.Instant,
): HeldMoment[] {
  const engine = { sharp: "", vips: "" };
  return planMoments(catalog, { markets, channels: new Map(), engine }, now).held;
}
