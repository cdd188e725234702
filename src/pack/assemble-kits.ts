import type { ChannelSpec } from "../channels/channel-spec.ts";
import { sha256Hex } from "../hash/sha256.ts";
import { type Asset, creditOf } from "../model/asset.ts";
import type { Catalog } from "../model/catalog.ts";
import type { Entry } from "../model/entries.ts";
import type { AmbassadorPlan } from "../plan/plan-ambassadors.ts";
import type { KitPlan } from "../plan/plan-kits.ts";
import type { MomentKitPlan } from "../plan/plan-moments.ts";
import { FILE_EXTENSIONS } from "../plan/render-tasks.ts";
import type { PlanDecision } from "../plan/types.ts";
import type { CaptionRecord } from "../render/captions/caption-files.ts";
import type { RenderResult } from "../render/render-images.ts";
import type { CachedImage } from "../render/render-store.ts";
import { compareCodepoints } from "../text/compare-codepoints.ts";
import type { Temporal } from "../time/moment.ts";
import { type AmbassadorKit, writeAmbassadorKits } from "./ambassador-kits.ts";
import { captionFileFields } from "./caption-file.ts";
import { briefText, type KitBrief, kitBrief } from "./kit-brief.ts";
import { type KitLabels, type KitReadmeInput, kitReadme } from "./kit-readme.ts";
import type { DistManifest, KitFile, KitManifest } from "./manifest-types.ts";
import type { MomentSheet } from "./moment-sheet.ts";
import type { Staging } from "./staging.ts";
import { type ArticleWebCopy, writeArticles } from "./write-articles.ts";
import { writeMomentKits } from "./write-moment-kits.ts";

/** One caption from the caption engine, as a kit keeps it. */
export type KitCaption = Omit<CaptionRecord, "warnings" | "schemaVersion"> & {
  warnings: string[];
};

/** A kit's caption; with `link`, an ambassador's own, carrying their tracked link. */
export type CaptionWriter = (
  entry: Entry,
  decision: PlanDecision,
  spec: ChannelSpec,
  link?: string,
) => KitCaption | undefined;

export interface BuildWarning {
  code:
    | "source-too-small"
    | "source-unreadable"
    | "byte-budget-failed"
    | "quality-lowered"
    | "upscaled"
    | "caption"
    | "ambassador-caption"
    | "article"
    | "entry-without-images";
  audience: string;
  market: string;
  channel: string;
  entry?: string;
  asset?: string;
  message: string;
}

export interface AssembleInput {
  /** The plan's kits, in order. */
  kits: readonly KitPlan[];
  results: ReadonlyMap<string, RenderResult>;
  catalog: Catalog;
  channels: ReadonlyMap<string, ChannelSpec>;
  captionOf: CaptionWriter;
  /** Names of markets, audiences and placements in the kit's language, for READMEs. */
  labels?: KitLabels;
  /** The build's clock: a brief's image with no publication moment is usable from then. */
  now: Temporal.Instant;
  /** Called as each kit is complete (its contact sheet can start). */
  onKit?: (kit: KitManifest) => void;
  /** The live-shopping moments' kits (`planMoments`), listed apart in the manifest. */
  moments?: readonly MomentKitPlan[];
  /**
   * A press preview's kit: its README is named after the embargo (`tag`) and states it first,
   * in the README's language (`notice`).
   */
  embargo?: { tag: string; notice: (locale: string) => string };
  /** Each ambassador's share of the kits: their captions are written with their tracked links. */
  ambassadors?: readonly AmbassadorPlan[];
}

/** Where every published file lives, by content: `files/<hash>.<extension>`. */
export const FILES_FOLDER = "files";

/** Hex digits of the sha256 in a published file's name: 128 bits, short enough to read. */
const NAME_HASH_LENGTH = 32;

export function publishedPath(sha256: string, extension: string): string {
  return `${FILES_FOLDER}/${sha256.slice(0, NAME_HASH_LENGTH)}.${extension}`;
}

/**
 * Writes every kit: each distinct file once under `files/` by its content hash (an image shared
 * by ten kits is one file), the kits' captions and README as files of their own, and returns
 * dist/manifest.json, where each kit lists its files by their name inside the kit.
 */
