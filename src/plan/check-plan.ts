import { type ContentIssue, createIssue } from "../errors/issue.ts";
import type { Catalog } from "../model/catalog.ts";
import type { AssetSkipReason, Plan, PlanDecision, SkipReason } from "./types.ts";

/**
 * Skip reasons that no date will lift: the entry, its markets, audiences, channels or licences say
 * it can never go there. Embargoes, withdrawals, a capsule not live yet and expired licences are
 * the clock's, and are not mistakes.
 */
const LASTING: ReadonlySet<SkipReason["code"]> = new Set([
  "not-for-audience",
  "channel-unknown",
  "channel-excludes-type",
  "market-not-targeted",
  "not-sold-in-market",
  "no-text-in-chain",
  "legal-lines-over-limit",
  "disclosure-over-limit",
  "disclosure-missing",
]);
const LASTING_ASSET: ReadonlySet<AssetSkipReason["code"]> = new Set([
  "asset-unavailable",
  "licence-territory-excluded",
  "licence-territory-not-allowed",
  "licence-usage-not-allowed",
]);

export interface PlanCheckOptions {
  /** Where the content comes from, for the issue's origin: `content`, `sanity`… */
  sourceName: string;
  /**
   * The build was narrowed to some markets or audiences (config): an entry for the others is
   * then not a mistake.
   */
  narrowed: boolean;
}

/**
 * Mistakes only the whole plan shows: an entry that no market, audience and channel can ever take,
 * and a build that would publish nothing at all (which blocks it: it would replace the last
 * output with an empty one).
 */
export function checkPlan(plan: Plan, catalog: Catalog, options: PlanCheckOptions): ContentIssue[] {
  return checkDecisions(plan.decisions, catalog, options);
}

/**
 * `checkPlan` over decisions read one at a time (`eachDecision`), keeping only what an issue
 * needs: a shard checks the whole house without holding its plan.
 */
export function checkDecisions(
  decisions: Iterable<PlanDecision>,
  catalog: Catalog,
  options: PlanCheckOptions,
): ContentIssue[] {
  // Per entry, while every decision so far is a lasting skip: the reasons, to name the commonest.
  const unreachable = new Map<string, Map<string, number>>();
  const reachable = new Set<string>();
  const legal = new Map<string, ContentIssue>();
  const disclosure = new Map<string, ContentIssue>();
  // Every reason, while nothing is included yet (only a build that publishes nothing names them).
  let allReasons: Map<string, number> | undefined = new Map();
  let count = 0;
  for (const decision of decisions) {
    count += 1;
    const entry = `${decision.entry.type}/${decision.entry.slug}`;
    if (!reachable.has(entry)) {
      if (isLastingSkip(decision)) {
        const counts = unreachable.get(entry) ?? new Map<string, number>();
        countReasons(decision, counts);
        unreachable.set(entry, counts);
      } else {
        unreachable.delete(entry);
        reachable.add(entry);
      }
    }
    addLegalLinesOverLimit(decision, legal);
    addDisclosureHeldBack(decision, disclosure);
    if (decision.included) allReasons = undefined;
    else if (allReasons) countReasons(decision, allReasons);
  }

  const issues: ContentIssue[] = [];
  if (!options.narrowed) {
    for (const entry of catalog.entries) {
      const counts = unreachable.get(`${entry.type}/${entry.slug}`);
      if (!counts) continue;
      issues.push(
        createIssue("EntryReachesNothing", {
          origin: entry.origin,
          expected: "at least one market, audience and channel that can take it",
          found: `none: ${commonReasons(counts)}`,
        }),
      );
    }
  }
  issues.push(...legal.values(), ...disclosure.values());
  if (allReasons) {
    issues.push(
      createIssue("NothingToPublish", {
        origin: options.sourceName,
        expected: "at least one entry published",
        found: `nothing of ${catalog.entries.length} valid ${catalog.entries.length === 1 ? "entry" : "entries"}, ${catalog.markets.length} ${catalog.markets.length === 1 ? "market" : "markets"} and ${catalog.audiences.length} ${catalog.audiences.length === 1 ? "audience" : "audiences"}${count > 0 ? ` (most often: ${commonReasons(allReasons)})` : ""}`,
      }),
    );
  }
  return issues;
}

/** One issue per market, placement and locale whose legal lines alone exceed the caption. */
function addLegalLinesOverLimit(decision: PlanDecision, seen: Map<string, ContentIssue>): void {
  for (const reason of decision.reasons) {
    if (reason.code !== "legal-lines-over-limit") continue;
    const key = `${decision.market} ${decision.channel} ${reason.locale}`;
    if (seen.has(key)) continue;
    seen.set(
      key,
      createIssue("LegalLinesOverLimit", {
        origin: `market ${decision.market}`,
        path: `legalLines.${reason.locale}`,
        expected: `legal lines within ${decision.channel}'s caption limit of ${reason.limit}`,
        found: `${reason.message.replace(/^the legal lines in \S+ need /, "")}, so ${decision.channel} is not offered in ${decision.market} in ${reason.locale}`,
      }),
    );
  }
}

/**
 * One issue per market, placement, locale and audience whose disclosure keeps the placement from
 * it: its line is missing in the locale, or does not fit with the legal lines.
 */
function addDisclosureHeldBack(decision: PlanDecision, seen: Map<string, ContentIssue>): void {
  for (const reason of decision.reasons) {
    if (reason.code !== "disclosure-over-limit" && reason.code !== "disclosure-missing") continue;
    const key = `${reason.code} ${decision.market} ${decision.channel} ${reason.locale} ${decision.audience}`;
    if (seen.has(key)) continue;
    const offered = `so ${decision.channel} is not offered to ${decision.audience} in ${decision.market} in ${reason.locale}`;
    seen.set(
      key,
      reason.code === "disclosure-missing"
        ? createIssue("DisclosureMissing", {
            origin: `market ${decision.market}`,
            path: `disclosure.${reason.kinds[0]}.${reason.locale}`,
            expected: `a ${reason.kinds.join(" and ")} disclosure line in ${reason.locale}, the locale of the caption`,
            found: `none in ${reason.locale}, ${offered}`,
          })
        : createIssue("DisclosureOverLimit", {
            origin: `market ${decision.market}`,
            path: "disclosure",
            expected: `the disclosure and legal lines within ${decision.channel}'s caption limit of ${reason.limit}`,
            found: `${reason.length}, ${offered}`,
          }),
    );
  }
}

function isLastingSkip(decision: PlanDecision): boolean {
  if (decision.included) return false;
  return decision.reasons.some(
    (reason) =>
      LASTING.has(reason.code) ||
      (reason.code === "no-usable-asset" &&
        decision.assets.every((asset) => asset.reasons.some((r) => LASTING_ASSET.has(r.code)))),
  );
}

function countReasons(decision: PlanDecision, counts: Map<string, number>): void {
  for (const reason of decision.reasons) {
    counts.set(reason.message, (counts.get(reason.message) ?? 0) + 1);
  }
}

/** The three most frequent reasons, most frequent first, as their messages say them. */
function commonReasons(counts: ReadonlyMap<string, number>): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([message]) => message)
    .join("; ");
}
