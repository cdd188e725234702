import { describe, expect, it } from "vitest";
import type { Catalog } from "../../../src/model/catalog.ts";
import type { DistManifest } from "../../../src/pack/manifest-types.ts";
import { planBuild } from "../../../src/plan/plan-build.ts";
import {
  type BuildReport,
  buildReport,
  type ReportInput,
} from "../../../src/report/build-report.ts";
import { reportHtml } from "../../../src/report/report-html.ts";
import { whereOf } from "../../../src/report/report-where.ts";
import { parseInstant } from "../../../src/time/moment.ts";
import { type HouseFiles, markdown, minimalHouse, withFiles } from "../../support/house.ts";
import { loadHouse } from "../../support/load.ts";

const base = minimalHouse();
const hero = base["assets/hero.yaml"] as { licence: Record<string, unknown> };
const NO_KITS: DistManifest = { schemaVersion: 2, kits: [] };
const siteAt = (url: string, enabled = true) => ({
  markets: undefined,
  audiences: undefined,
  site: { url, enabled, kitSecretFile: undefined },
});

async function catalogOf(files: HouseFiles): Promise<Catalog> {
  const { catalog, issues } = await loadHouse(files);
  expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
  if (!catalog) throw new Error("the fixture house must be valid");
  return catalog;
}

async function reportOf(
  changes: HouseFiles,
  now: string,
  more: Partial<ReportInput> = {},
): Promise<BuildReport> {
  const catalog = await catalogOf(withFiles(changes));
  const config = siteAt("https://presse.maison-test.example");
  return buildReport({
    plan: planBuild(catalog, config, parseInstant(now)),
    catalog,
    config,
    manifest: NO_KITS,
    warnings: [],
    issues: [],
    ...more,
  });
}

const story = (frontmatter: Record<string, unknown>) =>
  markdown(
    { title: "La Maison", year: 1854, hero: "hero", gallery: ["detail"], ...frontmatter },
    "Il était une fois.",
  );

