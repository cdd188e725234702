import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "parse5";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveChannelSpecs } from "../../src/channels/resolve-channels.ts";
import type { Catalog } from "../../src/model/catalog.ts";
import { assembleKits } from "../../src/pack/assemble-kits.ts";
import { kitLabels } from "../../src/pack/kit-labels.ts";
import type { KitManifest } from "../../src/pack/manifest-types.ts";
import { openStaging } from "../../src/pack/staging.ts";
import { planHouse } from "../../src/plan/plan-house.ts";
import { heldMomentIssues, planMoments } from "../../src/plan/plan-moments.ts";
import { upcomingChanges } from "../../src/plan/upcoming.ts";
import { engineVersions } from "../../src/render/engine-versions.ts";
import { renderImages } from "../../src/render/render-images.ts";
import { RenderStore } from "../../src/render/render-store.ts";
import { createMarkdownSource } from "../../src/sources/markdown/markdown-source.ts";
import { ContentStore } from "../../src/store/content-store.ts";
import { parseInstant } from "../../src/time/moment.ts";
import { validateCatalog } from "../../src/validate/validate-catalog.ts";

const content = path.resolve(import.meta.dirname, "../../content");
const { specs } = resolveChannelSpecs();
const channelIds = new Set(specs.keys());

async function sampleSnapshot() {
  return createMarkdownSource({ root: content }).load();
}

async function sampleCatalog(): Promise<Catalog> {
  const { catalog } = validateCatalog(await sampleSnapshot(), { channelIds });
  if (!catalog) throw new Error("the sample house does not validate");
  return catalog;
}

