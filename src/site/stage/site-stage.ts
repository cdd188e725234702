import { rmSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ChannelSpec } from "../../channels/channel-spec.ts";
import type { ResolvedConfig } from "../../config/resolve-config.ts";
import { cleanUpOnExit } from "../../fs/exit-cleanup.ts";
import { makeOwnedFolder } from "../../fs/owned-folder.ts";
import { type Asset, creditOf } from "../../model/asset.ts";
import type { Catalog } from "../../model/catalog.ts";
import { type Entry, entryTitle } from "../../model/entries.ts";
import type { Market } from "../../model/market.ts";
import type { AmbassadorKit } from "../../pack/ambassador-kits.ts";
import type { KitBrief } from "../../pack/kit-brief.ts";
import { kitLabels } from "../../pack/kit-labels.ts";
import type { DistManifest } from "../../pack/manifest-types.ts";
import type { MomentSheet } from "../../pack/moment-sheet.ts";
import type { Staging } from "../../pack/staging.ts";
import type { ArticleWebCopy } from "../../pack/write-articles.ts";
import { publishMomentOf } from "../../plan/eligibility.ts";
import type { AmbassadorPlan } from "../../plan/plan-ambassadors.ts";
import type { KitPlan } from "../../plan/plan-kits.ts";
import type { SiteImagePlan, SitePlan } from "../../plan/plan-site.ts";
import { FILE_EXTENSIONS } from "../../plan/render-tasks.ts";
import type { RenderResult } from "../../render/render-images.ts";
import { resolveMoment } from "../../time/moment.ts";
import type { SiteData, SiteEntry, SiteImage, SiteMarket, SiteText } from "../site-data.ts";
import { RELAIS_ROOT, SITE_WORK_PREFIX } from "../work-folder.ts";
import { kitPaths } from "./kit-paths.ts";
import { siteAmbassadors } from "./site-ambassadors.ts";
import { siteKits } from "./site-kits.ts";
import { siteEras, siteLabels } from "./site-labels.ts";

export interface SiteStageInput {
  staging: Staging;
  catalog: Catalog;
  sitePlan: SitePlan;
  results: ReadonlyMap<string, RenderResult>;
  manifest: DistManifest;
  /** The kits as the plan made them (their sections' order) and their published texts. */
  kits: readonly KitPlan[];
  texts: ReadonlyMap<string, string>;
  /** Each kit's brief by kit id, as its BRIEF.txt says it. */
  briefs?: ReadonlyMap<string, KitBrief>;
  /** Each live-shopping kit's texts by kit id, as its files say them. */
  momentSheets?: ReadonlyMap<string, MomentSheet>;
  /** Each kit's articles as pages for the web, by kit id. */
  articleWebCopies?: ReadonlyMap<string, readonly ArticleWebCopy[]>;
  channels: ReadonlyMap<string, ChannelSpec>;
  config: ResolvedConfig;
  /** The secret behind unlisted kit links (`kitSecret`), read once by the build. */
  kitSecret: string;
  /** The ambassadors' shares of the kits, planned and written: their personal pages. */
  ambassadors?: readonly AmbassadorPlan[];
  ambassadorKits?: readonly AmbassadorKit[];
}

/**
 * Writes the site's data (only what may be published), builds the Astro site into the staging
 * folder, then places the pipeline's own image derivatives and the kit files beside its pages.
 * The data and everything Astro writes stay in a folder of this build's alone, so two builds of
 * one house (a launch and a preview with a later clock) never read each other's data.
 */
export async function buildSiteStage(input: SiteStageInput): Promise<void> {
  const { staging, kitSecret: secret } = input;
  const files = new Map<string, string>();
  const pages = new Map<string, string>();
  const data = await siteData(input, secret, files, pages);
  // Astro imports its own prerender chunks from the work folder: it lives inside Relais, where
  // Astro's packages resolve, not in the house's folder.
  const workDir = await makeOwnedFolder(RELAIS_ROOT, SITE_WORK_PREFIX);
  const forget = cleanUpOnExit(() => rmSync(workDir, { recursive: true, force: true }));
  try {
    const dataFile = path.join(workDir, "data.json");
    await writeFile(dataFile, `${JSON.stringify(data, null, 2)}\n`);
    // Loaded here, not at the top: the pipeline itself never imports Astro.
    const { buildSite } = await import("../build-site.ts");
    await buildSite({
      dataFile,
      outDir: path.join(staging.dir, "site"),
      root: RELAIS_ROOT,
      workDir,
    });
  } finally {
    forget();
    await rm(workDir, { recursive: true, force: true });
  }
  for (const [relative, from] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    await staging.copy(`site${relative}`, from);
  }
  // Pages the pipeline writes itself (articles to copy from the web), beside Astro's.
  for (const [folder, html] of [...pages].sort(([a], [b]) => (a < b ? -1 : 1))) {
    await staging.write(`site${folder}index.html`, new TextEncoder().encode(html));
  }
}