export async function assembleKits(staging: Staging, input: AssembleInput): Promise<AssembledKits> {
  const published = new Set<string>();
  const texts = new Map<string, string>();
  const publishFile = async (relative: string, from: string) => {
    if (published.has(relative)) return;
    published.add(relative);
    await staging.copy(relative, from);
  };
  const publishText = async (text: string, extension: "txt" | "html" = "txt") => {
    const bytes = new TextEncoder().encode(text);
    const sha256 = sha256Hex(bytes);
    const relative = publishedPath(sha256, extension);
    if (!published.has(relative)) {
      published.add(relative);
      texts.set(relative, text);
      await staging.write(relative, bytes);
    }
    return { path: relative, sha256, bytes: bytes.length };
  };
  const warnings: BuildWarning[] = [];
  const kits: KitManifest[] = [];
  const briefs = new Map<string, KitBrief>();
  const articleWebCopies = new Map<string, ArticleWebCopy[]>();
  for (const kit of input.kits) {
    const written = await writeKit(kit, input, { publishFile, publishText }, warnings);
    if (!written) continue;
    kits.push(written.manifest);
    briefs.set(kit.id, written.brief);
    if (written.webCopies.length > 0) articleWebCopies.set(kit.id, written.webCopies);
    input.onKit?.(written.manifest);
  }
  const moments = await writeMomentKits({
    kits: input.moments ?? [],
    results: input.results,
    catalog: input.catalog,
    channels: input.channels,
    labels: input.labels,
    publishText,
    publishFile: async (_name, image) => {
      const relative = publishedPath(image.sha256, image.extension);
      await publishFile(relative, image.file);
      return relative;
    },
  });
  const manifest: DistManifest = { schemaVersion: 2, kits };
  if (moments.length > 0) manifest.moments = moments.map((moment) => moment.manifest);
  const momentSheets = new Map(moments.map((moment) => [moment.manifest.id, moment.sheet]));
  const ambassadorKits = await writeAmbassadorKits({
    ambassadors: input.ambassadors ?? [],
    kits,
    catalog: input.catalog,
    channels: input.channels,
    captionOf: input.captionOf,
    publishText: (text) => publishText(text),
    // An ambassador's own caption carries their link: what gave way for it is said per person.
    onWarning: ({ ambassador, message, ...where }) =>
      warnings.push({ ...where, code: "ambassador-caption", message: `${ambassador}: ${message}` }),
  });
  return { manifest, warnings, texts, briefs, articleWebCopies, momentSheets, ambassadorKits };
}

export interface AssembledKits {
  manifest: DistManifest;
  warnings: BuildWarning[];
  /** The text files published (captions, READMEs, articles), by path: the site shows them as text. */
  texts: ReadonlyMap<string, string>;
  /** Each kit's brief by kit id, as its BRIEF.txt says it: the site shows it on the kit's page. */
  briefs: ReadonlyMap<string, KitBrief>;
  /** Each kit's articles as pages for the web, by kit id: the site serves them. */
  articleWebCopies: ReadonlyMap<string, readonly ArticleWebCopy[]>;
  /** Each live-shopping kit's texts by kit id, as its files say them: the site shows them. */
  momentSheets: ReadonlyMap<string, MomentSheet>;
  /** What each ambassador receives of each launch, with their own captions (not in the manifest). */
  ambassadorKits: AmbassadorKit[];
}

interface Publisher {
  publishFile(relative: string, from: string): Promise<void>;
  publishText(
    text: string,
    extension?: "txt" | "html",
  ): Promise<{ path: string; sha256: string; bytes: number }>;
}

const warningCodes = {
  "too-small": "source-too-small",
  unreadable: "source-unreadable",
  failed: "byte-budget-failed",
} as const satisfies Record<Exclude<RenderResult["status"], "ok">, BuildWarning["code"]>;