describe("the sample house's live-shopping moment in cn", () => {
  let kit: KitManifest;
  let out: string;
  const read = (name: string) => {
    const file = kit.files.find((f) => f.name === name);
    if (!file) throw new Error(`${kit.id} has no ${name}`);
    return readFile(path.join(out, file.path));
  };
  const readText = async (name: string) => (await read(name)).toString("utf8");

  beforeAll(async () => {
    const catalog = await sampleCatalog();
    const engine = engineVersions();
    const plan = planHouse(
      catalog,
      { markets: ["cn"], audiences: undefined, channels: specs, engine, site: false },
      parseInstant("2026-12-01T00:00:00Z"),
    );
    const work = await mkdtemp(path.join(tmpdir(), "relais-live-"));
    const render = await renderImages([...plan.moments.tasks.values()], {
      cache: new RenderStore(new ContentStore({ local: path.join(work, "store") })),
      maxUpscale: 1.25,
      tooSmall: "skip",
    });
    out = path.join(work, "dist");
    const staging = await openStaging(out);
    const assembled = await assembleKits(staging, {
      kits: [],
      moments: plan.moments.kits,
      results: render.results,
      catalog,
      channels: specs,
      captionOf: () => undefined,
      labels: kitLabels(catalog.brand.defaultLocale),
      now: parseInstant("2026-12-01T00:00:00Z"),
    });
    await staging.commit();
    const [only] = assembled.manifest.moments ?? [];
    if (!only) throw new Error("no moment kit");
    kit = only;
  }, 120_000);

  it("is one kit for the moment's market, in its language", () => {
    expect(kit.id).toBe("cn/ambassadors/moment-herbier-live-cn");
    expect(kit.locale).toBe("zh-Hans");
    expect(kit.entries).toEqual([
      "capsule/herbier",
      "product/carre-herbier",
      "product/sac-prairie",
      "product/boucles-rosee",
    ]);
  });

  it("holds a cover per platform at the placement's exact size", async () => {
    for (const [name, channel] of [
      ["covers/douyin-live-cover.jpg", "douyin/live-cover"],
      ["covers/taobao-live-cover.jpg", "taobao/live-cover"],
    ] as const) {
      const spec = specs.get(channel);
      if (spec?.image.size.fit !== "exact") throw new Error(`${channel} has no exact size`);
      const meta = await sharp(await read(name)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual([
        "jpeg",
        spec.image.size.width,
        spec.image.size.height,
      ]);
    }
  });

  it("holds three 9:16 countdown frames, each with its sticker text in Shanghai time", async () => {
    for (const name of ["countdown/1-t-24h.jpg", "countdown/2-t-1h.jpg", "countdown/3-live.jpg"]) {
      const meta = await sharp(await read(name)).metadata();
      expect([meta.width, meta.height]).toEqual([1080, 1920]);
    }
    expect(await readText("countdown/1-t-24h.zh-Hans.txt")).toBe("明天 20:00（中国标准时间）\n");
    expect(await readText("countdown/2-t-1h.zh-Hans.txt")).toBe("1 小时后开播\n");
    expect(await readText("countdown/3-live.zh-Hans.txt")).toBe("正在直播\n");
  });

  it("says in its README when each frame is posted, in the market's local time", async () => {
    const readme = await readText("README.txt");
    // 2026-12-12 20:00 in Asia/Shanghai: T-24 h on the 11th at 20:00, T-1 h on the 12th at 19:00.
    expect(readme).toMatch(/countdown\/1-t-24h\.jpg — 发布时间 2026年12月11日星期五 20:00/);
    expect(readme).toMatch(/countdown\/2-t-1h\.jpg — 发布时间 2026年12月12日星期六 19:00/);
    expect(readme).toMatch(/countdown\/3-live\.jpg — 发布时间 2026年12月12日星期六 20:00/);
    expect(readme).toContain("21:30");
  });

  it("holds a product card per product with the market's formatted price and availability", async () => {
    const cards = kit.files.filter((f) => f.kind === "product-card").map((f) => f.name);
    expect(cards).toEqual([
      "products/01-carre-herbier.zh-Hans.html",
      "products/02-sac-prairie.zh-Hans.html",
      "products/03-boucles-rosee.zh-Hans.html",
    ]);
    const expected = [
      ["¥4,600.00", "现货"],
      ["¥43,500.00", "限量"],
      ["¥28,400.00", "现货"],
    ];
    for (const [index, name] of cards.entries()) {
      const html = await readText(name);
      const texts = textsOf(parse(html));
      expect(texts).toContain(expected[index]?.[0]);
      expect(texts).toContain(expected[index]?.[1]);
      const image = /src="([^"]+)"/.exec(html)?.[1];
      const meta = await sharp(await read(`products/${image}`)).metadata();
      expect([meta.width, meta.height]).toEqual([1080, 1080]);
    }
  });

  it("holds the talking points and the disclosure sheet with the market's paid line", async () => {
    expect(await readText("talking-points.zh-Hans.txt")).toContain("1. 1937 年");
    const sheet = await readText("disclosure.zh-Hans.txt");
    // Each platform by its name in the kit's language, as the covers' README lines name it.
    expect(sheet).toContain("抖音 · 直播封面 3:4\n  付费合作: 广告");
    expect(sheet).toContain("淘宝 · 直播封面 3:4\n  付费合作: 广告");
    expect(sheet).not.toContain("douyin/live-cover");
  });
});

