import pc from "picocolors";
import type { ContentIssue } from "../errors/issue.ts";

/** One block per issue: where, what, expected/found, and what to do. No stack traces. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  return issues.map(formatIssue).join("\n\n");
}

export function formatIssue(issue: ContentIssue): string {
  const mark = issue.severity === "error" ? pc.red("✗ error") : pc.yellow("▲ warning");
  const where = `${issue.origin}${issue.line === undefined ? "" : `:${issue.line}`}`;
  const field = issue.path ? ` ${pc.bold(issue.path)}` : "";
  return [
    `${mark} ${pc.bold(issue.name)}  ${pc.cyan(where)}${field}`,
    `  expected ${issue.expected}`,
    `  found    ${issue.found}`,
    `  ${pc.dim("→")} ${issue.hint}`,
  ].join("\n");
}

export function countIssues(issues: readonly ContentIssue[]): { errors: number; warnings: number } {
  const errors = issues.filter((issue) => issue.severity === "error").length;
  return { errors, warnings: issues.length - errors };
}

export function issueSummary(issues: readonly ContentIssue[]): string {
  const { errors, warnings } = countIssues(issues);
  const text = `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`;
  if (errors > 0) return pc.red(`✗ ${text}`);
  if (warnings > 0) return pc.yellow(`▲ ${text}`);
  return pc.green(`✓ content is valid (${text})`);
}
