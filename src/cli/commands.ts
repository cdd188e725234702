import { recoverKilledSwap, runBuildPipeline } from "../build/run-build.ts";
import { type ContentIssue, hasErrors, isBlocking } from "../errors/issue.ts";
import { writeCaptions } from "../pack/caption-writer.ts";
import { kitLabels } from "../pack/kit-labels.ts";
import { outputNotWritable } from "../pack/output-error.ts";
import { guardOutput } from "../pack/output-guard.ts";
import { checkDecisions, checkPlan } from "../plan/check-plan.ts";
import { eachDecision, planBuild } from "../plan/plan-build.ts";
import { planHouse } from "../plan/plan-house.ts";
import { heldMomentIssues, heldMoments } from "../plan/plan-moments.ts";
import { upcomingChanges } from "../plan/upcoming.ts";
import { engineVersions } from "../render/engine-versions.ts";
import { countIssues, formatIssues, issueSummary } from "./format-issues.ts";
import { formatNext } from "./format-next.ts";
import { formatPlan } from "./format-plan.ts";
import type { Output } from "./output.ts";
import { planJson } from "./plan-json.ts";
import { createProgress } from "./progress.ts";
import { loadAndValidate, loadChannels, type RunContext } from "./run-context.ts";

/** Exit codes: 0 success, 1 failed build or `--strict` found errors, 2 bad usage. */
export type ExitCode = 0 | 1 | 2;

export async function runCheck(context: RunContext, output: Output): Promise<ExitCode> {
  const { issues } = await validateAndPlan(context);
  const failed = fails(issues, context);
  if (context.json) {
    output.stdout(json({ ok: !failed, ...countIssues(issues), issues }));
  } else {
    if (issues.length > 0) output.stdout(`${formatIssues(issues)}\n`);
    output.stdout(issueSummary(issues));
  }
  return failed ? 1 : 0;
}

export async function runPlan(context: RunContext, output: Output): Promise<ExitCode> {
  const { plan, issues, catalog, channels } = await validateAndPlan(context);
  reportIssues(issues, output);
  if (!plan || !catalog) return 1;
  const { config } = context;
  // The whole plan the build reads: the kits, every render with its key, the site.
  const house = planHouse(
    catalog,
    {
      markets: config.markets,
      audiences: config.audiences,
      channels,
      engine: engineVersions(),
      site: config.site.enabled,
      audienceLabel: kitLabels(catalog.brand.defaultLocale).audience,
    },
    context.now,
    plan,
  );
  output.stdout(context.json ? json(planJson(house)) : formatPlan(plan, house.kits.length));
  return fails(issues, context) ? 1 : 0;
}

/**
 * `relais next`: the moments ahead at which the output changes by the clock alone, so that a
 * scheduled build knows when it must run (and that nothing is due between them).
 */
export async function runNext(context: RunContext, output: Output): Promise<ExitCode> {
  const { plan, issues, catalog, channels } = await validateAndPlan(context);
  reportIssues(issues, output);
  if (!plan || !catalog) return 1;
  const changes = upcomingChanges(catalog, { ...context.config, channels }, context.now, {
    days: Infinity,
  });
  const now = context.now.toString();
  output.stdout(
    context.json
      ? json({ schemaVersion: 1, now, next: changes[0]?.at ?? null, changes })
      : formatNext(changes, now),
  );
  return fails(issues, context) ? 1 : 0;
}

/**
 * Validate, then plan, and add what only the whole plan shows (an entry that can never be
 * published, a build that would publish nothing).
 */
async function validateAndPlan(context: RunContext) {
  const channels = loadChannels(context.config);
  const { catalog, issues } = await loadAndValidate(context.config, channels);
  if (!catalog) return { catalog, issues, channels, plan: undefined };
  const { config } = context;
  const plan = planBuild(catalog, { ...config, channels }, context.now);
  const planIssues = checkPlan(plan, catalog, planCheckOptions(context));
  const held = heldMomentIssues(heldMoments(catalog, config.markets, context.now));
  return { catalog, issues: [...issues, ...planIssues, ...held], channels, plan };
}

/**
 * `validateAndPlan` for a shard: the same checks, made on the decisions one at a time, and no
 * plan kept (a shard takes its renders from the decisions again, never holding them all).
 */
async function validateAndCheck(context: RunContext) {
  const channels = loadChannels(context.config);
  const { catalog, issues } = await loadAndValidate(context.config, channels);
  if (!catalog) return { catalog, issues, channels, plan: undefined };
  const decisions = eachDecision(catalog, { ...context.config, channels }, context.now);
  const planIssues = checkDecisions(decisions, catalog, planCheckOptions(context));
  const held = heldMomentIssues(heldMoments(catalog, context.config.markets, context.now));
  return { catalog, issues: [...issues, ...planIssues, ...held], channels, plan: undefined };
}

