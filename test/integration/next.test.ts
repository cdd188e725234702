import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.ts";

/**
 * `relais next` on the sample house: every moment ahead at which a build gives another output
 * by the clock alone, in each market's own time, so a scheduled build knows when to run.
 */
const repository = path.resolve(import.meta.dirname, "../..");

interface Change {
  kind: string;
  at: string;
  market: string;
  local: string;
  entries: string[];
  asset?: string;
}

async function next(now: string, json = true) {
  const result = await runCli(["next", "--now", now, ...(json ? ["--json"] : [])], repository);
  expect(result.code, result.stderr).toBe(0);
  return result;
}

describe("relais next", () => {
  it("lists the live session's end, the withdrawal, every licence expiry and the 2099 embargo lift, per market in its own time", async () => {
    const report = JSON.parse((await next("2026-12-02T00:00:00Z")).stdout) as {
      next: string;
      changes: Change[];
    };
    // The Herbier live session in cn ends at 21:30 Shanghai time on 12 December: its kit goes.
    expect(report.next).toBe("2026-12-12T13:30:00Z");
    const of = (kind: string, entry: string) =>
      report.changes
        .filter((change) => change.kind === kind && change.entries.includes(entry))
        .map((change) => [change.market, change.at, change.local]);
    expect(of("session-ends", "moment/herbier-live-cn")).toEqual([
      ["cn", "2026-12-12T13:30:00Z", "2026-12-12 21:30 Asia/Shanghai (UTC+08:00)"],
    ]);
    // sac-prairie is withdrawn at midnight on 31 January 2027 in each market: Tokyo first.
    expect(of("withdrawn", "product/sac-prairie")).toEqual([
      ["jp", "2027-01-30T15:00:00Z", "2027-01-31 00:00 Asia/Tokyo (UTC+09:00)"],
      ["kr", "2027-01-30T15:00:00Z", "2027-01-31 00:00 Asia/Seoul (UTC+09:00)"],
      ["cn", "2027-01-30T16:00:00Z", "2027-01-31 00:00 Asia/Shanghai (UTC+08:00)"],
      ["ae", "2027-01-30T20:00:00Z", "2027-01-31 00:00 Asia/Dubai (UTC+04:00)"],
      ["fr", "2027-01-30T23:00:00Z", "2027-01-31 00:00 Europe/Paris (UTC+01:00)"],
      ["us", "2027-01-31T05:00:00Z", "2027-01-31 00:00 America/New_York (UTC-05:00)"],
    ]);
    // The dune grasses' agreement ends on 30 September 2027; mainland China never showed them.
    const expiries = report.changes.filter((change) => change.kind === "licence-expires");
    expect(expiries.map((change) => [change.market, change.asset, change.local])).toEqual([
      ["jp", "dune-grasses", "2027-09-30 00:00 Asia/Tokyo (UTC+09:00)"],
      ["kr", "dune-grasses", "2027-09-30 00:00 Asia/Seoul (UTC+09:00)"],
      ["ae", "dune-grasses", "2027-09-30 00:00 Asia/Dubai (UTC+04:00)"],
      ["fr", "dune-grasses", "2027-09-30 00:00 Europe/Paris (UTC+02:00)"],
      ["us", "dune-grasses", "2027-09-30 00:00 America/New_York (UTC-04:00)"],
    ]);
    expect(expiries.every((change) => change.entries.includes("story/la-maison-1854"))).toBe(true);
    expect(of("embargo-lifts", "capsule/aurele-nuit")).toEqual([
      ["jp", "2099-03-01T01:00:00Z", "2099-03-01 10:00 Asia/Tokyo (UTC+09:00)"],
      ["kr", "2099-03-01T01:00:00Z", "2099-03-01 10:00 Asia/Seoul (UTC+09:00)"],
      ["cn", "2099-03-01T02:00:00Z", "2099-03-01 10:00 Asia/Shanghai (UTC+08:00)"],
      ["ae", "2099-03-01T06:00:00Z", "2099-03-01 10:00 Asia/Dubai (UTC+04:00)"],
      ["fr", "2099-03-01T09:00:00Z", "2099-03-01 10:00 Europe/Paris (UTC+01:00)"],
      ["us", "2099-03-01T15:00:00Z", "2099-03-01 10:00 America/New_York (UTC-05:00)"],
    ]);
  });

  it("says when nothing is due", async () => {
    const report = JSON.parse((await next("2100-01-01T00:00:00Z")).stdout);
    expect(report).toMatchObject({ next: null, changes: [] });
    const text = await next("2100-01-01T00:00:00Z", false);
    expect(text.stdout).toMatch(/^Nothing is due after 2100-01-01T00:00:00Z/);
  });

  it("prints the next change first for a person, then every moment in time order", async () => {
    const { stdout } = await next("2026-12-02T00:00:00Z", false);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(
      "Next change: 2026-12-12T13:30:00Z (2026-12-12 21:30 Asia/Shanghai (UTC+08:00), cn)",
    );
    expect(stdout.indexOf("live session ends: moment/herbier-live-cn")).toBeLessThan(
      stdout.indexOf("withdrawn: product/sac-prairie"),
    );
    expect(stdout.indexOf("withdrawn: product/sac-prairie")).toBeLessThan(
      stdout.indexOf("licence expires: dune-grasses"),
    );
    expect(stdout.indexOf("licence expires: dune-grasses")).toBeLessThan(
      stdout.indexOf("embargo lifts: capsule/aurele-nuit"),
    );
  });
});