describe("buildReport: each reason once per entry, with its markets", () => {
  // Two audiences × (one channel in fr + two in jp): six decisions held back by one embargo.
  const embargoed = {
    "stories/la-maison/index.md": story({ embargo: { publishAt: "2099-03-01T10:00" } }),
  };

  it("gives an embargo written as local time one line, with every market and its moment there", async () => {
    const report = await reportOf(embargoed, "2026-12-01T00:00:00Z");
    expect(report.heldBack).toEqual([
      {
        entry: "story/la-maison",
        code: "embargoed",
        reason: "embargoed until 2099-03-01 10:00 local time",
        moments: [
          {
            market: "fr",
            at: "2099-03-01T09:00:00Z",
            local: "2099-03-01 10:00 Europe/Paris (UTC+01:00)",
          },
          {
            market: "jp",
            at: "2099-03-01T01:00:00Z",
            local: "2099-03-01 10:00 Asia/Tokyo (UTC+09:00)",
          },
        ],
        where: [{ markets: ["fr", "jp"] }],
        count: 6,
      },
    ]);
    expect(report.summary.entriesHeldBack).toBe(1);
  });

  it("gives an embargo written as an instant one line in UTC", async () => {
    const report = await reportOf(
      { "stories/la-maison/index.md": story({ embargo: { publishAt: "2099-03-01T10:00+01:00" } }) },
      "2026-12-01T00:00:00Z",
    );
    expect(report.heldBack.map((line) => [line.reason, line.where])).toEqual([
      ["embargoed until 2099-03-01 09:00 UTC", [{ markets: ["fr", "jp"] }]],
    ]);
  });

  it("gives a market's own embargo its own line", async () => {
    const report = await reportOf(
      {
        "stories/la-maison/index.md": story({
          embargo: { publishAt: "2099-03-01T10:00", markets: { jp: "2099-04-01T10:00" } },
        }),
      },
      "2026-12-01T00:00:00Z",
    );
    expect(report.heldBack.map((line) => [line.reason, line.where])).toEqual([
      ["embargoed until 2099-03-01 10:00 local time", [{ markets: ["fr"] }]],
      ["embargoed until 2099-04-01 10:00 local time", [{ markets: ["jp"] }]],
    ]);
  });

  it("names the audiences only when a reason holds for some of them", async () => {
    // The hero may not be used by the press (editorial): the capsule and the product, which show
    // the hero alone, are held back for the press only; the story goes out with its detail.
    const report = await reportOf(
      { "assets/hero.yaml": { ...hero, licence: { ...hero.licence, usage: ["social"] } } },
      "2026-12-01T00:00:00Z",
    );
    expect(report.heldBack.map((line) => [line.entry, line.reason, line.where])).toEqual([
      [
        "capsule/nuit",
        "none of its images may be used there",
        [{ markets: ["fr", "jp"], audiences: ["press"] }],
      ],
      // Products go to the press only: the press is every audience that had it.
      ["product/sac-nuit", "none of its images may be used there", [{ markets: ["fr", "jp"] }]],
    ]);
    expect(report.imagesLeftOut).toEqual([
      expect.objectContaining({
        asset: "hero",
        code: "licence-usage-not-allowed",
        reason: "licence allows social, not editorial use",
        data: { usage: "editorial" },
        entries: ["capsule/nuit", "product/sac-nuit", "story/la-maison"],
        where: [{ markets: ["fr", "jp"], audiences: ["press"] }],
      }),
    ]);
  });

  it("lists where an entry is not sold, and the fallback locale with the markets lacking a translation", async () => {
    const report = await reportOf(
      {
        "products/sac-nuit/index.md": markdown(
          {
            name: "Sac Nuit",
            sku: "MT-FW26-001",
            capsule: "nuit",
            images: ["hero"],
            soldIn: ["fr"],
          },
          "Un sac.",
        ),
      },
      "2026-12-01T00:00:00Z",
    );
    expect(report.heldBack.map((line) => [line.entry, line.code, line.where])).toEqual([
      ["product/sac-nuit", "not-sold-in-market", [{ markets: ["jp"] }]],
    ]);
    // The capsule has no Japanese text: jp shows it in English, in every audience and channel.
    expect(report.fallbacks).toEqual([
      {
        entry: "capsule/nuit",
        locale: "en",
        missing: "ja",
        where: [{ markets: ["jp"] }],
        count: 4,
      },
    ]);
    expect(report.markets.map((m) => [m.market, m.heldBack, m.published.length])).toEqual([
      ["fr", [], 3],
      ["jp", ["product/sac-nuit"], 2],
    ]);
  });

  it("carries what changes in the next 30 days", async () => {
    const report = await reportOf(
      { "stories/la-maison/index.md": story({ unpublishAt: "2027-01-31" }) },
      "2027-01-10T00:00:00Z",
    );
    expect(report.upcoming).toMatchObject({ days: 30, until: "2027-02-09T00:00:00Z" });
    expect(report.upcoming.changes.map((c) => [c.kind, c.market, c.at])).toEqual([
      ["withdrawn", "jp", "2027-01-30T15:00:00Z"],
      ["withdrawn", "fr", "2027-01-30T23:00:00Z"],
    ]);
    expect(report.summary.upcoming).toBe(2);
  });
});

describe("buildReport: warnings", () => {
  it("gives a warning one line for every placement and market it holds in", async () => {
    const warning = (market: string, channel: string) => ({
      code: "source-too-small" as const,
      audience: "press",
      market,
      channel,
      entry: "story/la-maison",
      asset: "hero",
      message: `${channel}/la-maison-01-hero.jpg left out: the source gives 64×64 pixels for a 1080×1920 output`,
    });
    const report = await reportOf({}, "2026-12-01T00:00:00Z", {
      warnings: [
        warning("fr", "instagram/feed-portrait"),
        warning("jp", "line/rich-message"),
        warning("jp", "x/post"),
      ],
    });
    expect(report.warnings).toEqual([
      {
        code: "source-too-small",
        asset: "hero",
        message:
          "la-maison-01-hero.jpg left out: the source gives 64×64 pixels for a 1080×1920 output",
        entries: ["story/la-maison"],
        // Every placement the press had the story on, in both markets: no channel to name.
        where: [{ markets: ["fr", "jp"], audiences: ["press"] }],
        count: 3,
      },
    ]);
  });
});

