import type { Element, ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import type { ChannelSpec } from "../channels/channel-spec.ts";
import { type Asset, creditOf } from "../model/asset.ts";
import type { Catalog } from "../model/catalog.ts";
import type { LiveMoment } from "../model/live-moment.ts";
import type { Market } from "../model/market.ts";
import type { MomentKitPlan } from "../plan/plan-moments.ts";
import { FILE_EXTENSIONS } from "../plan/render-tasks.ts";
import type { RenderResult } from "../render/render-images.ts";
import { compareCodepoints } from "../text/compare-codepoints.ts";
import { disclosureLines } from "../text/disclosure-lines.ts";
import { Temporal } from "../time/moment.ts";
import type { KitLabels } from "./kit-readme.ts";
import { plainLabels } from "./kit-readme.ts";
import type { KitFile, KitManifest } from "./manifest-types.ts";
import type { MomentSheet } from "./moment-sheet.ts";
import { momentStrings } from "./moment-strings.ts";

type PublishText = (
  text: string,
  extension?: "txt" | "html",
) => Promise<{ path: string; sha256: string; bytes: number }>;

export interface MomentKitsInput {
  kits: readonly MomentKitPlan[];
  results: ReadonlyMap<string, RenderResult>;
  catalog: Catalog;
  channels: ReadonlyMap<string, ChannelSpec>;
  labels?: KitLabels | undefined;
  publishFile(
    relative: string,
    image: { sha256: string; extension: string; file: string },
  ): Promise<string>;
  publishText: PublishText;
}

export interface WrittenMomentKit {
  manifest: KitManifest;
  /** What the kit's files say, for its page on the site. */
  sheet: MomentSheet;
}

/**
 * Each live-shopping moment's kit: covers, countdown frames with their sticker text, product
 * cards with the market's price, talking points, the disclosure sheet and a README, in the
 * market's language with every time in the market's zone. A kit whose cover images all failed
 * to render is not written.
 */
export async function writeMomentKits(input: MomentKitsInput): Promise<WrittenMomentKit[]> {
  const written: WrittenMomentKit[] = [];
  for (const kit of input.kits) {
    const one = await writeMomentKit(kit, input);
    if (one) written.push(one);
  }
  return written;
}

async function writeMomentKit(
  kit: MomentKitPlan,
  input: MomentKitsInput,
): Promise<WrittenMomentKit | undefined> {
  const { catalog } = input;
  const moment = catalog.moments?.find((m) => m.id === kit.moment);
  const market = catalog.markets.find((m) => m.id === kit.market);
  if (!moment || !market) return undefined;
  const locale = kit.locale.locale;
  const t = momentStrings(locale);
  const labels = input.labels ?? plainLabels;
  const assets = new Map(catalog.assets.map((a) => [a.id, a]));
  const files: KitFile[] = [];
  const readme: string[] = [];
  const entry = `moment/${moment.id}`;

  const image = async (planned: { task: string; asset: string; name: string }, channel: string) => {
    const result = input.results.get(planned.task);
    const asset = assets.get(planned.asset);
    if (result?.status !== "ok" || !asset) return undefined;
    const extension = FILE_EXTENSIONS[result.image.format];
    const path = await input.publishFile(planned.name, { ...result.image, extension });
    const file: KitFile = {
      name: planned.name,
      path,
      kind: "image",
      bytes: result.image.bytes,
      sha256: result.image.sha256,
      channel,
      entry,
      locale,
      width: result.image.width,
      height: result.image.height,
      format: result.image.format,
      asset: asset.id,
      credit: creditOf(asset),
      licence: asset.licence.name,
      quality: result.image.quality,
    };
    files.push(file);
    return file;
  };
  const text = async (name: string, kind: KitFile["kind"], body: string, ext: "txt" | "html") => {
    const published = await input.publishText(ext === "txt" ? `${body}\n` : body, ext);
    files.push({
      name,
      path: published.path,
      kind,
      bytes: published.bytes,
      sha256: published.sha256,
      entry,
      locale,
      format: ext,
    });
  };

  const zone = market.timeZone;
  const start = Temporal.ZonedDateTime.from(kit.start);
  const end = Temporal.ZonedDateTime.from(kit.end);
  const title = moment.title[locale] ?? moment.id;
  const when = t.when(formatFull(start, locale), formatFull(end, locale));
  readme.push(
    t.readmeTitle(catalog.brand.name, title, labels.market(market, locale)),
    "",
    t.readmeIntro,
    "",
    when,
  );
  if (moment.host) readme.push(t.host(moment.host));
  const sheet: MomentSheet = {
    title,
    locale,
    direction: kit.locale.direction,
    start: start.toString({ timeZoneName: "never" }),
    end: end.toString({ timeZoneName: "never" }),
    when,
    host: moment.host,
    covers: [],
    frames: [],
    products: [],
    talkingPoints: { file: "", lines: [] },
    disclosure: { file: "", text: "" },
  };

  readme.push("", t.coversHeading);
  let covers = 0;
  for (const cover of kit.covers) {
    const spec = input.channels.get(cover.channel);
    const file = await image(cover, cover.channel);
    if (!file || !spec) continue;
    covers += 1;
    const placement = labels.placement(spec, locale);
    const size = `${file.width}×${file.height} ${String(file.format).toUpperCase()}`;
    readme.push(`  ${t.cover(file.name, placement, size)}`);
    sheet.covers.push({ file: file.name, channel: cover.channel, placement, size });
  }
  if (covers === 0) return undefined;

  readme.push("", t.framesHeading);
  for (const frame of kit.frames) {
    const file = await image(frame, "live/countdown-frame");
    const sticker = stickerText(
      frame.step,
      start,
      Temporal.ZonedDateTime.from(frame.postAt),
      locale,
    );
    const stickerName = frame.name.replace(/\.[a-z]+$/, `.${locale}.txt`);
    await text(stickerName, "live-sticker", sticker, "txt");
    const postAt = Temporal.ZonedDateTime.from(frame.postAt);
    const postWhen = formatFull(postAt, locale);
    readme.push(`  ${t.frame(file?.name ?? stickerName, sticker, postWhen)}`);
    sheet.frames.push({
      step: frame.step,
      file: file?.name,
      sticker: { file: stickerName, text: sticker },
      postAt: postAt.toString({ timeZoneName: "never" }),
      when: postWhen,
    });
  }

  readme.push("", t.productsHeading);
  for (const card of kit.products) {
    const product = catalog.entries.find((e) => e.type === "product" && e.slug === card.slug);
    const price = product?.type === "product" ? product.data.prices[market.id] : undefined;
    const name =
      product?.type === "product"
        ? (nameIn(product.text, kit.locale.chain) ?? card.slug)
        : card.slug;
    if (!price || !market.currency) continue;
    const file = await image(card, "live/product-card");
    const formatted = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: market.currency,
    }).format(price.amount as Intl.StringNumericLiteral);
    const availability = t.availability[price.availability];
    const cardName = card.name.replace(/\.[a-z]+$/, `.${locale}.html`);
    await text(
      cardName,
      "product-card",
      productCardHtml({
        locale,
        direction: kit.locale.direction,
        name,
        price: formatted,
        availability,
        image: file ? file.name.replace(/^products\//, "") : undefined,
        asset: assets.get(card.asset),
      }),
      "html",
    );
    readme.push(`  ${cardName} — ${name} — ${formatted} — ${availability}`);
    sheet.products.push({
      slug: card.slug,
      name,
      price: formatted,
      availability,
      card: cardName,
      file: file?.name,
    });
  }

  const points = moment.talkingPoints[locale] ?? [];
  sheet.talkingPoints = { file: `talking-points.${locale}.txt`, lines: points };
  await text(
    sheet.talkingPoints.file,
    "talking-points",
    [title, "", ...points.map((p, i) => `${i + 1}. ${p}`)].join("\n"),
    "txt",
  );
  readme.push(
    "",
    `${t.talkingPointsHeading} (talking-points.${locale}.txt)`,
    ...points.map((p, i) => `  ${i + 1}. ${p}`),
  );

  const disclosure = disclosureSheet(
    moment,
    market,
    locale,
    kit.covers.map((cover) => {
      const spec = input.channels.get(cover.channel);
      return {
        channel: cover.channel,
        name: spec ? labels.placement(spec, locale) : cover.channel,
      };
    }),
  );
  sheet.disclosure = { file: `disclosure.${locale}.txt`, text: disclosure };
  await text(sheet.disclosure.file, "disclosure-sheet", disclosure, "txt");
  readme.push(
    "",
    `${t.disclosureHeading} (disclosure.${locale}.txt)`,
    ...disclosure.split("\n").map((l) => (l ? `  ${l}` : "")),
  );
  readme.push("", `${zone}`);

  await text("README.txt", "readme", readme.join("\n"), "txt");
  const manifest: KitManifest = {
    id: kit.id,
    audience: kit.audience,
    market: kit.market,
    launch: entry,
    entries: [
      ...(moment.capsule ? [`capsule/${moment.capsule}`] : []),
      ...kit.products.map((p) => `product/${p.slug}`),
    ],
    locale,
    name: kit.name,
    files: files.sort((a, b) => compareCodepoints(a.name, b.name)),
  };
  return { manifest, sheet };
}

