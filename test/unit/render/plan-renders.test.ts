import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Catalog } from "../../../src/model/catalog.ts";
import { planBuild } from "../../../src/plan/plan-build.ts";
import { planRenders } from "../../../src/plan/plan-renders.ts";
import { imageTask } from "../../../src/plan/render-tasks.ts";
import { parseInstant } from "../../../src/time/moment.ts";
import { testChannel } from "../../support/channels.ts";
import { minimalHouse, placeholderImage, withFiles } from "../../support/house.ts";
import { loadHouse } from "../../support/load.ts";

const engine = { sharp: "0.35.5", vips: "8.18.7" };
const now = parseInstant("2026-12-01T00:00:00Z");

async function catalogOf(files = minimalHouse()): Promise<Catalog> {
  const { catalog } = await loadHouse(files);
  if (!catalog) throw new Error("valid fixture");
  return catalog;
}

describe("render keys", () => {
  it("pins the key: sha256 of the stable serialization of what changes the bytes", async () => {
    const catalog = await catalogOf();
    const asset = catalog.assets.find((a) => a.id === "detail");
    if (!asset) throw new Error("fixture asset");
    const task = imageTask(
      asset,
      testChannel("x/post"),
      { fit: "exact", width: 400, height: 500 },
      engine,
    );
    // Written out by hand, keys sorted: a change to the key's recipe must change this test.
    const serialized =
      '{"encode":{"background":"#ffffff","format":"jpeg","maxBytes":1000000,"quality":82},' +
      '"engine":{"sharp":"0.35.5","vips":"8.18.7"},"framing":{},' +
      '"rights":{"creator":"John Roe","rights":"© John Roe. Licence: GPL-2.0-or-later"},' +
      '"size":{"fit":"exact","height":500,"width":400},' +
      `"source":"${createHash("sha256").update(placeholderImage).digest("hex")}","v":2}`;
    expect(task.key).toBe(createHash("sha256").update(serialized).digest("hex"));
  });

  it("changes with the source, the crop, the size, the encoder and the engine, and only with them", async () => {
    const catalog = await catalogOf();
    const hero = catalog.assets.find((a) => a.id === "hero");
    if (!hero) throw new Error("fixture asset");
    const spec = testChannel("x/post");
    const size = { fit: "exact", width: 400, height: 500 } as const;
    const base = imageTask(hero, spec, size, engine).key;
    expect(imageTask({ ...hero, location: "/elsewhere/hero.jpg" }, spec, size, engine).key).toBe(
      base,
    );
    expect(imageTask({ ...hero, alt: { fr: "Autre" } }, spec, size, engine).key).toBe(base);
    const changed = [
      imageTask({ ...hero, contentHash: "0".repeat(64) }, spec, size, engine),
      imageTask({ ...hero, crop: { top: 0.1, bottom: 0, left: 0, right: 0 } }, spec, size, engine),
      imageTask({ ...hero, hotspot: { x: 0.2, y: 0.2, width: 0, height: 0 } }, spec, size, engine),
      imageTask(hero, spec, { fit: "exact", width: 401, height: 500 }, engine),
      imageTask(hero, testChannel("x/post", { quality: 70 }), size, engine),
      imageTask(
        hero,
        testChannel("x/post", { format: "webp", acceptedFormats: ["webp"] }),
        size,
        engine,
      ),
      imageTask(hero, spec, size, { ...engine, vips: "8.19.0" }),
      imageTask({ ...hero, background: "#1d1b18" }, spec, size, engine),
    ].map((task) => task.key);
    expect(new Set([base, ...changed]).size).toBe(changed.length + 1);
  });

  it("lays a transparent image on the asset's own background when it has one", async () => {
    const catalog = await catalogOf();
    const hero = catalog.assets.find((a) => a.id === "hero");
    if (!hero) throw new Error("fixture asset");
    const size = { fit: "exact", width: 400, height: 500 } as const;
    expect(imageTask(hero, testChannel("x/post"), size, engine).encode.background).toBe("#ffffff");
    expect(
      imageTask({ ...hero, background: "#1d1b18" }, testChannel("x/post"), size, engine).encode
        .background,
    ).toBe("#1d1b18");
  });

  it("ignores the hotspot when a dedicated crop for the aspect is used", async () => {
    const catalog = await catalogOf();
    const hero = catalog.assets.find((a) => a.id === "hero");
    if (!hero) throw new Error("fixture asset");
    const withCrop = { ...hero, crops: { "4:5": { top: 0, bottom: 0, left: 0.1, right: 0.1 } } };
    const spec = testChannel("x/post");
    const size = { fit: "exact", width: 400, height: 500 } as const;
    const a = imageTask(withCrop, spec, size, engine);
    const b = imageTask(
      { ...withCrop, hotspot: { x: 0.9, y: 0.9, width: 0, height: 0 } },
      spec,
      size,
      engine,
    );
    expect(a.framing.aspectCrop).toBe("4:5");
    expect(a.key).toBe(b.key);
  });
});