describe("whereOf", () => {
  const cell = (market: string, audience: string, channel: string) => ({
    market,
    audience,
    channel,
  });
  const universe = (keys: string[]) => () => new Set(keys);

  it("names the channels when a line holds on some channels for every audience", () => {
    const cells = [cell("fr", "public", "x/post"), cell("fr", "press", "x/post")];
    const all = ["public\tx/post", "public\tx/card", "press\tx/post", "press\tx/card"];
    expect(whereOf(cells, universe(all))).toEqual([{ markets: ["fr"], channels: ["x/post"] }]);
  });

  it("names each audience with its channels when they differ", () => {
    const cells = [cell("fr", "public", "x/post"), cell("fr", "press", "x/card")];
    const all = ["public\tx/post", "public\tx/card", "press\tx/post", "press\tx/card"];
    expect(whereOf(cells, universe(all))).toEqual([
      { markets: ["fr"], audiences: ["press"], channels: ["x/card"] },
      { markets: ["fr"], audiences: ["public"], channels: ["x/post"] },
    ]);
  });

  it("puts markets on one line when one filter gives each its own cells, whatever channels it has", () => {
    const universes: Record<string, string[]> = {
      fr: ["press\tx/post", "press\tx/card", "press\tinstagram/story"],
      jp: ["press\tx/post", "press\tline/rich-message"],
    };
    const byMarket = (market: string) => new Set(universes[market]);
    // Too small for x/post and x/card: jp has no x/card, and the line still holds there.
    const fitting = [
      cell("fr", "press", "x/post"),
      cell("fr", "press", "x/card"),
      cell("jp", "press", "x/post"),
    ];
    expect(whereOf(fitting, byMarket)).toEqual([
      { markets: ["fr", "jp"], channels: ["x/card", "x/post"] },
    ]);
    // In jp it is line/rich-message that is held: x/post would not fit jp's cells.
    const apart = [...fitting.slice(0, 2), cell("jp", "press", "line/rich-message")];
    expect(whereOf(apart, byMarket)).toEqual([
      { markets: ["fr"], channels: ["x/card", "x/post"] },
      { markets: ["jp"], channels: ["line/rich-message"] },
    ]);
  });

  it("puts the markets with the same narrowing on one line", () => {
    const cells = ["us", "fr", "jp"].map((market) => cell(market, "press", "x/post"));
    const all = ["public\tx/post", "press\tx/post"];
    expect(whereOf(cells, universe(all))).toEqual([
      { markets: ["fr", "jp", "us"], audiences: ["press"] },
    ]);
  });
});

describe("the site address warning", () => {
  async function built(url: string, enabled = true) {
    const catalog = await catalogOf(minimalHouse());
    const config = siteAt(url, enabled);
    const report = buildReport({
      plan: planBuild(catalog, config, parseInstant("2026-12-01T00:00:00Z")),
      catalog,
      config,
      manifest: NO_KITS,
      warnings: [],
      issues: [],
    });
    return { report, html: reportHtml(report) };
  }

  it("warns, first thing, while the site's address is Relais's default", async () => {
    const { report, html } = await built("http://localhost:4321");
    expect(report.site).toEqual({ url: "http://localhost:4321", defaultUrl: true });
    expect(html).toContain('<p class="alert" id="site-url">');
    expect(html).toContain("The site's address is still the default, http://localhost:4321.");
    expect(html.indexOf('id="site-url"')).toBeLessThan(html.indexOf('id="published"'));
  });

  it("says nothing once the house has set its address, or builds no site", async () => {
    const set = await built("https://presse.maison-test.example");
    expect(set.report.site).toEqual({
      url: "https://presse.maison-test.example",
      defaultUrl: false,
    });
    expect(set.html).not.toContain("site-url");
    const noSite = await built("http://localhost:4321", false);
    expect(noSite.report.site).toBeUndefined();
    expect(noSite.html).not.toContain("site-url");
  });
});

