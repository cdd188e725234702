import { access } from "node:fs/promises";
import type { ChannelSpec } from "../channels/channel-spec.ts";
import type { ResolvedConfig } from "../config/resolve-config.ts";
import { type ContentIssue, hasErrors } from "../errors/issue.ts";
import type { Catalog } from "../model/catalog.ts";
import type { AmbassadorKit } from "../pack/ambassador-kits.ts";
import { assembleKits, type BuildWarning, type CaptionWriter } from "../pack/assemble-kits.ts";
import { kitLabels } from "../pack/kit-labels.ts";
import { launchIndicators } from "../pack/launch-indicators.ts";
import type { DistManifest } from "../pack/manifest-types.ts";
import { type LockHolder, lockOutput, type OutputLock } from "../pack/output-lock.ts";
import { openStaging, recoverOutput } from "../pack/staging.ts";
import { houseRenders } from "../plan/house-renders.ts";
import type { AmbassadorPlan } from "../plan/plan-ambassadors.ts";
import { type HousePlan, planHouse } from "../plan/plan-house.ts";
import type { Shard } from "../plan/shard-plan.ts";
import type { Plan } from "../plan/types.ts";
import { nextChange, upcomingChanges } from "../plan/upcoming.ts";
import { engineVersions } from "../render/engine-versions.ts";
import { type RenderProgress, renderImages } from "../render/render-images.ts";
import { RenderStore } from "../render/render-store.ts";
import { type AmbassadorReport, buildReport, type UnlistedKit } from "../report/build-report.ts";
import { createSheetWriter } from "../report/contact-sheets.ts";
import { kitSheet } from "../report/kit-sheets.ts";
import { reportHtml } from "../report/report-html.ts";
import { ambassadorPaths, kitPaths } from "../site/stage/kit-paths.ts";
import { kitSecret, kitToken } from "../site/stage/kit-token.ts";
import { writePressPreviews } from "../site/stage/press-previews.ts";
import { buildSiteStage } from "../site/stage/site-stage.ts";
import type { ContentStore } from "../store/content-store.ts";
import { KeyedFiles } from "../store/keyed-files.ts";
import { openStore } from "../store/open-store.ts";
import type { Temporal } from "../time/moment.ts";
import { removeAbandonedWork } from "./abandoned-work.ts";
import {
  buildFingerprint,
  forgetBuild,
  type OutputCounts,
  recordBuild,
  unchangedBuild,
} from "./last-build.ts";
import { missingRenders } from "./missing-renders.ts";
import { renderShard, type ShardSummary, shardSlice } from "./render-shard.ts";
import { undecodedSources } from "./undecoded-sources.ts";

export interface BuildInput {
  catalog: Catalog;
  /**
   * The plan's decisions, when the caller already made them (it is pure: the same inputs give
   * the same plan); the kits, renders and site follow from them here.
   */
  plan?: Plan;
  /** Render this slice of the plan's renders into the store, and write no output. */
  shard?: Shard | undefined;
  /** Assemble the output from the store alone: render nothing, fail if a render is missing. */
  merge?: boolean;
  issues: readonly ContentIssue[];
  channels: ReadonlyMap<string, ChannelSpec>;
  config: ResolvedConfig;
  now: Temporal.Instant;
  captionOf: CaptionWriter;
  onProgress?: (event: RenderProgress) => void;
  /** Lines for people: waiting for another build of the same output, an interrupted one repaired. */
  onNotice?: (line: string) => void;
}

export interface BuildSummary extends OutputCounts {
  /** The whole plan; a shard's build keeps only its slice of it (`shard`). */
  plan?: HousePlan;
  /** A shard's build: what it rendered into the store (and no output was written). */
  shard?: ShardSummary;
  rendered: number;
  cached: number;
  /** Encoder runs: renders that give the same bytes share one. */
  encodes: number;
  /** Nothing changed since the last build: its output was left in place, nothing was written. */
  unchanged: boolean;
  /** Images that could not be decoded (`RenderFailed`, one per asset): their outputs are left out. */
  issues: ContentIssue[];
  /**
   * With `--strict`, the build stopped at those issues before writing anything: the last output
   * was left as it was.
   */
  failed: boolean;
}

