import { createIssue } from "../errors/issue.ts";
import { IssueError } from "../errors/issue-error.ts";
import type { Catalog } from "../model/catalog.ts";
import type { HousePlan } from "../plan/plan-house.ts";
import type { ImageTask } from "../plan/render-tasks.ts";
import type { ContentStore } from "../store/content-store.ts";

/**
 * A merge that found renders missing from the store: a shard did not run or did not finish, or
 * ran on other content, another clock or another Relais (its plan then made other renders).
 * Names how many, one example, and what to run; nothing is written.
 */
export function missingRenders(
  missing: readonly ImageTask[],
  plan: HousePlan,
  catalog: Catalog,
  store: ContentStore,
): IssueError {
  const first = missing[0] as ImageTask;
  const asset = catalog.assets.find((candidate) => candidate.id === first.asset);
  const placement = plan.kits
    .flatMap((kit) => kit.sections)
    .find((section) => section.items.some((item) => item.images.some((i) => i.task === first.key)));
  const where = placement ? ` for ${placement.channel}` : " for the site";
  const size =
    first.size.fit === "exact"
      ? `${first.size.width}×${first.size.height}`
      : `${first.size.width} wide`;
  return new IssueError(
    [
      createIssue("RendersMissing", {
        origin: store.shared?.driver.location ?? store.local.location,
        path: "--merge",
        expected: `every render of the plan in the store (${plan.renders.length})`,
        found: `${missing.length} missing, e.g. ${asset?.file ?? first.asset}${where} (${size} ${first.encode.format}); the shards must run with the same --now, content and Relais version as the merge`,
      }),
    ],
    1,
  );
}