describe("reportHtml", () => {
  it("writes a held-back reason once, with its markets, however many decisions it holds", async () => {
    const report = await reportOf(
      { "stories/la-maison/index.md": story({ embargo: { publishAt: "2099-03-01T10:00" } }) },
      "2026-12-01T00:00:00Z",
    );
    const html = reportHtml(report);
    expect(html.split("embargoed until 2099-03-01 10:00 local time").length - 1).toBe(1);
    expect(html).toContain(
      '<b>La Maison</b> <span class="id">story/la-maison</span>: embargoed until 2099-03-01 10:00 local time — <span class="where"><b>every market</b></span>',
    );
  });

  it("shows a withdrawal coming up with its local time and each market's UTC time", async () => {
    const report = await reportOf(
      { "stories/la-maison/index.md": story({ unpublishAt: "2027-01-31" }) },
      "2027-01-10T00:00:00Z",
    );
    const html = reportHtml(report);
    const comingUp = html.slice(html.indexOf('id="coming-up"'));
    expect(comingUp).toContain(
      '<b>2027-01-31 00:00 local time</b> — <b>La Maison</b> <span class="id">story/la-maison</span> is withdrawn',
    );
    expect(comingUp).toContain(
      "<li>jp: 2027-01-30 15:00 UTC</li><li>fr: 2027-01-30 23:00 UTC</li>",
    );
    expect(html).toContain('<a href="#coming-up"><b>1</b> change coming in the next 30 days</a>');
  });

  it("labels each contact sheet with its audience, market and launch", async () => {
    const image = (name: string, channel: string) => ({
      name,
      path: `files/${"0".repeat(64)}.jpg`,
      kind: "image" as const,
      bytes: 1000,
      sha256: "0".repeat(64),
      channel,
      entry: "capsule/nuit",
    });
    const manifest: DistManifest = {
      schemaVersion: 2,
      kits: [
        {
          id: "jp/press/capsule-nuit",
          audience: "press",
          market: "jp",
          launch: "capsule/nuit",
          entries: ["capsule/nuit", "product/sac-nuit"],
          locale: "en",
          name: "maison-test_nuit_jp_press",
          files: [
            image("x/post/nuit-01-hero.jpg", "x/post"),
            image("line/a.jpg", "line/rich-message"),
          ],
        },
      ],
    };
    const report = await reportOf({}, "2026-12-01T00:00:00Z", {
      manifest,
      sheets: new Map([["jp/press/capsule-nuit", "report/jp__press__capsule-nuit.jpg"]]),
    });
    expect(report.kits).toEqual([
      {
        id: "jp/press/capsule-nuit",
        audience: "press",
        market: "jp",
        launch: "capsule/nuit",
        entries: ["capsule/nuit", "product/sac-nuit"],
        name: "maison-test_nuit_jp_press",
        channels: ["line/rich-message", "x/post"],
        images: 2,
        bytes: 2000,
        sheet: "report/jp__press__capsule-nuit.jpg",
      },
    ]);
    const html = reportHtml(report);
    expect(html).toContain(
      '<figcaption><b>press</b> · jp · <b>Nuit</b> <span class="id">capsule/nuit</span><br><span class="muted">2 images in 2 placements, 2 entries · 2 kB</span></figcaption>',
    );
    expect(html).toContain(
      '<img src="report/jp__press__capsule-nuit.jpg" alt="Contact sheet: press · jp · capsule/nuit" loading="lazy">',
    );
  });
});
