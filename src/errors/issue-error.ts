import type { ContentIssue } from "./issue.ts";

/**
 * A run stopped by issues that are not in the content (a bad option, an invalid config, a source
 * that cannot be read, an output that cannot be written). It carries the same issues as any
 * content mistake, so the command line prints them the same way and `--json` gives them as data.
 */
export class IssueError extends Error {
  readonly issues: ContentIssue[];
  /** 2 for bad usage (an option or the config), 1 for a run that failed. */
  readonly exitCode: 1 | 2;

  constructor(issues: ContentIssue[], exitCode: 1 | 2, options?: { cause?: unknown }) {
    super(
      issues
        .map((issue) => {
          const where = issue.path ? `${issue.origin} ${issue.path}` : issue.origin;
          return `[relais] ${issue.name} ${where}: expected ${issue.expected}, found ${issue.found}`;
        })
        .join("\n"),
      options,
    );
    this.issues = issues;
    this.exitCode = exitCode;
  }
}
