import type { ContentIssue } from "../errors/issue.ts";
import type { RawDocument } from "../sources/contract.ts";

/**
 * Adds the line of the field (or of its nearest enclosing field) to each issue that has none,
 * from the line maps the source gave with each file.
 */
export function locateIssues(
  issues: readonly ContentIssue[],
  documents: readonly RawDocument[],
): ContentIssue[] {
  const linesByOrigin = new Map<string, Record<string, number>>();
  for (const doc of documents) {
    for (const part of [doc, ...doc.texts])
      if (part.lines) linesByOrigin.set(part.origin, part.lines);
  }
  return issues.map((issue) => {
    if (issue.line !== undefined) return issue;
    const line = lineOf(linesByOrigin.get(issue.origin), issue.path);
    return line === undefined ? issue : { ...issue, line };
  });
}

function lineOf(lines: Record<string, number> | undefined, path: string): number | undefined {
  if (!lines) return undefined;
  for (let current = path; current !== ""; current = parentOf(current)) {
    const line = lines[current];
    if (line !== undefined) return line;
  }
  return undefined;
}

/** `alt.ko` → `alt`; `gallery[2]` → `gallery`; `alt` → ``. */
function parentOf(path: string): string {
  return path.replace(/(\.[^.[\]]+|\[\d+\]|^[^.[\]]+)$/, "");
}
