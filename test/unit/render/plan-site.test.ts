import { describe, expect, it } from "vitest";
import { kitToken } from "../../../src/build/kit-token.ts";
import type { Catalog } from "../../../src/model/catalog.ts";
import { planBuild } from "../../../src/plan/plan-build.ts";
import { planSite } from "../../../src/plan/plan-site.ts";
import { parseInstant } from "../../../src/time/moment.ts";
import { markdown, minimalHouse, withFiles } from "../../support/house.ts";
import { loadHouse } from "../../support/load.ts";

const engine = { sharp: "0.35.5", vips: "8.18.7" };
const now = parseInstant("2026-12-01T00:00:00Z");

async function catalogOf(files = minimalHouse()): Promise<Catalog> {
  const { catalog } = await loadHouse(files);
  if (!catalog) throw new Error("valid fixture");
  return catalog;
}

describe("planSite", () => {
  it("shows what a listed audience may publish, with every width and format of each image once", async () => {
    const catalog = await catalogOf();
    const site = planSite(
      planBuild(catalog, { markets: undefined, audiences: undefined }, now),
      catalog,
      engine,
    );
    const fr = site.markets.get("fr") ?? [];
    expect(fr.map(({ entry }) => `${entry.type}/${entry.slug}`)).toEqual([
      "capsule/nuit",
      "product/sac-nuit",
      "story/la-maison",
    ]);
    const hero = fr[0]?.images[0];
    expect(hero?.variants.map((v) => `${v.format}@${v.width}`)).toEqual([
      "avif@480",
      "avif@960",
      "webp@480",
      "webp@960",
      "webp@1600",
      "jpeg@480",
      "jpeg@960",
      "jpeg@1600",
    ]);
    // Two images, each 8 widths + one OG image, shared by both markets.
    expect(site.tasks).toHaveLength(2 * 9);
  });

  it("leaves out embargoed entries and images no listed audience may use", async () => {
    const hero = minimalHouse()["assets/hero.yaml"] as { licence: Record<string, unknown> };
    const catalog = await catalogOf(
      withFiles({
        "capsules/nuit/index.md": markdown(
          {
            title: "Nuit",
            season: "FW26",
            keyVisuals: ["hero"],
            products: ["sac-nuit"],
            embargo: { publishAt: "2099-01-01" },
          },
          "x",
        ),
        "assets/hero.yaml": {
          ...hero,
          licence: { ...hero.licence, territories: { exclude: ["jp"] } },
        },
      }),
    );
    const site = planSite(
      planBuild(catalog, { markets: undefined, audiences: undefined }, now),
      catalog,
      engine,
    );
    const jp = site.markets.get("jp") ?? [];
    expect(jp.map(({ entry }) => entry.slug)).toEqual(["la-maison"]);
    expect(jp[0]?.images.map((i) => i.asset)).toEqual(["detail"]);
  });
});

describe("kit tokens", () => {
  it("are stable for a secret and differ by market and by secret", () => {
    const a = kitToken("s".repeat(64), "fr", "ambassadors");
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(kitToken("s".repeat(64), "fr", "ambassadors")).toBe(a);
    expect(kitToken("s".repeat(64), "jp", "ambassadors")).not.toBe(a);
    expect(kitToken("t".repeat(64), "fr", "ambassadors")).not.toBe(a);
  });
});