async function siteData(
  input: SiteStageInput,
  secret: string,
  files: Map<string, string>,
  pages: Map<string, string>,
): Promise<SiteData> {
  const { catalog, sitePlan, results, manifest, channels, config, staging } = input;
  const listed = new Set(catalog.audiences.filter((a) => a.listed).map((a) => a.id));
  const urlOf = (task: string): { url: string; width: number; height: number } | undefined => {
    const result = results.get(task);
    if (result?.status !== "ok") return undefined;
    const url = `/_img/${task}.${FILE_EXTENSIONS[result.image.format]}`;
    files.set(url, result.image.file);
    return { url, width: result.image.width, height: result.image.height };
  };
  const images = new Map<string, SiteImage | undefined>();
  const imageOf = (plan: SiteImagePlan, market: Market): SiteImage | undefined => {
    const key = `${market.id} ${plan.asset}`;
    if (!images.has(key)) images.set(key, siteImage(plan, altChains(market), catalog, urlOf));
    return images.get(key);
  };
  const shownMarkets = catalog.markets.filter(
    (market) => !config.markets || config.markets.includes(market.id),
  );
  // Shared pages speak the locale most markets share (`sharedLocale`): alt text in every locale.
  const sharedLocales = [...new Set(shownMarkets.flatMap((market) => market.locales))];
  const sharedImage =
    sitePlan.shared &&
    siteImage(
      sitePlan.shared.image,
      Object.fromEntries(sharedLocales.map((l) => [l, [l]])),
      catalog,
      urlOf,
    );

  const markets: SiteMarket[] = catalog.markets
    .filter((market) => shownMarkets.includes(market))
    .map((market) => {
      const planned = sitePlan.markets.get(market.id) ?? [];
      const shown = new Set(planned.map(({ entry }) => `${entry.type}/${entry.slug}`));
      const entries: SiteEntry[] = planned.map(({ entry, images: plans }) => ({
        type: entry.type,
        slug: entry.slug,
        publishedAt: publishedAt(entry, market),
        text: textsFor(entry, market),
        images: plans.flatMap((plan) => imageOf(plan, market) ?? []),
        era: siteEras(entry, market),
        year: entry.type === "story" ? entry.data.year : undefined,
        products:
          entry.type === "capsule"
            ? entry.data.products.filter((slug) => shown.has(`product/${slug}`))
            : [],
        sku: entry.type === "product" ? entry.data.sku : undefined,
        kits: manifest.kits
          .filter(
            (kit) =>
              kit.market === market.id &&
              listed.has(kit.audience) &&
              kit.launch === `${entry.type}/${entry.slug}`,
          )
          .map((kit) => ({
            audience: kit.audience,
            path: kitPaths(secret, kit, true).kit,
          })),
      }));
      const kits = siteKits(
        {
          catalog,
          manifest,
          kits: input.kits,
          texts: input.texts,
          ...(input.briefs ? { briefs: input.briefs } : {}),
          ...(input.momentSheets ? { momentSheets: input.momentSheets } : {}),
          ...(input.articleWebCopies ? { articleWebCopies: input.articleWebCopies } : {}),
          webPages: pages,
          channels,
          secret,
          outDir: staging.dir,
          labels: kitLabels(catalog.brand.defaultLocale),
        },
        market,
        (asset, m) => imageAlt(asset, altChains(m), catalog),
        files,
        (asset) => images.get(`${market.id} ${asset}`),
      );
      return {
        id: market.id,
        name: market.name,
        timeZone: market.timeZone,
        locales: market.locales.map((locale) => ({
          locale,
          direction: market.directionOf[locale] ?? "ltr",
          hreflang: `${locale}-${market.id.toUpperCase()}`,
        })),
        entries: entries.sort((a, b) =>
          a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0,
        ),
        kits,
      };
    });
  const audienceOf = new Map((catalog.ambassadors ?? []).map((a) => [a.id, a.audience]));
  const ambassadors = siteAmbassadors(
    {
      ambassadors: input.ambassadors ?? [],
      ambassadorKits: input.ambassadorKits ?? [],
      markets,
      channels,
      texts: input.texts,
      secret,
      outDir: staging.dir,
      audienceOf: (id) => audienceOf.get(id),
    },
    files,
  );
  return {
    schemaVersion: 1,
    site: config.site.url,
    brand: { name: catalog.brand.name, website: catalog.brand.website },
    sharedImage,
    labels: siteLabels({
      markets: shownMarkets,
      audiences: catalog.audiences,
      channels,
      defaultLocale: catalog.brand.defaultLocale,
      extraLocales: ambassadors.map((ambassador) => ambassador.locale),
    }),
    markets,
    ...(ambassadors.length > 0 ? { ambassadors } : {}),
  };
}

