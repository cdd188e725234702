import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Plan, PlanDecision } from "../../src/plan/types.ts";
import { runCli } from "../support/run-cli.ts";

/** The sample house in content/ shows each of the planner's rules on purpose (see docs/content-model.md). */
const repo = path.resolve(import.meta.dirname, "../..");

async function samplePlan(): Promise<Plan> {
  const result = await runCli(
    ["plan", "--json", "--now", "2026-12-01T00:00:00Z", "--content", "content"],
    repo,
  );
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

function find(plan: Plan, audience: string, market: string, slug: string): PlanDecision[] {
  const found = plan.decisions.filter(
    (d) => d.audience === audience && d.market === market && d.entry.slug === slug,
  );
  expect(found.length).toBeGreaterThan(0);
  return found;
}

describe("the sample house", () => {
  it("is valid, with no warning, under --strict", async () => {
    const result = await runCli(["check", "--strict", "--json", "--content", "content"], repo);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, errors: 0, warnings: 0 });
    expect(result.code).toBe(0);
  });

  it("has 6 markets, 2 stories, 2 capsules, 8 products and the locales of its markets", async () => {
    const plan = await samplePlan();
    expect(new Set(plan.decisions.map((d) => d.market))).toEqual(
      new Set(["ae", "cn", "fr", "jp", "kr", "us"]),
    );
    const entries = new Set(plan.decisions.map((d) => `${d.entry.type}/${d.entry.slug}`));
    const count = (type: string) => [...entries].filter((e) => e.startsWith(`${type}/`)).length;
    expect([count("story"), count("capsule"), count("product")]).toEqual([2, 2, 8]);
    const locales = new Set(plan.decisions.flatMap((d) => d.locale?.chain ?? []));
    expect(locales).toEqual(new Set(["fr", "en", "zh-Hans", "ja", "ko", "ar"]));
  });

  it("keeps the 2099 capsule and its products out of every market, with the moment in local time", async () => {
    const plan = await samplePlan();
    const rows = find(plan, "public", "cn", "aurele-nuit").filter(
      (d) => !d.channel.startsWith("tmall/"),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const decision of rows) {
      expect(decision.included).toBe(false);
      expect(decision.reasons).toContainEqual(
        expect.objectContaining({
          code: "embargoed",
          until: "2099-03-01 10:00 Asia/Shanghai (UTC+08:00)",
        }),
      );
    }
    const capsuleRows = plan.decisions.filter((d) => d.entry.slug === "aurele-nuit");
    expect(capsuleRows.every((d) => !d.included)).toBe(true);
    for (const product of [
      "carre-ruban-de-nuit",
      "etole-tourbillon",
      "bague-couronne-d-eau",
      "minaudiere-poisson-d-or",
    ]) {
      const rows = plan.decisions.filter((d) => d.entry.slug === product && d.audience === "press");
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.reasons.map((r) => r.code)).toContain("capsule-not-live");
    }
  });

  it("leaves the cn-excluded image out of cn only, and the story still goes to cn", async () => {
    const plan = await samplePlan();
    const [cn] = find(plan, "public", "cn", "la-maison-1854");
    expect(cn?.included).toBe(true);
    expect(cn?.assets.find((a) => a.asset === "dune-grasses")?.reasons.map((r) => r.code)).toEqual([
      "licence-territory-excluded",
    ]);
    const [fr] = find(plan, "public", "fr", "la-maison-1854");
    expect(fr?.assets.find((a) => a.asset === "dune-grasses")?.included).toBe(true);
  });

  it("leaves the expired image out everywhere", async () => {
    const plan = await samplePlan();
    const uses = plan.decisions.flatMap((d) => d.assets.filter((a) => a.asset === "storm-road"));
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(use.reasons.map((r) => r.code)).toContain("licence-expired");
  });

  it("does not publish the brooch in Japan, where it is not sold", async () => {
    const plan = await samplePlan();
    for (const row of find(plan, "press", "jp", "broche-coccinelle")) {
      expect(row.reasons.map((r) => r.code)).toEqual(["not-sold-in-market"]);
    }
    expect(find(plan, "press", "fr", "broche-coccinelle").every((row) => row.included)).toBe(true);
  });

  it("shows the earrings in English in Korea, where there is no Korean text", async () => {
    const plan = await samplePlan();
    for (const row of find(plan, "press", "kr", "boucles-rosee")) {
      expect(row.included).toBe(true);
      expect(row.locale).toEqual({
        locale: "en",
        chain: ["ko", "en"],
        fallback: true,
        direction: "ltr",
      });
    }
  });

  it("writes Arabic right to left in the Emirates", async () => {
    const plan = await samplePlan();
    const [row] = find(plan, "public", "ae", "la-maison-1854");
    expect(row?.locale).toMatchObject({ locale: "ar", direction: "rtl", fallback: false });
  });

  it("gives the press the editorial-only image that fans do not get", async () => {
    const plan = await samplePlan();
    const image = (audience: string) =>
      find(plan, audience, "fr", "le-jardin-de-soie")[0]?.assets.find(
        (a) => a.asset === "blinds-leaf",
      );
    expect(image("press")?.included).toBe(true);
    expect(image("public")?.reasons.map((r) => r.code)).toEqual(["licence-usage-not-allowed"]);
  });
});