function planCheckOptions({ config }: RunContext) {
  return {
    sourceName: config.source === "markdown" ? "content" : config.source,
    narrowed: config.markets !== undefined || config.audiences !== undefined,
  };
}

/**
 * A run fails on a blocking issue (a whole market, audience, the brand or everything dropped;
 * `--allow-partial` lets markets and audiences go), and with `--strict` on any error.
 */
function fails(issues: readonly ContentIssue[], context: RunContext): boolean {
  if (context.config.strict && hasErrors(issues)) return true;
  return issues.some(
    (issue) => isBlocking(issue) && !(context.allowPartial && PARTIAL.has(issue.name)),
  );
}

const PARTIAL: ReadonlySet<ContentIssue["name"]> = new Set(["MarketDropped", "AudienceDropped"]);

/**
 * Validate, plan, render, pack and report into the output folder, which is replaced only when the
 * whole build succeeded.
 */
export async function runBuild(context: RunContext, output: Output): Promise<ExitCode> {
  const started = performance.now();
  const { config } = context;
  // Refused before anything is touched; then an output a killed build left aside is put back.
  await guardOutput({
    out: config.out,
    protectedFolders: [
      { folder: config.root, what: "the project folder" },
      { folder: config.content, what: "the content folder" },
      { folder: config.cache, what: "the cache" },
    ],
  });
  await recoverKilledSwap(config.out, output.stderr);
  const { catalog, issues, channels, plan } = await (context.shard
    ? validateAndCheck(context)
    : validateAndPlan(context));
  reportIssues(issues, output);
  if (!catalog || fails(issues, context)) {
    output.stderr(
      `[relais] Build failed${context.config.strict && hasErrors(issues) ? " (--strict)" : ""}; ${context.config.out} was left as it was.`,
    );
    if (context.json) output.stdout(json({ ok: false, ...countIssues(issues), issues }));
    return 1;
  }
  const progress = createProgress(output);
  const summary = await runBuildPipeline({
    catalog,
    ...(plan ? { plan } : {}),
    issues,
    channels,
    config: context.config,
    now: context.now,
    captionOf: writeCaptions(catalog),
    onProgress: progress.update,
    onNotice: output.stderr,
    shard: context.shard,
    merge: context.merge,
  }).catch((error: unknown) => {
    progress.done();
    throw outputNotWritable(error, config.out) ?? error;
  });
  progress.done();
  reportIssues(summary.issues, output);
  if (summary.failed) {
    output.stderr(`[relais] Build failed; ${context.config.out} was left as it was.`);
    if (context.json)
      output.stdout(json({ ok: false, ...countIssues([...issues, ...summary.issues]) }));
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (summary.shard) {
    const { shard } = summary;
    if (context.json) {
      output.stdout(
        json({
          ok: true,
          ...shard,
          ...countIssues([...issues, ...summary.issues]),
          seconds: Number(seconds),
        }),
      );
    } else {
      output.stdout(
        `✓ shard ${shard.shard}: ${shard.renders} renders, ${shard.rendered} rendered into ${shard.store} and ${shard.fromStore} already there, in ${seconds}s. When every shard is done: relais build --merge`,
      );
    }
    return 0;
  }
  const result = {
    ok: true,
    out: context.config.out,
    kits: summary.kits,
    files: summary.files,
    rendered: summary.rendered,
    cached: summary.cached,
    buildWarnings: summary.warnings,
    unchanged: summary.unchanged,
    ...countIssues([...issues, ...summary.issues]),
    seconds: Number(seconds),
  };
  if (context.json) output.stdout(json(result));
  else if (summary.unchanged) {
    output.stdout(
      `✓ nothing changed since the last build: ${context.config.out} left as it was (${result.kits} kits, ${result.files.toLocaleString("en")} files, ${result.buildWarnings} warnings) in ${seconds}s`,
    );
  } else {
    output.stdout(
      `✓ built ${result.kits} kits, ${result.files.toLocaleString("en")} files (${result.rendered} images rendered, ${result.cached} from cache, ${result.buildWarnings} warnings) into ${context.config.out} in ${seconds}s`,
    );
  }
  return 0;
}

/** Issues go to stderr for `plan` and `build`, so stdout stays the result. */
function reportIssues(issues: Parameters<typeof formatIssues>[0], output: Output): void {
  if (issues.length === 0) return;
  output.stderr(`${formatIssues(issues)}\n\n${issueSummary(issues)}`);
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
