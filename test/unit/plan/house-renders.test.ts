import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveChannelSpecs } from "../../../src/channels/resolve-channels.ts";
import type { Catalog } from "../../../src/model/catalog.ts";
import { checkDecisions, checkPlan } from "../../../src/plan/check-plan.ts";
import { houseRenders } from "../../../src/plan/house-renders.ts";
import { eachDecision, planBuild } from "../../../src/plan/plan-build.ts";
import { planHouse } from "../../../src/plan/plan-house.ts";
import { hasOriginal, originalTask } from "../../../src/plan/plan-kits.ts";
import { createMarkdownSource } from "../../../src/sources/markdown/markdown-source.ts";
import { parseInstant } from "../../../src/time/moment.ts";
import { validateCatalog } from "../../../src/validate/validate-catalog.ts";
import { markdown, minimalHouse } from "../../support/house.ts";
import { loadHouse } from "../../support/load.ts";

const engine = { sharp: "0.35.5", vips: "8.18.7" };
const { specs: channels } = resolveChannelSpecs();
const content = path.resolve(import.meta.dirname, "../../../content");

async function sampleCatalog(): Promise<Catalog> {
  const { catalog } = validateCatalog(await createMarkdownSource({ root: content }).load());
  if (!catalog) throw new Error("the sample house is valid");
  return catalog;
}

// Before the night capsule's embargo lifts (2026), after it and after the prairie bag's
// withdrawal and the dune grasses' licence (2100): what is published changes between them.
const moments = ["2026-12-01T00:00:00Z", "2100-01-01T00:00:00Z"];
const selections = [
  { markets: undefined, audiences: undefined },
  { markets: ["fr", "cn"], audiences: ["press"] },
];

// Each case plans the sample house twice (about a second alone; more on shared, busy cores).
describe("a shard's renders, made without the plan", { timeout: 60_000 }, () => {
  for (const at of moments) {
    for (const site of [true, false]) {
      for (const selection of selections) {
        it(`are the plan's renders (sample house, ${at}, site ${site ? "on" : "off"}, ${selection.markets ? "fr + cn press" : "every market and audience"})`, async () => {
          const catalog = await sampleCatalog();
          const options = { ...selection, channels, engine, site };
          const now = parseInstant(at);
          const fromPlan = planHouse(catalog, options, now).renders;
          const streamed = houseRenders(catalog, options, now);
          expect(streamed.length).toBeGreaterThan(0);
          expect(streamed.map((task) => task.key)).toEqual(fromPlan.map((task) => task.key));
          expect(streamed).toEqual(fromPlan);
        });
      }
    }
  }

  it("include a press preview's renders when a launch opts in", async () => {
    const catalog = await sampleCatalog();
    const night = catalog.entries.find((e) => e.slug === "aurele-nuit");
    if (night?.type !== "capsule") throw new Error("the sample's embargoed capsule");
    // The sample opts it in, in every market it targets.
    expect(night.data.embargo.pressPreview).toBe(true);
    const options = { markets: undefined, audiences: undefined, channels, engine, site: true };
    const now = parseInstant("2026-12-01T00:00:00Z");
    const plan = planHouse(catalog, options, now);
    expect(plan.previews.length).toBeGreaterThan(0);
    const streamed = houseRenders(catalog, options, now);
    expect(streamed.map((task) => task.key)).toEqual(plan.renders.map((task) => task.key));
    const previewImages = new Set(
      plan.previews.flatMap((p) =>
        (p.kit?.sections ?? []).flatMap((s) => s.items.flatMap((i) => i.images.map((m) => m.task))),
      ),
    );
    expect(previewImages.size).toBeGreaterThan(0);
    for (const key of previewImages) expect(streamed.some((task) => task.key === key)).toBe(true);
  });

  it("include the press originals and the site's renders, which the kits alone do not have", async () => {
    const catalog = await sampleCatalog();
    const now = parseInstant(moments[0] as string);
    const base = { markets: undefined, audiences: undefined, channels, engine };
    const withSite = houseRenders(catalog, { ...base, site: true }, now);
    const withoutSite = houseRenders(catalog, { ...base, site: false }, now);
    const siteOnly = withSite.filter((t) => !withoutSite.some((u) => u.key === t.key));
    expect(siteOnly.length).toBeGreaterThan(0);
    // The press originals: each image whole, at its own width (what `originalTask` makes).
    const originalKeys = new Set(
      catalog.assets.flatMap((asset) =>
        hasOriginal(asset) ? [originalTask(asset, engine).key] : [],
      ),
    );
    const originals = withoutSite.filter((task) => originalKeys.has(task.key));
    expect(originals.length).toBeGreaterThan(0);
    const noPress = houseRenders(
      catalog,
      { ...base, audiences: ["public", "ambassadors"], site: false },
      now,
    );
    expect(noPress.some((t) => originals.some((o) => o.key === t.key))).toBe(false);
  });
});

describe("the plan's checks, made one decision at a time", { timeout: 60_000 }, () => {
  const house = minimalHouse();
  const hero = house["assets/hero.yaml"] as { licence: Record<string, unknown> };
  const houses = {
    "a product sold only where it is never published": {
      ...house,
      "products/sac-nuit/index.md": markdown(
        {
          name: "Sac Nuit",
          sku: "MT-FW26-001",
          capsule: "nuit",
          images: ["hero"],
          soldIn: ["jp"],
          markets: { include: ["fr"] },
        },
        "Un sac.",
      ),
    },
    "a house whose only image is licensed nowhere (nothing to publish)": {
      ...house,
      "stories/la-maison/index.md": markdown({ title: "La Maison", hero: "hero" }, "Il était."),
      "assets/hero.yaml": {
        ...hero,
        licence: { ...hero.licence, territories: { exclude: ["fr", "jp"] } },
      },
    },
  };
  const options = { sourceName: "content", narrowed: false };
  const now = parseInstant("2026-12-01T00:00:00Z");

  for (const [name, files] of Object.entries(houses)) {
    it(`find what checkPlan finds: ${name}`, async () => {
      const { catalog } = await loadHouse(files);
      if (!catalog) throw new Error("valid fixture");
      const config = { markets: undefined, audiences: undefined, channels };
      const whole = checkPlan(planBuild(catalog, config, now), catalog, options);
      expect(whole.length).toBeGreaterThan(0);
      expect(checkDecisions(eachDecision(catalog, config, now), catalog, options)).toEqual(whole);
    });
  }

  it("find nothing on the sample house, as checkPlan does", async () => {
    const catalog = await sampleCatalog();
    const config = { markets: undefined, audiences: undefined, channels };
    const whole = checkPlan(planBuild(catalog, config, now), catalog, options);
    expect(checkDecisions(eachDecision(catalog, config, now), catalog, options)).toEqual(whole);
  });
});