/** The sticker text of a countdown frame, in the market's words and zone. */
export function stickerText(
  step: "t-24h" | "t-1h" | "live",
  start: Temporal.ZonedDateTime,
  postAt: Temporal.ZonedDateTime,
  locale: string,
): string {
  const t = momentStrings(locale);
  if (step === "live") return t.live;
  if (step === "t-1h") return t.inOneHour;
  const zone = zoneName(start, locale);
  const nextDay = postAt.toPlainDate().add({ days: 1 }).equals(start.toPlainDate());
  if (nextDay) return t.tomorrow(formatParts(start, locale, { timeStyle: "short" }), zone);
  return t.onDate(formatParts(start, locale, { dateStyle: "long", timeStyle: "short" }), zone);
}

function zoneName(moment: Temporal.ZonedDateTime, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone: moment.timeZoneId,
    timeZoneName: "longGeneric",
  }).formatToParts(new Date(Number(moment.epochMilliseconds)));
  return parts.find((part) => part.type === "timeZoneName")?.value ?? moment.timeZoneId;
}

function formatParts(
  moment: Temporal.ZonedDateTime,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: moment.timeZoneId }).format(
    new Date(Number(moment.epochMilliseconds)),
  );
}

/** `vendredi 11 décembre 2026 à 20:00 heure d’Europe centrale`: a time nobody misreads. */
function formatFull(moment: Temporal.ZonedDateTime, locale: string): string {
  return `${formatParts(moment, locale, { dateStyle: "full", timeStyle: "short" })} (${zoneName(moment, locale)})`;
}

