import {
  type ContentErrorName,
  contentErrors,
  type ErrorSpec,
  type ErrorStage,
} from "./catalog.ts";

/** One problem in the content, with everything an editor needs to fix it. */
export interface ContentIssue {
  /** Permanent name from the error catalog, e.g. `MissingAltText`. */
  name: ContentErrorName;
  /** The stage that found it: source, validate, plan, render… */
  stage: ErrorStage;
  severity: "error" | "warning";
  /** File path relative to the content root, or a document id. */
  origin: string;
  /** Line (1-based) in the file, when known. */
  line?: number;
  /** Field path such as `alt.ko` or `embargo.markets.cn`; empty for the whole document. */
  path: string;
  expected: string;
  found: string;
  /** What to do next. */
  hint: string;
}

export interface IssueDetails {
  origin: string;
  path?: string | readonly PropertyKey[];
  expected: string;
  found: string;
  line?: number;
}

export function createIssue(name: ContentErrorName, details: IssueDetails): ContentIssue {
  const spec = contentErrors[name];
  const issue: ContentIssue = {
    name,
    stage: spec.stage,
    severity: spec.severity,
    origin: details.origin,
    path: typeof details.path === "string" ? details.path : formatPath(details.path ?? []),
    expected: details.expected,
    found: details.found,
    hint: spec.hint,
  };
  if (details.line !== undefined) issue.line = details.line;
  return issue;
}

/** `["alt", "ko"]` → `alt.ko`; `["gallery", 2]` → `gallery[2]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? String(key) : `.${String(key)}`;
  }
  return text;
}

/** A short, single-line rendering of a value an editor wrote. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null (an empty value)";
  if (typeof value === "string")
    return value === "" ? "an empty text" : JSON.stringify(truncate(value));
  if (Array.isArray(value)) return `a list (${truncate(JSON.stringify(value))})`;
  if (typeof value === "object") return `a mapping (${truncate(JSON.stringify(value))})`;
  return `${typeof value} ${String(value)}`;
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function hasErrors(issues: readonly ContentIssue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}

/** True when the issue stops a build even without `--strict` (a whole market, audience or brand). */
export function isBlocking(issue: ContentIssue): boolean {
  return (contentErrors[issue.name] as ErrorSpec).blocking === true;
}

/** Hints are worded for Markdown content; a Sanity source gets its own wording where it differs. */
export function wordHintsFor(
  source: "markdown" | "sanity",
  issues: ContentIssue[],
): ContentIssue[] {
  if (source === "markdown") return issues;
  return issues.map((issue) => {
    const spec = contentErrors[issue.name] as ErrorSpec;
    return spec.sanityHint ? { ...issue, hint: spec.sanityHint } : issue;
  });
}
