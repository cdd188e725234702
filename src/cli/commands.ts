import { replaceOutput } from "../pack/replace-output.ts";
import { planBuild } from "../plan/plan-build.ts";
import { hasErrors } from "../validate/issue.ts";
import { countIssues, formatIssues, issueSummary } from "./format-issues.ts";
import { formatPlan } from "./format-plan.ts";
import { loadAndValidate, type RunContext } from "./run-context.ts";

export interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Exit codes: 0 success, 1 failed build or `--strict` found errors, 2 bad usage. */
export type ExitCode = 0 | 1 | 2;

export async function runCheck(context: RunContext, output: Output): Promise<ExitCode> {
  const { catalog, issues } = await loadAndValidate(context.config);
  const failed = !catalog || (context.config.strict && hasErrors(issues));
  if (context.json) {
    output.stdout(json({ ok: !failed, ...countIssues(issues), issues }));
  } else {
    if (issues.length > 0) output.stdout(`${formatIssues(issues)}\n`);
    output.stdout(issueSummary(issues));
    if (!catalog) output.stderr("[relais] Nothing can be built without a valid brand.yaml.");
  }
  return failed ? 1 : 0;
}

export async function runPlan(context: RunContext, output: Output): Promise<ExitCode> {
  const { catalog, issues } = await loadAndValidate(context.config);
  reportIssues(issues, output);
  if (!catalog) return 1;
  const plan = planBuild(catalog, context.config, context.now);
  output.stdout(context.json ? json(plan) : formatPlan(plan));
  return context.config.strict && hasErrors(issues) ? 1 : 0;
}

/**
 * Until the renderer lands, a build is check + plan, written to `<out>/plan.json` and
 * `<out>/issues.json`. The old output stays untouched when the build fails.
 */
export async function runBuild(context: RunContext, output: Output): Promise<ExitCode> {
  const { catalog, issues } = await loadAndValidate(context.config);
  reportIssues(issues, output);
  if (!catalog || (context.config.strict && hasErrors(issues))) {
    output.stderr(`[relais] Build failed; ${context.config.out} was left as it was.`);
    if (context.json) output.stdout(json({ ok: false, ...countIssues(issues) }));
    return 1;
  }
  const plan = planBuild(catalog, context.config, context.now);
  await replaceOutput(
    context.config.out,
    new Map([
      ["plan.json", `${json(plan)}\n`],
      ["issues.json", `${json({ ...countIssues(issues), issues })}\n`],
    ]),
  );
  const { summary } = plan;
  if (context.json) {
    output.stdout(
      json({ ok: true, out: context.config.out, ...countIssues(issues), plan: summary }),
    );
  } else {
    output.stdout(
      `✓ planned ${summary.included} of ${summary.decisions} publications (${summary.skipped} skipped) into ${context.config.out}`,
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