/** Page text for each locale of the market: that locale first, then the market's chain. */
function textsFor(entry: Entry, market: Market): Record<string, SiteText> {
  const texts: Record<string, SiteText> = {};
  for (const pageLocale of market.locales) {
    const chain = [pageLocale, ...market.locales.filter((l) => l !== pageLocale)];
    const locale = chain.find((l) => entry.text[l] !== undefined);
    const text = locale ? entry.text[locale] : undefined;
    if (!locale || !text) continue;
    texts[pageLocale] = {
      locale,
      direction: market.directionOf[locale] ?? "ltr",
      title: entryTitle(entry, locale) ?? entry.slug,
      dek: "dek" in text ? text.dek : undefined,
      body: text.body,
    };
  }
  return texts;
}

function publishedAt(entry: Entry, market: Market): string {
  const moment = publishMomentOf(entry, market);
  return moment ? resolveMoment(moment, market.timeZone).toInstant().toString() : "";
}

/**
 * For each page locale of a market, where its alt text comes from: the market's chain (then the
 * brand's locale: some alt text beats none for a screen reader).
 */
function altChains(market: Market): Record<string, string[]> {
  return Object.fromEntries(
    market.locales.map((pageLocale) => [
      pageLocale,
      [pageLocale, ...market.locales.filter((l) => l !== pageLocale)],
    ]),
  );
}

function siteImage(
  plan: SiteImagePlan,
  chains: Record<string, readonly string[]>,
  catalog: Catalog,
  urlOf: (task: string) => { url: string; width: number; height: number } | undefined,
): SiteImage | undefined {
  const asset = catalog.assets.find((a) => a.id === plan.asset);
  const og = urlOf(plan.og);
  if (!asset || !og) return undefined;
  const sources: SiteImage["sources"] = [];
  let largest: { width: number; height: number } | undefined;
  for (const format of ["avif", "webp", "jpeg"] as const) {
    const srcset = plan.variants
      .filter((v) => v.format === format)
      .flatMap((v) => {
        const file = urlOf(v.task);
        if (!file) return [];
        if (!largest || file.width > largest.width) largest = file;
        return [{ url: file.url, width: file.width }];
      });
    if (srcset.length > 0) sources.push({ format, srcset });
  }
  if (!largest) return undefined;
  const alt = imageAlt(asset, chains, catalog);
  const altLang = Object.fromEntries(
    Object.entries(altLocales(asset, chains, catalog)).filter(
      (pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== pair[0],
    ),
  );
  return {
    asset: asset.id,
    alt,
    ...(Object.keys(altLang).length > 0 ? { altLang } : {}),
    credit: creditOf(asset),
    creator: asset.credit.creator,
    licence: asset.licence.name,
    licenceUrl: asset.licence.url,
    sources,
    width: largest.width,
    height: largest.height,
    og: og.url,
  };
}

/** Alt text by page locale, after each locale's chain, then the brand's locale. */
function imageAlt(
  asset: Asset,
  chains: Record<string, readonly string[]>,
  catalog: Catalog,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(altLocales(asset, chains, catalog)).map(([pageLocale, locale]) => [
      pageLocale,
      locale ? (asset.alt[locale] ?? "") : "",
    ]),
  );
}

/** By page locale, the locale its alt text is in: each locale's chain, then the brand's. */
function altLocales(
  asset: Asset,
  chains: Record<string, readonly string[]>,
  catalog: Catalog,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(chains).map(([pageLocale, chain]) => [
      pageLocale,
      [...chain, catalog.brand.defaultLocale].find((l) => asset.alt[l]?.trim()),
    ]),
  );
}