describe("planRenders: kits", () => {
  const twoMarkets = () =>
    withFiles({
      "markets/fr.yaml": {
        name: "France",
        locales: ["fr", "en"],
        timeZone: "Europe/Paris",
        channels: ["instagram/feed-portrait"],
      },
      "markets/jp.yaml": {
        name: "Japan",
        locales: ["ja", "en"],
        timeZone: "Asia/Tokyo",
        channels: ["instagram/feed-portrait"],
      },
    });

  it("renders the same variant once for every market and audience that needs it", async () => {
    const catalog = await catalogOf(twoMarkets());
    const channels = new Map([["instagram/feed-portrait", testChannel("instagram/feed-portrait")]]);
    const plan = planBuild(catalog, { markets: undefined, audiences: undefined, channels }, now);
    const renders = planRenders(plan, catalog, channels, engine);
    // hero and detail, one 400×500 variant each, shared by 2 markets × 2 audiences × their kits.
    const placed = renders.tasks.filter((t) => t.size.fit === "exact");
    expect(placed.map((t) => t.asset).sort()).toEqual(["detail", "hero"]);
  });

  it("makes one kit per launch, audience and market: a capsule holds its products", async () => {
    const catalog = await catalogOf(twoMarkets());
    const channels = new Map([["instagram/feed-portrait", testChannel("instagram/feed-portrait")]]);
    const plan = planBuild(catalog, { markets: undefined, audiences: undefined, channels }, now);
    const { kits } = planRenders(plan, catalog, channels, engine);
    expect(kits.map((k) => k.id)).toEqual([
      "fr/press/capsule-nuit",
      "fr/press/story-la-maison",
      "fr/public/capsule-nuit",
      "fr/public/story-la-maison",
      "jp/press/capsule-nuit",
      "jp/press/story-la-maison",
      "jp/public/capsule-nuit",
      "jp/public/story-la-maison",
    ]);
    const capsule = kits[0];
    expect(capsule?.entries).toEqual([
      { type: "capsule", slug: "nuit" },
      { type: "product", slug: "sac-nuit" },
    ]);
    expect(capsule?.name).toBe("maison-test_nuit_fr_press");
    const section = capsule?.sections[0];
    expect(section?.channel).toBe("instagram/feed-portrait");
    expect(section?.items.map((i) => [i.entry.slug, i.images.map((im) => im.name)])).toEqual([
      ["nuit", ["instagram/feed-portrait/nuit-01-hero.jpg"]],
      ["sac-nuit", ["instagram/feed-portrait/sac-nuit-01-hero.jpg"]],
    ]);
    // The public audience receives no products: its capsule kit holds the capsule alone.
    expect(kits[2]?.entries).toEqual([{ type: "capsule", slug: "nuit" }]);
  });

  it("gives only audiences whose usage is editorial (the press) each image's original, at the source's width", async () => {
    const catalog = await catalogOf(twoMarkets());
    const channels = new Map([["instagram/feed-portrait", testChannel("instagram/feed-portrait")]]);
    const plan = planBuild(catalog, { markets: ["fr"], audiences: undefined, channels }, now);
    const renders = planRenders(plan, catalog, channels, engine);
    const press = renders.kits.find((k) => k.id === "fr/press/story-la-maison");
    const fans = renders.kits.find((k) => k.id === "fr/public/story-la-maison");
    expect(press?.originals.map((o) => o.name)).toEqual([
      "originals/la-maison-01-hero.jpg",
      "originals/la-maison-02-detail.jpg",
    ]);
    expect(fans?.originals).toEqual([]);
    const hero = catalog.assets.find((a) => a.id === "hero");
    const task = renders.tasks.find((t) => t.key === press?.originals[0]?.task);
    expect(hero?.pixels?.width).toBeGreaterThan(0);
    expect(task?.size).toEqual({ fit: "width", width: hero?.pixels?.width });
    expect(task?.encode.format).toBe("jpeg");
  });

  it("plans the extra widths of an imagemap at the same aspect", async () => {
    const catalog = await catalogOf();
    const channels = new Map([
      [
        "line/rich-message",
        testChannel("line/rich-message", {
          size: { fit: "exact", width: 1040, height: 1040 },
          extraWidths: [240, 700],
        }),
      ],
      ["x/post", testChannel("x/post")],
      ["instagram/feed-portrait", testChannel("instagram/feed-portrait")],
    ]);
    const plan = planBuild(catalog, { markets: ["jp"], audiences: ["public"], channels }, now);
    const renders = planRenders(plan, catalog, channels, engine);
    const kit = renders.kits.find((k) => k.id === "jp/public/story-la-maison");
    const line = kit?.sections.find((s) => s.channel === "line/rich-message");
    expect(line?.items[0]?.images.map((i) => i.name)).toEqual([
      "line/rich-message/la-maison-01-hero.jpg",
      "line/rich-message/la-maison-01-hero-w240.jpg",
      "line/rich-message/la-maison-01-hero-w700.jpg",
      "line/rich-message/la-maison-02-detail.jpg",
      "line/rich-message/la-maison-02-detail-w240.jpg",
      "line/rich-message/la-maison-02-detail-w700.jpg",
    ]);
    const sizes = renders.tasks.filter((t) => t.asset === "hero").map((t) => t.size);
    expect(sizes).toContainEqual({ fit: "exact", width: 240, height: 240 });
    expect(sizes).toContainEqual({ fit: "exact", width: 700, height: 700 });
  });

  it("plans nothing for an embargoed entry", async () => {
    const catalog = await catalogOf(
      withFiles({
        "stories/la-maison/index.md":
          '---\ntitle: La Maison\nhero: hero\ngallery: [detail]\nembargo:\n  publishAt: "2099-01-01"\n---\nbody\n',
      }),
    );
    const channels = new Map([
      ["instagram/feed-portrait", testChannel("instagram/feed-portrait")],
      ["x/post", testChannel("x/post")],
      ["line/rich-message", testChannel("line/rich-message")],
    ]);
    const plan = planBuild(catalog, { markets: undefined, audiences: undefined, channels }, now);
    const renders = planRenders(plan, catalog, channels, engine);
    expect(renders.kits.length).toBeGreaterThan(0);
    const names = renders.kits.flatMap((k) => [
      k.id,
      ...k.sections.flatMap((s) => s.items.flatMap((i) => i.images.map((im) => im.name))),
      ...k.originals.map((o) => o.name),
    ]);
    expect(names.some((name) => name.includes("la-maison"))).toBe(false);
  });
});