/**
 * The build after validation: plan → render → pack → report, written to a staging folder and
 * swapped in as a whole only at the end, so a failed build leaves the last good output in place.
 */
export async function runBuildPipeline(input: BuildInput): Promise<BuildSummary> {
  const { catalog, channels, config, now } = input;
  const engine = engineVersions();
  // Names in each kit's language: its archive's name and its README (src/i18n).
  const labels = kitLabels(catalog.brand.defaultLocale);
  const planOptions = {
    markets: config.markets,
    audiences: config.audiences,
    channels,
    engine,
    site: config.site.enabled,
    audienceLabel: labels.audience,
    siteUrl: config.site.url,
  };
  const store = await openStore(config, corruptNotice(input.onNotice));
  if (input.shard) {
    // A shard never holds the house's plan: its renders are made from the decisions one at a
    // time, and only its slice of them outlives this line.
    const slice = shardSlice(houseRenders(catalog, planOptions, now), catalog, input.shard);
    const done = await renderShard(slice, catalog, store, config, input.onProgress);
    const { rendered, fromStore: cached } = done.shard;
    const none = { kits: 0, files: 0, images: 0, warnings: 0, unchanged: false };
    return { ...none, ...done, rendered, cached };
  }
  const plan = planHouse(catalog, planOptions, now, input.plan);
  const secret = config.site.enabled
    ? await kitSecret(config.state, process.env, {
        unlistedKits: catalog.audiences.some((audience) => !audience.listed),
        secretFile: config.site.kitSecretFile,
      })
    : undefined;

  // Everything the output is made of; the render plan follows from these, so it is made after.
  const fingerprint = await buildFingerprint({
    engine,
    // The machine's concurrency changes how fast, never what: it stays out.
    config: { ...config, render: { ...config.render, concurrency: 0 } },
    catalog,
    issues: input.issues,
    decisions: plan.decisions,
    // Press previews are decisions of their own kind, outside `decisions`.
    previews: plan.previews.map(({ preview }) => preview),
    // A merge renders nothing: the same content merged or built whole is the same output.
    channels: [...channels.values()],
    // The site's unlisted kit links depend on the secret: an HMAC of it, never the secret.
    kit: secret === undefined ? "" : kitToken(secret, "relais", "build"),
  });
  await removeAbandonedWork(config);
  // One build at a time writes an output folder; another one into it waits here.
  const lock = await lockOutput(config.out, { onWait: waitNotice(config.out, input.onNotice) });
  try {
    await recoverUnderLock(config.out, input.onNotice);
    return await writeOutput(input, { plan, secret, fingerprint, lock, store, labels });
  } finally {
    await lock.release();
  }
}

/**
 * Puts back the last output when a build killed while it swapped its output in left none, before
 * anything else can fail: a build that then stops at a content error leaves the last output in
 * place, as it says. Costs one check when the output is there.
 */
export async function recoverKilledSwap(
  out: string,
  onNotice?: (line: string) => void,
): Promise<void> {
  const present = await access(out).then(
    () => true,
    () => false,
  );
  if (present) return;
  const lock = await lockOutput(out, { onWait: waitNotice(out, onNotice) });
  try {
    await recoverUnderLock(out, onNotice);
  } finally {
    await lock.release();
  }
}

async function recoverUnderLock(out: string, onNotice?: (line: string) => void): Promise<void> {
  const recovery = await recoverOutput(out);
  if (recovery.restored) {
    onNotice?.(
      `[relais] ${out} was missing, left so by a build killed while it replaced it: the last output was put back.`,
    );
  }
}

function corruptNotice(onNotice?: (line: string) => void) {
  return (name: string, location: string) =>
    onNotice?.(
      `[relais] [store] ${name} in ${location} did not match its hash: it was set aside and is made again.`,
    );
}

function waitNotice(out: string, onNotice?: (line: string) => void) {
  return (holder: LockHolder) =>
    onNotice?.(
      `[relais] Another build (pid ${holder.pid} on ${holder.host}, since ${holder.since}) is writing ${out}: waiting for it to finish…`,
    );
}

