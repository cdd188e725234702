import pc from "picocolors";
import type { ContentIssue } from "../errors/issue.ts";

/** One block per issue: where, what, expected/found, and what to do. No stack traces. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  return issues.map((issue) => formatIssue(issue)).join("\n\n");
}

/** `colors` is picocolors, or plain text for files (docs/errors.md). */
export function formatIssue(issue: ContentIssue, colors: Colors = pc): string {
  const mark = issue.severity === "error" ? colors.red("✗ error") : colors.yellow("▲ warning");
  const where = `${issue.origin}${issue.line === undefined ? "" : `:${issue.line}`}`;
  const field = issue.path ? ` ${colors.bold(issue.path)}` : "";
  return [
    `${mark} ${colors.bold(issue.name)}  ${colors.cyan(where)}${field}`,
    `  expected ${issue.expected}`,
    `  found    ${issue.found}`,
    `  ${colors.dim("→")} ${issue.hint}`,
  ].join("\n");
}

type Colors = Pick<typeof pc, "red" | "yellow" | "bold" | "cyan" | "dim">;

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
