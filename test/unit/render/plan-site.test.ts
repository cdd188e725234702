import { describe, expect, it } from "vitest";
import type { Catalog } from "../../../src/model/catalog.ts";
import { planBuild } from "../../../src/plan/plan-build.ts";
import { planSite } from "../../../src/plan/plan-site.ts";
import { kitToken } from "../../../src/site/stage/kit-token.ts";
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

describe("planSite: the image of pages every market shares", () => {
  const hero = minimalHouse()["assets/hero.yaml"] as { licence: Record<string, unknown> };
  const detail = minimalHouse()["assets/detail.yaml"] as { licence: Record<string, unknown> };
  const capsule = (extra: Record<string, unknown>) =>
    markdown(
      { title: "Nuit", season: "FW26", keyVisuals: ["hero"], products: ["sac-nuit"], ...extra },
      "x",
    );
  const story = (extra: Record<string, unknown>) =>
    markdown(
      { title: "La Maison", year: 1854, hero: "hero", gallery: ["detail"], ...extra },
      "Il était une fois.",
    );

  async function sharedOf(files = minimalHouse(), markets?: string[], at = now) {
    const catalog = await catalogOf(files);
    const plan = planBuild(catalog, { markets, audiences: undefined }, at);
    const site = planSite(plan, catalog, engine, { markets });
    if (!site.shared) return undefined;
    expect(site.tasks.map((task) => task.key)).toContain(site.shared.image.og);
    return `${site.shared.entry.type}/${site.shared.entry.slug} ${site.shared.image.asset}`;
  }

  it("takes an entry published in every market, the newest everywhere, with its first image", async () => {
    expect(await sharedOf()).toBe("capsule/nuit hero");
    const files = withFiles({
      "capsules/nuit/index.md": capsule({ embargo: { publishAt: "2026-10-01" } }),
      // Published last in Japan, on 2026-11-02: the newest in every market.
      "stories/la-maison/index.md": story({
        embargo: { publishAt: "2026-09-01", markets: { jp: "2026-11-02" } },
      }),
    });
    expect(await sharedOf(files)).toBe("story/la-maison hero");
  });

  it("never takes an entry still embargoed in one market", async () => {
    const files = withFiles({
      "capsules/nuit/index.md": capsule({ embargo: { markets: { jp: "2099-03-01T10:00" } } }),
    });
    expect(await sharedOf(files)).toBe("story/la-maison hero");
    // Once it is out in Tokyo too, it may be shown.
    expect(await sharedOf(files, undefined, parseInstant("2099-03-01T01:00:00Z"))).toBe(
      "capsule/nuit hero",
    );
  });

  it("never takes an image licensed for one market only, even of an entry published everywhere", async () => {
    const files = withFiles({
      "assets/hero.yaml": { ...hero, licence: { ...hero.licence, territories: { allow: ["fr"] } } },
    });
    // The capsule has no other image: it is not in jp. The story is, with its gallery image.
    expect(await sharedOf(files)).toBe("story/la-maison detail");
    // A site of fr alone may show it.
    expect(await sharedOf(files, ["fr"])).toBe("capsule/nuit hero");
  });

  it("takes only an image every audience may use, and else none at all", async () => {
    const files = withFiles({
      "assets/hero.yaml": { ...hero, licence: { ...hero.licence, territories: { allow: ["fr"] } } },
      "assets/detail.yaml": { ...detail, licence: { ...detail.licence, usage: ["editorial"] } },
    });
    // The press may use the detail in jp; the public (social) may not: no image for all of them.
    expect(await sharedOf(files)).toBeUndefined();
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