describe("a live-shopping moment's end", () => {
  // Herbier live in cn: 12 December 2026 from 20:00 to 21:30, Shanghai time (13:30 UTC).
  const options = { channels: specs, engine: engineVersions() };
  const ids = (catalog: Catalog, at: string) =>
    planMoments(catalog, options, parseInstant(at)).kits.map((k) => k.id);

  it("takes its kit away when the session is over, not a moment before", async () => {
    const catalog = await sampleCatalog();
    expect(ids(catalog, "2026-12-12T13:29:59Z")).toEqual(["cn/ambassadors/moment-herbier-live-cn"]);
    expect(ids(catalog, "2026-12-12T13:30:00Z")).toEqual([]);
    expect(ids(catalog, "2027-01-10T00:00:00Z")).toEqual([]);
  });

  it("is a change coming up for a scheduled build, once, while the kit is there", async () => {
    const catalog = await sampleCatalog();
    const config = { markets: ["cn"], audiences: undefined, channels: specs };
    const ends = (at: string) =>
      upcomingChanges(catalog, config, parseInstant(at), { days: Infinity }).filter(
        (change) => change.kind === "session-ends",
      );
    expect(ends("2026-12-01T00:00:00Z")).toEqual([
      {
        kind: "session-ends",
        at: "2026-12-12T13:30:00Z",
        market: "cn",
        timeZone: "Asia/Shanghai",
        local: "2026-12-12 21:30 Asia/Shanghai (UTC+08:00)",
        entries: ["moment/herbier-live-cn"],
      },
    ]);
    expect(ends("2026-12-12T13:30:00Z")).toEqual([]);
    // Before its products are public, its end changes nothing: its kit never came.
    const early = {
      ...catalog,
      moments: (catalog.moments ?? []).map((m) => ({ ...m, products: ["carre-ruban-de-nuit"] })),
    };
    expect(
      upcomingChanges(early, config, parseInstant("2026-12-01T00:00:00Z"), {
        days: Infinity,
      }).filter((change) => change.kind === "session-ends"),
    ).toEqual([]);
  });
});

describe("a live-shopping moment of an embargoed capsule", () => {
  it("produces nothing before the embargo, and says why", async () => {
    const catalog = await sampleCatalog();
    const base = catalog.moments?.[0];
    if (!base) throw new Error("the sample has no moment");
    const nuit = {
      ...base,
      id: "nuit-live-fr",
      origin: "moments/nuit-live-fr.yaml",
      market: "fr",
      platforms: ["instagram/live-announcement"],
      startsAt: "2099-06-01T20:00",
      capsule: "aurele-nuit",
      products: ["carre-ruban-de-nuit"],
      images: ["silk-ribbon"],
      title: { fr: "Nuit en direct" },
      talkingPoints: { fr: ["Le carré Ruban de nuit."] },
    };
    const house = { ...catalog, moments: [nuit] };
    const options = { channels: specs, engine: engineVersions() };
    const before = planMoments(house, options, parseInstant("2026-12-01T00:00:00Z"));
    expect(before.kits).toEqual([]);
    expect(before.tasks.size).toBe(0);
    const [issue] = heldMomentIssues(before.held);
    expect(issue?.name).toBe("MomentHeldBack");
    expect(issue?.origin).toBe("moments/nuit-live-fr.yaml");
    expect(issue?.found).toContain("capsule aurele-nuit: embargoed until");
    const after = planMoments(house, options, parseInstant("2099-05-01T00:00:00Z"));
    expect(after.kits.map((k) => k.id)).toEqual(["fr/ambassadors/moment-nuit-live-fr"]);
  });

  it("is an error when it would start before the launch in its market", async () => {
    const snapshot = await sampleSnapshot();
    const sample = snapshot.documents.find((d) => d.kind === "moment");
    if (!sample) throw new Error("the sample has no moment");
    const early = {
      ...sample,
      id: "herbier-early",
      origin: "moments/herbier-early.yaml",
      data: { ...(sample.data as object), startsAt: "2026-09-14T20:00" },
    };
    const { catalog, issues } = validateCatalog(
      { ...snapshot, documents: [...snapshot.documents, early] },
      { channelIds },
    );
    const issue = issues.find((i) => i.origin === "moments/herbier-early.yaml");
    expect(issue?.name).toBe("MomentBeforeLaunch");
    expect(issue?.path).toBe("startsAt");
    expect(issue?.expected).toContain("2026-09-15 10:00 Asia/Shanghai");
    expect(catalog?.moments?.map((m) => m.id)).toEqual(["herbier-live-cn"]);
  });
});

function textsOf(node: unknown): string[] {
  const texts: string[] = [];
  const walk = (n: { nodeName?: string; value?: string; childNodes?: unknown[] }) => {
    if (n.nodeName === "#text" && n.value) texts.push(n.value);
    for (const child of n.childNodes ?? []) walk(child as typeof n);
  };
  walk(node as Parameters<typeof walk>[0]);
  return texts;
}
