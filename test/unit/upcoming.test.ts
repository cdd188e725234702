import { describe, expect, it } from "vitest";
import type { Catalog } from "../../src/model/catalog.ts";
import { planBuild } from "../../src/plan/plan-build.ts";
import { type UpcomingChange, upcomingChanges } from "../../src/plan/upcoming.ts";
import { parseInstant, Temporal } from "../../src/time/moment.ts";
import { type HouseFiles, markdown, minimalHouse, withFiles } from "../support/house.ts";
import { loadHouse } from "../support/load.ts";

const everything = { markets: undefined, audiences: undefined };
const NOW = "2027-01-10T00:00:00Z";

async function catalogOf(files: HouseFiles): Promise<Catalog> {
  const { catalog, issues } = await loadHouse(files);
  expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
  if (!catalog) throw new Error("the fixture house must be valid");
  return catalog;
}

async function upcoming(changes: HouseFiles, days?: number): Promise<UpcomingChange[]> {
  const catalog = await catalogOf(withFiles(changes));
  return upcomingChanges(catalog, everything, parseInstant(NOW), days ? { days } : {});
}

const base = minimalHouse();
const story = (frontmatter: Record<string, unknown>) =>
  markdown(
    { title: "La Maison", year: 1854, hero: "hero", gallery: ["detail"], ...frontmatter },
    "Il était une fois.",
  );
const product = (frontmatter: Record<string, unknown>) =>
  markdown(
    {
      name: "Sac Nuit",
      sku: "MT-FW26-001",
      capsule: "nuit",
      images: ["hero"],
      soldIn: ["fr", "jp"],
      ...frontmatter,
    },
    "Un sac.",
  );