function nameIn(
  text: Record<string, { name: string }>,
  chain: readonly string[],
): string | undefined {
  for (const locale of chain) if (text[locale]) return text[locale].name;
  return undefined;
}

/**
 * The market's paid and gifted lines for each platform of the moment (named in the kit's
 * language), and which one applies.
 */
function disclosureSheet(
  moment: LiveMoment,
  market: Market,
  locale: string,
  placements: readonly { channel: string; name: string }[],
): string {
  const t = momentStrings(locale);
  const lines = [t.disclosureIntro, ""];
  for (const { channel, name } of placements) {
    const paid = disclosureLines(
      market.disclosure,
      { partnership: "paid", channel, retouched: false },
      locale,
    );
    const gifted = disclosureLines(
      market.disclosure,
      { partnership: "gifted", channel, retouched: false },
      locale,
    );
    const show = (found: typeof paid) =>
      found.lines.length > 0 ? found.lines.join(" / ") : t.disclosureNone;
    lines.push(
      name,
      `  ${t.disclosurePaid}: ${show(paid)}`,
      `  ${t.disclosureGifted}: ${show(gifted)}`,
    );
  }
  const kind = moment.partnership === "gifted" ? t.disclosureGifted : t.disclosurePaid;
  lines.push(
    "",
    moment.partnership === "none" ? t.disclosureForHost("—") : t.disclosureForHost(kind),
    t.disclosureOnScreen,
  );
  return lines.join("\n");
}

interface CardInput {
  locale: string;
  direction: "ltr" | "rtl";
  name: string;
  price: string;
  availability: string;
  image: string | undefined;
  asset: Asset | undefined;
}

/** A self-contained HTML card; text is escaped by hast-util-to-html, never concatenated. */
function productCardHtml(card: CardInput): string {
  const el = (
    tagName: string,
    properties: Element["properties"],
    children: ElementContent[],
  ): Element => ({
    type: "element",
    tagName,
    properties,
    children,
  });
  const txt = (value: string): ElementContent => ({ type: "text", value });
  const alt = card.asset
    ? (card.asset.alt[card.locale] ?? Object.values(card.asset.alt)[0] ?? "")
    : "";
  const body: ElementContent[] = [
    ...(card.image ? [el("img", { src: card.image, alt, width: 540, height: 540 }, [])] : []),
    el("h1", {}, [txt(card.name)]),
    el("p", { className: ["price"] }, [txt(card.price)]),
    el("p", { className: ["availability"] }, [txt(card.availability)]),
    ...(card.asset ? [el("p", { className: ["credit"] }, [txt(creditOf(card.asset))])] : []),
  ];
  const html = el("html", { lang: card.locale, dir: card.direction }, [
    el("head", {}, [
      el("meta", { charSet: "utf-8" }, []),
      el("title", {}, [txt(card.name)]),
      el("style", {}, [
        txt(
          "body{font-family:sans-serif;max-width:540px;margin:1rem auto}img{width:100%;height:auto}.price{font-size:1.5rem}",
        ),
      ]),
    ]),
    el("body", {}, body),
  ]);
  return `<!doctype html>\n${toHtml({ type: "root", children: [html] })}\n`;
}