async function writeKit(
  kit: KitPlan,
  input: AssembleInput,
  publisher: Publisher,
  warnings: BuildWarning[],
): Promise<{ manifest: KitManifest; brief: KitBrief; webCopies: ArticleWebCopy[] } | undefined> {
  const { catalog } = input;
  const market = catalog.markets.find((m) => m.id === kit.market);
  const audience = catalog.audiences.find((a) => a.id === kit.audience);
  if (!market || !audience) return undefined;
  const entries = new Map(catalog.entries.map((e) => [`${e.type}/${e.slug}`, e]));
  const assets = new Map(catalog.assets.map((a) => [a.id, a]));
  const files: KitFile[] = [];
  const readme: KitReadmeInput["sections"] = [];
  const creditsMoved = new Set<string>();

  for (const section of kit.sections) {
    const spec = input.channels.get(section.channel);
    if (!spec) continue;
    const where = { audience: kit.audience, market: kit.market, channel: section.channel };
    const items: KitReadmeInput["sections"][number]["items"] = [];
    for (const item of section.items) {
      const entryId = `${item.entry.type}/${item.entry.slug}`;
      const entry = entries.get(entryId);
      const locale = item.decision.locale;
      if (!entry || !locale) continue;
      const placed: { name: string; asset: Asset }[] = [];
      const itemFiles: KitFile[] = [];
      for (const image of item.images) {
        const result = input.results.get(image.task);
        const asset = assets.get(image.asset);
        if (!asset || !result) continue;
        if (result.status !== "ok") {
          warnings.push({
            ...where,
            code: warningCodes[result.status],
            entry: entryId,
            asset: asset.id,
            message: `${image.name} left out: ${result.message}`,
          });
          continue;
        }
        if (result.upscaled !== undefined) {
          warnings.push({
            ...where,
            code: "upscaled",
            entry: entryId,
            asset: asset.id,
            message: `${image.name}: the source was enlarged ×${result.upscaled.toFixed(2)}, past the limit; it may look soft`,
          });
        }
        if (result.image.quality < spec.image.quality) {
          warnings.push({
            ...where,
            code: "quality-lowered",
            entry: entryId,
            asset: asset.id,
            message: `${image.name}: quality ${result.image.quality} instead of ${spec.image.quality} to stay under ${spec.image.maxBytes} bytes`,
          });
        }
        itemFiles.push(
          await publishImage(publisher, result.image, asset, image.name, "image", {
            channel: section.channel,
            entry: entryId,
            locale: locale.locale,
          }),
        );
        if (image.variant === "main") placed.push({ name: image.name, asset });
      }
      if (placed.length === 0) {
        warnings.push({
          ...where,
          code: "entry-without-images",
          entry: entryId,
          message: `${entryId} has no image that could be rendered for ${section.channel}; it is left out of this kit`,
        });
        continue;
      }
      files.push(...itemFiles);
      const caption = input.captionOf(entry, item.decision, spec);
      for (const message of caption?.warnings ?? [])
        warnings.push({ ...where, code: "caption", entry: entryId, message });
      let captionName: string | undefined;
      if (caption) {
        captionName = `${item.captionName}.${caption.locale}.txt`;
        const text = await publisher.publishText(`${caption.text}\n`);
        files.push({
          name: captionName,
          path: text.path,
          kind: "caption",
          bytes: text.bytes,
          sha256: text.sha256,
          ...captionFileFields(caption, section.channel, entryId),
        });
        if (caption.creditMoved) for (const { asset } of placed) creditsMoved.add(asset.id);
      }
      items.push({ entry, images: placed, caption: captionName });
    }
    if (items.length > 0) readme.push({ spec, items });
  }
  if (readme.length === 0) return undefined;

  for (const original of kit.originals) {
    const result = input.results.get(original.task);
    const asset = assets.get(original.asset);
    if (!asset || result?.status !== "ok") continue;
    files.push(
      await publishImage(publisher, result.image, asset, original.name, "original", {
        entry: `${original.entry.type}/${original.entry.slug}`,
      }),
    );
  }

  const articles = await writeArticles({
    kit,
    files,
    entries,
    assets,
    brand: catalog.brand,
    market,
    channels: input.channels,
    publishText: publisher.publishText,
  });
  files.push(...articles.files);
  for (const warning of articles.warnings)
    warnings.push({ audience: kit.audience, market: kit.market, code: "article", ...warning });

  const kitEntries = kit.entries.flatMap((ref) => entries.get(`${ref.type}/${ref.slug}`) ?? []);
  const readmeName = input.embargo ? `${input.embargo.tag}_README.txt` : "README.txt";
  const notice = input.embargo ? `${input.embargo.notice(kit.locale.locale)}\n\n` : "";
  const readmeText = await publisher.publishText(
    notice +
      kitReadme({
        brand: catalog.brand,
        audience,
        market,
        kit,
        entries: kitEntries,
        sections: readme,
        originals: files.filter((f) => f.kind === "original"),
        articles: articles.articles,
        assets,
        creditsMoved,
        ...(input.labels ? { labels: input.labels } : {}),
      }),
  );
  files.push({
    name: readmeName,
    path: readmeText.path,
    kind: "readme",
    bytes: readmeText.bytes,
    sha256: readmeText.sha256,
    locale: kit.locale.locale,
  });
  // One name whatever the language, like README.txt; its text speaks the kit's language.
  const brief = kitBrief({
    kit,
    market,
    entries: kitEntries,
    sections: readme,
    now: input.now,
    ...(input.labels ? { labels: input.labels } : {}),
  });
  const briefFile = await publisher.publishText(briefText(brief));
  files.push({
    name: "BRIEF.txt",
    path: briefFile.path,
    kind: "brief",
    bytes: briefFile.bytes,
    sha256: briefFile.sha256,
    locale: brief.locale,
  });
  const manifest: KitManifest = {
    id: kit.id,
    audience: kit.audience,
    market: kit.market,
    launch: `${kit.launch.type}/${kit.launch.slug}`,
    entries: kit.entries.map((e) => `${e.type}/${e.slug}`),
    locale: kit.locale.locale,
    name: kit.name,
    files: files.sort((a, b) => compareCodepoints(a.name, b.name)),
  };
  return { manifest, brief, webCopies: articles.webCopies };
}

/**
 * Publishes a rendered image once under its content hash and gives its line in the kit's
 * manifest: a placement's image or a press original, named `name` inside the kit.
 */
async function publishImage(
  publisher: Publisher,
  image: CachedImage,
  asset: Asset,
  name: string,
  kind: "image" | "original",
  where: Pick<KitFile, "channel" | "entry" | "locale">,
): Promise<KitFile> {
  const path = publishedPath(image.sha256, FILE_EXTENSIONS[image.format]);
  await publisher.publishFile(path, image.file);
  return {
    name,
    path,
    kind,
    bytes: image.bytes,
    sha256: image.sha256,
    ...where,
    width: image.width,
    height: image.height,
    format: image.format,
    asset: asset.id,
    credit: creditOf(asset),
    licence: asset.licence.name,
    quality: image.quality,
  };
}