interface Prepared {
  plan: HousePlan;
  secret: string | undefined;
  fingerprint: string;
  lock: OutputLock;
  store: ContentStore;
  labels: ReturnType<typeof kitLabels>;
}

/** Render, pack, report and site, with the output folder's lock held. */
async function writeOutput(input: BuildInput, prepared: Prepared): Promise<BuildSummary> {
  const { catalog, channels, config } = input;
  const { plan, secret, fingerprint, lock, store, labels } = prepared;
  const unchanged = await unchangedBuild(config.cache, config.out, fingerprint);
  if (unchanged) {
    const counts = { rendered: 0, cached: 0, encodes: 0, issues: [], failed: false };
    return { plan, ...unchanged, ...counts, unchanged: true };
  }

  // Kits and site in one render pass, so each source is decoded once for both.
  const render = await renderImages(plan.renders, {
    cache: new RenderStore(store),
    renderMissing: input.merge !== true,
    maxUpscale: config.render.maxUpscale,
    tooSmall: config.render.tooSmall,
    concurrency: config.render.concurrency,
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
  if (render.missing.length > 0) throw missingRenders(render.missing, plan, catalog, store);
  const renderIssues = undecodedSources(plan.renders, render.results, catalog);
  const rendered = { rendered: render.rendered, cached: render.cached, encodes: render.encodes };
  if (config.strict && hasErrors(renderIssues)) {
    const none = { kits: 0, files: 0, images: 0, warnings: 0 };
    return { plan, ...none, ...rendered, unchanged: false, issues: renderIssues, failed: true };
  }

  const staging = await openStaging(config.out);
  try {
    const sheetWriter = createSheetWriter(staging, {
      sheets: new KeyedFiles(store, "sheets"),
      tiles: new KeyedFiles(store, "tiles"),
    });
    const assembled = await assembleKits(staging, {
      kits: plan.kits,
      results: render.results,
      catalog,
      channels,
      captionOf: input.captionOf,
      labels,
      moments: plan.moments.kits,
      now: input.now,
      onKit: (kit) => sheetWriter.add(kitSheet(kit)),
      ambassadors: plan.ambassadors,
    });
    const { warnings, texts, ambassadorKits } = assembled;
    // When a scheduled build must run next. Only the instant: what changes then may be an
    // embargoed launch, which nothing in dist/ but the report may name.
    const next = nextChange(catalog, { ...config, channels }, input.now);
    const coming = upcomingChanges(catalog, { ...config, channels }, input.now, { days: Infinity });
    const manifest = {
      ...assembled.manifest,
      launches: launchIndicators(
        [...assembled.manifest.kits, ...(assembled.manifest.moments ?? [])],
        coming,
        "public",
      ),
      next: next && { at: next.at },
    };
    const report = buildReport({
      plan,
      catalog,
      config,
      channels,
      manifest,
      warnings,
      issues: [...input.issues, ...renderIssues],
      unlistedKits:
        secret === undefined ? [] : unlistedKitLinks(manifest, catalog, secret, config.site.url),
      ambassadors: ambassadorReports(
        plan.ambassadors,
        catalog,
        ambassadorKits,
        secret,
        config.site.url,
      ),
      sheets: await sheetWriter.done(),
    });
    if (plan.site && secret !== undefined) {
      await buildSiteStage({
        kitSecret: secret,
        staging,
        catalog,
        sitePlan: plan.site,
        results: render.results,
        manifest,
        kits: plan.kits,
        texts,
        briefs: assembled.briefs,
        momentSheets: assembled.momentSheets,
        articleWebCopies: assembled.articleWebCopies,
        channels,
        config,
        ambassadors: plan.ambassadors,
        ambassadorKits,
      });
      // After the site's own build, in folders of their own that no page of it links to.
      report.pressPreviews = await writePressPreviews({
        staging,
        previews: plan.previews,
        results: render.results,
        catalog,
        channels,
        captionOf: input.captionOf,
        labels,
        secret,
        siteUrl: config.site.url,
        manifest,
        now: input.now,
      });
    }
    // Streamed: a large catalog's report and manifest are never whole strings in memory.
    await staging.writeJson("report.json", report);
    await staging.write("report.html", reportHtml(report));
    const manifestSha256 = await staging.writeJson("manifest.json", manifest);
    // Forgotten before the swap, recorded after: a build killed in between only costs a full build.
    await forgetBuild(config.cache);
    await lock.verify();
    await staging.commit();
    const counts = countsOf(manifest, warnings);
    // A source that failed to decode is not in the render cache: the next build tries it again
    // and reports it again, instead of calling itself unchanged.
    if (renderIssues.length === 0) {
      await recordBuild(config.cache, {
        fingerprint,
        out: config.out,
        manifestSha256,
        counts,
      });
    }
    return { plan, ...counts, ...rendered, unchanged: false, issues: renderIssues, failed: false };
  } catch (error) {
    await staging.abort();
    throw error;
  }
}

/**
 * Every unlisted kit the site publishes, live sessions' too, with its link (the same path the
 * site stage gives it).
 */
function unlistedKitLinks(
  manifest: DistManifest,
  catalog: Catalog,
  secret: string,
  siteUrl: string,
): UnlistedKit[] {
  const unlisted = new Set(catalog.audiences.filter((a) => !a.listed).map((a) => a.id));
  return [...manifest.kits, ...(manifest.moments ?? [])]
    .filter((kit) => unlisted.has(kit.audience))
    .map((kit) => ({
      market: kit.market,
      audience: kit.audience,
      launch: kit.launch,
      url: `${siteUrl}${kitPaths(secret, kit).kit}`,
    }));
}

/**
 * Every ambassador with their personal pages (the paths the site stage gives them, when there is
 * a site) and, per launch, the tracked link each of their captions carries, per market and
 * platform.
 */
function ambassadorReports(
  plans: readonly AmbassadorPlan[],
  catalog: Catalog,
  written: readonly AmbassadorKit[],
  secret: string | undefined,
  siteUrl: string,
): AmbassadorReport[] {
  const absolute = (path: string) => new URL(path, siteUrl).href;
  return plans.map((plan) => {
    const ambassador = (catalog.ambassadors ?? []).find((a) => a.id === plan.id);
    const launches = plan.launches.map((launch) => {
      const id = `${launch.launch.type}/${launch.launch.slug}`;
      const kits = written.filter((kit) => kit.ambassador === plan.id && kit.launch === id);
      const page = secret === undefined ? undefined : ambassadorPaths(secret, plan.id, id).launch;
      return {
        launch: id,
        ...(page && kits.some((kit) => kit.sections.length > 0) ? { page: absolute(page) } : {}),
        links: kits.flatMap((kit) => kit.links.map((link) => ({ market: kit.market, ...link }))),
        captions: kits.flatMap((kit) =>
          kit.captions.map(({ channel, entry, path }) => ({
            market: kit.market,
            channel,
            entry,
            path,
          })),
        ),
        notOffered: kits.flatMap((kit) =>
          kit.notOffered.map((held) => ({
            market: kit.market,
            channel: held.channel,
            entries: held.entries,
            code: held.reason.code,
            reason: held.reason.message,
          })),
        ),
      };
    });
    const page = secret === undefined ? undefined : ambassadorPaths(secret, plan.id).ambassador;
    return {
      id: plan.id,
      name: plan.name,
      markets: plan.markets,
      platforms: plan.platforms,
      ...(ambassador?.referralCode ? { referralCode: ambassador.referralCode } : {}),
      ...(page && launches.some((l) => l.page) ? { page: absolute(page) } : {}),
      launches,
    };
  });
}

function countsOf(manifest: DistManifest, warnings: readonly BuildWarning[]): OutputCounts {
  let files = 0;
  let images = 0;
  for (const kit of manifest.kits) {
    files += kit.files.length;
    images += kit.files.filter((file) => file.kind === "image").length;
  }
  return { kits: manifest.kits.length, files, images, warnings: warnings.length };
}
