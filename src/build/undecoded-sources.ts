import { type ContentIssue, createIssue } from "../errors/issue.ts";
import type { Catalog } from "../model/catalog.ts";
import type { RenderResult } from "../render/render-images.ts";

/** One `RenderFailed` per asset whose image could not be decoded, naming its document and `file`. */
export function undecodedSources(
  tasks: Iterable<{ key: string; asset: string }>,
  results: ReadonlyMap<string, RenderResult>,
  catalog: Catalog,
): ContentIssue[] {
  const failures = new Map<string, string>();
  for (const task of tasks) {
    const result = results.get(task.key);
    if (result?.status === "unreadable" && !failures.has(task.asset))
      failures.set(task.asset, result.message);
  }
  return catalog.assets
    .filter((asset) => failures.has(asset.id))
    .map((asset) =>
      createIssue("RenderFailed", {
        origin: asset.origin,
        path: "file",
        expected: "an image that decodes",
        found: `${asset.file}: ${failures.get(asset.id)}`,
      }),
    );
}