describe("upcomingChanges", () => {
  it("lists an embargo lifting 3 days ahead at 10:00 Tokyo time, and at 10:00 Paris time", async () => {
    const changes = await upcoming({
      "stories/la-maison/index.md": story({ embargo: { publishAt: "2027-01-13T10:00" } }),
    });
    expect(changes).toEqual([
      {
        kind: "embargo-lifts",
        at: "2027-01-13T01:00:00Z",
        market: "jp",
        timeZone: "Asia/Tokyo",
        local: "2027-01-13 10:00 Asia/Tokyo (UTC+09:00)",
        entries: ["story/la-maison"],
      },
      {
        kind: "embargo-lifts",
        at: "2027-01-13T09:00:00Z",
        market: "fr",
        timeZone: "Europe/Paris",
        local: "2027-01-13 10:00 Europe/Paris (UTC+01:00)",
        entries: ["story/la-maison"],
      },
    ]);
  });

  it("lists a licence expiry once per market, with every entry that shows the image", async () => {
    const hero = base["assets/hero.yaml"] as { licence: Record<string, unknown> };
    const changes = await upcoming({
      "assets/hero.yaml": { ...hero, licence: { ...hero.licence, expires: "2027-01-20" } },
    });
    expect(changes).toEqual([
      expect.objectContaining({
        kind: "licence-expires",
        at: "2027-01-19T15:00:00Z",
        market: "jp",
        local: "2027-01-20 00:00 Asia/Tokyo (UTC+09:00)",
        asset: "hero",
        entries: ["capsule/nuit", "product/sac-nuit", "story/la-maison"],
      }),
      expect.objectContaining({
        kind: "licence-expires",
        at: "2027-01-19T23:00:00Z",
        market: "fr",
        asset: "hero",
      }),
    ]);
  });

  it("lists a withdrawal on 2027-01-31 seen from 2027-01-10, at midnight in each market", async () => {
    const changes = await upcoming({
      "products/sac-nuit/index.md": product({ unpublishAt: "2027-01-31" }),
    });
    expect(changes.map((c) => [c.kind, c.market, c.at, c.local, c.entries])).toEqual([
      [
        "withdrawn",
        "jp",
        "2027-01-30T15:00:00Z",
        "2027-01-31 00:00 Asia/Tokyo (UTC+09:00)",
        ["product/sac-nuit"],
      ],
      [
        "withdrawn",
        "fr",
        "2027-01-30T23:00:00Z",
        "2027-01-31 00:00 Europe/Paris (UTC+01:00)",
        ["product/sac-nuit"],
      ],
    ]);
  });

  it("lists nothing beyond the horizon, and lists it with a longer horizon", async () => {
    const files = { "products/sac-nuit/index.md": product({ unpublishAt: "2027-03-01" }) };
    expect(await upcoming(files)).toEqual([]);
    expect(await upcoming(files, 9)).toEqual([]);
    expect((await upcoming(files, 60)).map((c) => c.market)).toEqual(["jp", "fr"]);
  });

  it("lists nothing in the past: an embargo lifted, a licence expired, a withdrawal done", async () => {
    const hero = base["assets/hero.yaml"] as { licence: Record<string, unknown> };
    const changes = await upcoming({
      "stories/la-maison/index.md": story({ embargo: { publishAt: "2027-01-05T10:00" } }),
      "assets/detail.yaml": {
        ...(base["assets/detail.yaml"] as object),
        licence: { name: "GPL-2.0-or-later", usage: ["social"], expires: "2027-01-09" },
      },
      "products/sac-nuit/index.md": product({ unpublishAt: "2027-01-01" }),
      "assets/hero.yaml": { ...hero, licence: { ...hero.licence, expires: "2026-12-31" } },
    });
    expect(changes).toEqual([]);
  });

  it("lists a moment exactly at the horizon, not one at now", async () => {
    const at = (publishAt: string) => ({
      "stories/la-maison/index.md": story({
        markets: { include: ["fr"] },
        embargo: { publishAt },
      }),
    });
    // 2027-01-10T00:00Z is 01:00 in Paris; 30 days later, 2027-02-09T01:00 in Paris.
    expect(await upcoming(at("2027-01-10T01:00"))).toEqual([]);
    expect((await upcoming(at("2027-02-09T01:00"))).map((c) => c.at)).toEqual([
      "2027-02-09T00:00:00Z",
    ]);
  });

  it("leaves out a market the entry is not targeted at or not sold in", async () => {
    const changes = await upcoming({
      "stories/la-maison/index.md": story({
        markets: { include: ["fr"] },
        embargo: { publishAt: "2027-01-13T10:00" },
      }),
      "products/sac-nuit/index.md": product({ soldIn: ["jp"], unpublishAt: "2027-01-31" }),
    });
    expect(changes.map((c) => `${c.kind} ${c.market} ${c.entries}`)).toEqual([
      "embargo-lifts fr story/la-maison",
      "withdrawn jp product/sac-nuit",
    ]);
  });

  it("leaves out an embargo that lifts after the entry's withdrawal", async () => {
    const changes = await upcoming({
      "stories/la-maison/index.md": story({
        embargo: { publishAt: "2027-01-20T10:00" },
        unpublishAt: "2027-01-15",
      }),
    });
    expect(changes).toEqual([]);
  });

  it("lists a product appearing with its capsule, naming the capsule", async () => {
    const changes = await upcoming({
      "capsules/nuit/index.md": markdown(
        {
          title: "Nuit",
          season: "FW26",
          keyVisuals: ["hero"],
          products: ["sac-nuit"],
          embargo: { publishAt: "2027-01-12T10:00" },
        },
        "La nuit.",
      ),
    });
    expect(
      changes.filter((c) => c.market === "jp").map((c) => [c.entries[0], c.via, c.at]),
    ).toEqual([
      ["capsule/nuit", undefined, "2027-01-12T01:00:00Z"],
      ["product/sac-nuit", "capsule/nuit", "2027-01-12T01:00:00Z"],
    ]);
  });

  it("agrees with the planner: the entry's decisions change at each moment listed, not before", async () => {
    const hero = base["assets/hero.yaml"] as { licence: Record<string, unknown> };
    const catalog = await catalogOf(
      withFiles({
        "stories/la-maison/index.md": story({ embargo: { publishAt: "2027-01-13T10:00" } }),
        "products/sac-nuit/index.md": product({ unpublishAt: "2027-01-31" }),
        "assets/hero.yaml": { ...hero, licence: { ...hero.licence, expires: "2027-01-20" } },
      }),
    );
    const changes = upcomingChanges(catalog, everything, parseInstant(NOW));
    expect(changes.length).toBe(6);
    const decisionsAt = (instant: Temporal.Instant, change: UpcomingChange) =>
      JSON.stringify(
        planBuild(catalog, everything, instant).decisions.filter(
          (d) =>
            d.market === change.market &&
            change.entries.includes(`${d.entry.type}/${d.entry.slug}`),
        ),
      );
    for (const change of changes) {
      const at = Temporal.Instant.from(change.at);
      const before = decisionsAt(at.subtract({ nanoseconds: 1 }), change);
      expect(decisionsAt(at, change), `${change.kind} ${change.market}`).not.toBe(before);
      expect(decisionsAt(at.subtract({ seconds: 60 }), change)).toBe(before);
    }
  });

  it("refuses a horizon that is not a positive number of days", async () => {
    const catalog = await catalogOf(minimalHouse());
    expect(() => upcomingChanges(catalog, everything, parseInstant(NOW), { days: 0 })).toThrow(
      "Expected a positive number of days for days but received 0",
    );
  });
});
