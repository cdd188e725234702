import { describe, expect, it } from "vitest";
import { shardOption } from "../../../src/cli/shard-option.ts";

describe("--shard", () => {
  it("reads i/n, counting from 1", () => {
    expect(shardOption("2/4", {})).toEqual({ shard: { index: 2, count: 4 } });
    expect(shardOption("1/1", {})).toEqual({ shard: { index: 1, count: 1 } });
  });

  it.each(["0/4", "5/4", "2", "2/0", "a/b", "-1/3", "1.5/3", ""])(
    "refuses %j, saying what is expected",
    (value) => {
      const result = shardOption(value, {});
      expect(result).toMatchObject({ found: JSON.stringify(value) });
      expect(result).toHaveProperty("expected", expect.stringContaining("i/n with 1 ≤ i ≤ n"));
    },
  );

  it("auto: a Kubernetes Indexed Job counts from 0, with the count beside it", () => {
    expect(shardOption("auto", { JOB_COMPLETION_INDEX: "0", RELAIS_SHARD_COUNT: "3" })).toEqual({
      shard: { index: 1, count: 3 },
    });
    expect(shardOption("auto", { JOB_COMPLETION_INDEX: "2", RELAIS_SHARD_COUNT: "3" })).toEqual({
      shard: { index: 3, count: 3 },
    });
    expect(
      shardOption("auto", { JOB_COMPLETION_INDEX: "3", RELAIS_SHARD_COUNT: "3" }),
    ).toHaveProperty("found", "JOB_COMPLETION_INDEX=3, RELAIS_SHARD_COUNT=3");
    expect(shardOption("auto", { JOB_COMPLETION_INDEX: "1" })).toHaveProperty(
      "found",
      "JOB_COMPLETION_INDEX=1, RELAIS_SHARD_COUNT=(unset)",
    );
  });

  it("auto: GitLab's parallel jobs count from 1", () => {
    expect(shardOption("auto", { CI_NODE_INDEX: "5", CI_NODE_TOTAL: "5" })).toEqual({
      shard: { index: 5, count: 5 },
    });
  });

  it("auto: RELAIS_SHARD wins over the engines' variables", () => {
    expect(
      shardOption("auto", { RELAIS_SHARD: "1/2", CI_NODE_INDEX: "2", CI_NODE_TOTAL: "2" }),
    ).toEqual({ shard: { index: 1, count: 2 } });
  });

  it("auto with nothing set says which variables it reads", () => {
    const result = shardOption("auto", {});
    expect(result).toHaveProperty("found", "auto, with none of those variables set");
    expect(result).toHaveProperty("expected", expect.stringContaining("JOB_COMPLETION_INDEX"));
  });
});
