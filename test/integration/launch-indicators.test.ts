import path from "node:path";
import { parse } from "parse5";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveChannelSpecs } from "../../src/channels/resolve-channels.ts";
import { launchIndicators } from "../../src/pack/launch-indicators.ts";
import { planHouse } from "../../src/plan/plan-house.ts";
import { upcomingChanges } from "../../src/plan/upcoming.ts";
import { engineVersions } from "../../src/render/engine-versions.ts";
import { buildReport } from "../../src/report/build-report.ts";
import { reportHtml } from "../../src/report/report-html.ts";
import { createMarkdownSource } from "../../src/sources/markdown/markdown-source.ts";
import { parseInstant } from "../../src/time/moment.ts";
import { validateCatalog } from "../../src/validate/validate-catalog.ts";
import { buildSampleKits, type SampleKits } from "../support/sample-kits.ts";

/**
 * The launches' indicators from the sample house's real kits and the real planner's upcoming
 * moments, on 1 December 2026: what the manifest publishes and what the report tells editors.
 */
const content = path.resolve(import.meta.dirname, "../../content");
const NOW = "2026-12-01T00:00:00Z";
let kits: SampleKits;
let changes: ReturnType<typeof upcomingChanges>;

beforeAll(async () => {
  kits = await buildSampleKits(
    ["fr", "jp"],
    new Set(["instagram/feed-landscape", "line/imagemap"]),
  );
  const { catalog } = validateCatalog(await createMarkdownSource({ root: content }).load());
  if (!catalog) throw new Error("the sample house does not validate");
  const { specs } = resolveChannelSpecs();
  changes = upcomingChanges(
    catalog,
    { markets: ["fr", "jp"], audiences: undefined, channels: specs },
    parseInstant(NOW),
    {
      days: Infinity,
    },
  );
}, 300_000);

describe("the manifest's launches", () => {
  it("list what the kits hold: markets, audiences, platforms, kits and files", () => {
    const launches = launchIndicators(kits.manifest.kits, changes, "public");
    const herbier = launches.find((l) => l.launch === "capsule/herbier");
    const herbierKits = kits.manifest.kits.filter((k) => k.launch === "capsule/herbier");
    expect(herbier?.markets).toEqual(["fr", "jp"]);
    expect(herbier?.audiences).toEqual([...new Set(herbierKits.map((k) => k.audience))].sort());
    expect(herbier?.platforms).toEqual(["instagram", "line"]);
    expect(herbier?.kits).toBe(herbierKits.length);
    expect(herbier?.files).toBe(herbierKits.reduce((n, k) => n + k.files.length, 0));
    expect(launches.map((l) => l.launch).sort()).toEqual(
      [...new Set(kits.manifest.kits.map((k) => k.launch))].sort(),
    );
  });

  it("say what is coming for them, and never name an embargoed launch", () => {
    const launches = launchIndicators(kits.manifest.kits, changes, "public");
    expect(JSON.stringify(launches)).not.toContain("aurele-nuit");
    expect(launches.flatMap((l) => l.upcoming).map((u) => u.kind)).not.toContain("embargo-lifts");
    const herbier = launches.find((l) => l.launch === "capsule/herbier");
    expect(herbier?.upcoming).toContainEqual({
      kind: "withdrawn",
      market: "jp",
      at: "2027-01-30T15:00:00Z",
      local: "2027-01-31 00:00 Asia/Tokyo (UTC+09:00)",
      entry: "product/sac-prairie",
    });
    const maison = launches.find((l) => l.launch === "story/la-maison-1854");
    expect(maison?.upcoming).toContainEqual(
      expect.objectContaining({
        kind: "licence-expires",
        market: "fr",
        asset: "dune-grasses",
        at: "2027-09-29T22:00:00Z",
      }),
    );
  });
});

describe("the report's launches", () => {
  it("add embargo lifts and launches not out yet, in report.json and report.html", async () => {
    const { catalog } = validateCatalog(await createMarkdownSource({ root: content }).load());
    if (!catalog) throw new Error("the sample house does not validate");
    const { specs } = resolveChannelSpecs();
    const plan = planHouse(
      catalog,
      {
        markets: ["fr", "jp"],
        audiences: undefined,
        channels: specs,
        engine: engineVersions(),
        site: false,
      },
      parseInstant(NOW),
    );
    const report = buildReport({
      plan,
      catalog,
      config: {
        markets: ["fr", "jp"],
        audiences: undefined,
        site: { enabled: false, url: "" },
      } as never,
      channels: specs,
      manifest: kits.manifest,
      warnings: [],
      issues: [],
    });
    const nuit = report.launches.find((l) => l.launch === "capsule/aurele-nuit");
    expect(nuit?.markets).toEqual([]);
    expect(nuit?.upcoming.map((u) => `${u.market} ${u.kind} ${u.at}`)).toContain(
      "fr embargo-lifts 2099-03-01T09:00:00Z",
    );
    const html = reportHtml(report);
    const text = textOf(parse(html));
    expect(text).toContain("Launches");
    expect(html).toContain('id="launches"');
    expect(text).toMatch(
      /jp: Prairie bag is withdrawn 2027-01-31 00:00 Asia\/Tokyo|jp: .* is withdrawn 2027-01-31 00:00 Asia\/Tokyo/,
    );
  });
});

type Node = { nodeName: string; value?: string; childNodes?: Node[] };
function textOf(node: Node): string {
  if (node.nodeName === "#text") return node.value ?? "";
  return (node.childNodes ?? []).map(textOf).join(" ");
}
