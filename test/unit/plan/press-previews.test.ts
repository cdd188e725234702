import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../../src/model/catalog.ts";
import type { Entry } from "../../../src/model/entries.ts";
import { planBuild } from "../../../src/plan/plan-build.ts";
import { planPressPreviews } from "../../../src/plan/press-previews.ts";
import { createMarkdownSource } from "../../../src/sources/markdown/markdown-source.ts";
import { parseInstant } from "../../../src/time/moment.ts";
import { validateCatalog } from "../../../src/validate/validate-catalog.ts";

const everything = { markets: undefined, audiences: undefined };
const BEFORE = parseInstant("2026-12-01T00:00:00Z");
// 10:00 in Paris on 1 March 2099 is 09:00Z; in Tokyo it lifted at 01:00Z.
const BETWEEN = parseInstant("2099-03-01T05:00:00Z");
const PRODUCTS = [
  "carre-ruban-de-nuit",
  "etole-tourbillon",
  "bague-couronne-d-eau",
  "minaudiere-poisson-d-or",
];

let sample: Catalog;

beforeAll(async () => {
  const root = path.resolve(import.meta.dirname, "../../../content");
  const snapshot = await createMarkdownSource({ root }).load();
  const { catalog } = validateCatalog(snapshot);
  if (!catalog) throw new Error("the sample house must be valid");
  sample = catalog;
});

/** The sample house with Aurèle Nuit's opt-in set to `optIn` (absent: none). */
function withOptIn(optIn: true | { markets: string[] } | undefined): Catalog {
  const entries = sample.entries.map((entry): Entry => {
    if (entry.type !== "capsule" || entry.slug !== "aurele-nuit") return entry;
    const { pressPreview: _, ...embargo } = entry.data.embargo;
    return {
      ...entry,
      data: { ...entry.data, embargo: optIn ? { ...embargo, pressPreview: optIn } : embargo },
    };
  });
  return { ...sample, entries };
}

describe("planPressPreviews", () => {
  it("without an opt-in, plans no preview and the plan is what it was", () => {
    const without = withOptIn(undefined);
    expect(planPressPreviews(without, everything, BEFORE)).toEqual([]);
    const optedIn = withOptIn(true);
    // The opt-in changes no decision of the plan itself: the capsule stays held everywhere.
    expect(planBuild(optedIn, everything, BEFORE)).toEqual(planBuild(without, everything, BEFORE));
    const leaked = planBuild(optedIn, everything, BEFORE).decisions.filter(
      (d) => d.included && (d.entry.slug === "aurele-nuit" || PRODUCTS.includes(d.entry.slug)),
    );
    expect(leaked).toEqual([]);
  });

  it("gives the press, and only the press, the capsule with its products before the embargo", () => {
    const previews = planPressPreviews(withOptIn(true), everything, BEFORE);
    expect(new Set(previews.map((p) => p.audience))).toEqual(new Set(["press"]));
    expect(previews.map((p) => p.market).sort()).toEqual(["ae", "cn", "fr", "jp", "kr", "us"]);
    const fr = previews.find((p) => p.market === "fr");
    expect(fr?.state).toBe("open");
    expect(fr?.embargo).toEqual({
      at: "2099-03-01T09:00:00Z",
      local: "2099-03-01T10:00",
      timeZone: "Europe/Paris",
    });
    const slugs = new Set(fr?.decisions.map((d) => d.entry.slug));
    expect(slugs.has("aurele-nuit")).toBe(true);
    // The products the capsule holds and that are sold in France, and nothing else.
    for (const slug of slugs) expect(["aurele-nuit", ...PRODUCTS]).toContain(slug);
    expect(slugs.size).toBeGreaterThan(1);
    expect(fr?.decisions.every((d) => d.audience === "press" && d.included)).toBe(true);
  });

  it("keeps to the markets the launch names", () => {
    const previews = planPressPreviews(withOptIn({ markets: ["fr", "jp"] }), everything, BEFORE);
    expect(previews.map((p) => p.market).sort()).toEqual(["fr", "jp"]);
  });

  it("closes each market's preview when the embargo lifts there, in its own time zone", () => {
    const previews = planPressPreviews(withOptIn(true), everything, BETWEEN);
    const state = Object.fromEntries(previews.map((p) => [p.market, p.state]));
    expect(state).toMatchObject({ jp: "lifted", kr: "lifted", cn: "lifted", fr: "open" });
    for (const p of previews) if (p.state === "lifted") expect(p.decisions).toEqual([]);
  });

  it("still leaves out what another rule holds back: a product's own later embargo", () => {
    const catalog = withOptIn(true);
    const entries = catalog.entries.map((entry): Entry => {
      if (entry.type !== "product" || entry.slug !== "etole-tourbillon") return entry;
      return {
        ...entry,
        data: { ...entry.data, embargo: { markets: {}, publishAt: "2099-06-01T10:00" } },
      };
    });
    const previews = planPressPreviews({ ...catalog, entries }, everything, BEFORE);
    const slugs = previews.flatMap((p) => p.decisions.map((d) => d.entry.slug));
    expect(slugs).not.toContain("etole-tourbillon");
    expect(slugs).toContain("carre-ruban-de-nuit");
  });
});
