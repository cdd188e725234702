import type { Shard } from "../plan/shard-plan.ts";

/** The variables each engine sets on a parallel job, read by `--shard auto`. */
export type ShardEnv = Partial<
  Record<
    | "RELAIS_SHARD"
    | "JOB_COMPLETION_INDEX"
    | "RELAIS_SHARD_COUNT"
    | "CI_NODE_INDEX"
    | "CI_NODE_TOTAL",
    string
  >
>;

const EXPECTED =
  "i/n with 1 ≤ i ≤ n (e.g. 2/4), or auto: RELAIS_SHARD=i/n, a Kubernetes Indexed Job's JOB_COMPLETION_INDEX with RELAIS_SHARD_COUNT, or GitLab's CI_NODE_INDEX and CI_NODE_TOTAL (docs/sharding.md)";

/**
 * `--shard 2/4`, or `--shard auto` from the job's environment: `RELAIS_SHARD` (`i/n`), a
 * Kubernetes Indexed Job (`JOB_COMPLETION_INDEX` counts from 0; the count is the Job's
 * `completions`, given as `RELAIS_SHARD_COUNT`), or GitLab's `parallel:` (`CI_NODE_INDEX` from 1
 * and `CI_NODE_TOTAL`). A GitHub Actions matrix passes `--shard ${{ matrix.shard }}/4` itself.
 */
export function shardOption(
  value: string,
  env: ShardEnv,
): { shard: Shard } | { expected: string; found: string } {
  if (value !== "auto") return parsed(value, JSON.stringify(value));
  if (env.RELAIS_SHARD) return parsed(env.RELAIS_SHARD, `RELAIS_SHARD=${env.RELAIS_SHARD}`);
  if (env.JOB_COMPLETION_INDEX !== undefined) {
    const found = `JOB_COMPLETION_INDEX=${env.JOB_COMPLETION_INDEX}, RELAIS_SHARD_COUNT=${env.RELAIS_SHARD_COUNT ?? "(unset)"}`;
    const index = wholeNumber(env.JOB_COMPLETION_INDEX);
    if (index === undefined) return { expected: EXPECTED, found };
    return parsed(`${index + 1}/${env.RELAIS_SHARD_COUNT ?? ""}`, found);
  }
  if (env.CI_NODE_INDEX !== undefined) {
    const found = `CI_NODE_INDEX=${env.CI_NODE_INDEX}, CI_NODE_TOTAL=${env.CI_NODE_TOTAL ?? "(unset)"}`;
    return parsed(`${env.CI_NODE_INDEX}/${env.CI_NODE_TOTAL ?? ""}`, found);
  }
  return { expected: EXPECTED, found: "auto, with none of those variables set" };
}

function parsed(
  text: string,
  found: string,
): { shard: Shard } | { expected: string; found: string } {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = wholeNumber(match?.[1]);
  const count = wholeNumber(match?.[2]);
  if (index === undefined || count === undefined || index < 1 || count < 1 || index > count) {
    return { expected: EXPECTED, found };
  }
  return { shard: { index, count } };
}

function wholeNumber(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text.trim())) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}
