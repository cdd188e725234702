import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveChannelSpecs } from "../../src/channels/resolve-channels.ts";
import type { Catalog } from "../../src/model/catalog.ts";
import {
  type AmbassadorCaptionWarning,
  type AmbassadorKit,
  writeAmbassadorKits,
} from "../../src/pack/ambassador-kits.ts";
import { writeCaptions } from "../../src/pack/caption-writer.ts";
import type { KitManifest } from "../../src/pack/manifest-types.ts";
import type { AmbassadorPlan } from "../../src/plan/plan-ambassadors.ts";
import { type HousePlan, planHouse } from "../../src/plan/plan-house.ts";
import { publicPaths } from "../../src/plan/site-paths.ts";
import { paths } from "../../src/site/lib/site-pages.ts";
import type { SourceSnapshot } from "../../src/sources/contract.ts";
import { createMarkdownSource } from "../../src/sources/markdown/markdown-source.ts";
import { countText } from "../../src/text/count-text.ts";
import { captionLinkLine, trackedLink } from "../../src/text/tracked-link.ts";
import { parseInstant } from "../../src/time/moment.ts";
import { validateCatalog } from "../../src/validate/validate-catalog.ts";

/**
 * The sample house's ambassadors (content/ambassadors/), read by the real Markdown source,
 * planned, and captioned by the real caption engine: each caption carries the ambassador's own
 * tracked link and the market's disclosure, within the placement's limit by its platform's count,
 * and each ambassador receives their markets and platforms only.
 */
const repo = path.resolve(import.meta.dirname, "../..");
const NOW = parseInstant("2026-12-01T00:00:00Z");
const { specs } = resolveChannelSpecs();
const channelIds = new Set(specs.keys());
const ENGINE = { sharp: "test", vips: "test" };

/** The line a paid post carries in each of the ambassadors' markets, by caption locale. */
const PAID: Record<string, Record<string, string>> = {
  fr: { fr: "Publicité", en: "Publicité (advertisement)" },
  cn: { "zh-Hans": "广告", en: "广告 (Advertisement)" },
  jp: { ja: "広告", en: "広告 (Advertisement)" },
  ae: { ar: "إعلان", en: "#ad" },
};

let snapshot: SourceSnapshot;
let sample: Catalog;

beforeAll(async () => {
  snapshot = await createMarkdownSource({ root: path.join(repo, "content") }).load();
  const { catalog, issues } = validateCatalog(snapshot, { channelIds });
  expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
  if (!catalog) throw new Error("the sample house must be valid");
  sample = catalog;
});

function plan(catalog: Catalog, siteUrl: string): HousePlan {
  return planHouse(
    catalog,
    {
      markets: undefined,
      audiences: undefined,
      channels: specs,
      engine: ENGINE,
      site: false,
      siteUrl,
    },
    NOW,
  );
}

/** Every ambassador caption, written as the build writes them (every kit's images taken as made). */
async function captionsOf(house: HousePlan, catalog: Catalog): Promise<AmbassadorKit[]> {
  const kits: KitManifest[] = house.kits.map((kit) => ({
    id: kit.id,
    audience: kit.audience,
    market: kit.market,
    launch: `${kit.launch.type}/${kit.launch.slug}`,
    entries: kit.entries.map((e) => `${e.type}/${e.slug}`),
    locale: kit.locale.locale,
    name: kit.name,
    files: kit.sections.flatMap((s) =>
      s.items.flatMap((item) =>
        item.images.map((image) => ({
          name: image.name,
          path: "files/x.jpg",
          kind: "image" as const,
          bytes: 1,
          sha256: "0".repeat(64),
        })),
      ),
    ),
  }));
  const texts = new Map<string, string>();
  const written = await writeAmbassadorKits({
    ambassadors: house.ambassadors,
    kits,
    catalog,
    channels: specs,
    captionOf: writeCaptions(catalog),
    publishText: async (text) => {
      const key = `files/${texts.size}.txt`;
      texts.set(key, text);
      return { path: key, sha256: "0".repeat(64), bytes: text.length };
    },
    onWarning: (warning) => warningsOf.push(warning),
  });
  textOf.clear();
  for (const kit of written)
    for (const caption of kit.captions) textOf.set(caption, texts.get(caption.path) ?? "");
  return written;
}
const textOf = new Map<object, string>();
const warningsOf: AmbassadorCaptionWarning[] = [];

const ambassador = (house: HousePlan, id: string) =>
  house.ambassadors.find((a) => a.id === id) as AmbassadorPlan;

describe("the sample house's ambassadors", { timeout: 60_000 }, () => {
  it("are two, with different markets and platforms: one in a CJK market, one in the Emirates", () => {
    expect(sample.ambassadors?.map((a) => [a.id, a.markets, Object.keys(a.platforms)])).toEqual([
      ["layla-haddad", ["ae", "fr"], ["instagram", "tiktok", "x"]],
      ["mei-lin", ["cn", "jp"], ["xiaohongshu", "weibo", "instagram"]],
    ]);
    expect(sample.ambassadors?.find((a) => a.id === "mei-lin")?.referralCode).toBe("MEI-15");
  });

  it("gives each caption their own tracked link and the market's disclosure, within the placement's limit by its platform's count", async () => {
    const house = plan(sample, "https://press.maison-aurele.example");
    const written = await captionsOf(house, sample);
    let checked = 0;
    for (const kit of written) {
      const them = sample.ambassadors?.find((a) => a.id === kit.ambassador);
      const links = new Map(kit.links.map((l) => [l.platform, l.url]));
      for (const caption of kit.captions) {
        const where = `${kit.ambassador} ${kit.market} ${caption.channel} ${caption.entry}`;
        const platform = caption.channel.split("/")[0] ?? "";
        const text = (textOf.get(caption) ?? "").replace(/\n$/, "");
        const link = links.get(platform) ?? "∅";
        expect(link, where).toBe(
          trackedLink(sample.brand.tracking, {
            page: link.split("?")[0] ?? "",
            ambassador: kit.ambassador,
            platform,
            market: kit.market,
            launch: { type: kit.launch.split("/")[0] ?? "", slug: kit.launch.split("/")[1] ?? "" },
            referralCode: them?.referralCode,
          }),
        );
        // The link, on a line of its own (isolated in a right-to-left caption).
        const direction = kit.market === "ae" && caption.locale === "ar" ? "rtl" : "ltr";
        expect(text.split("\n"), where).toContain(captionLinkLine(link, direction));
        // The market's disclosure, first.
        expect(text.split("\n")[0], where).toBe(PAID[kit.market]?.[caption.locale]);
        const limit = specs.get(caption.channel)?.text.caption;
        if (!limit) throw new Error(`${where} takes no caption`);
        expect(countText(text, limit.counting), where).toBeLessThanOrEqual(limit.max);
        expect(caption.captionLength, where).toBe(countText(text, limit.counting));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(40);
    // Both ambassadors, in each of their markets.
    expect(new Set(written.map((kit) => `${kit.ambassador} ${kit.market}`))).toEqual(
      new Set(["layla-haddad ae", "layla-haddad fr", "mei-lin cn", "mei-lin jp"]),
    );
  });

  it("says what gave way in an ambassador's own caption, for that ambassador and placement", async () => {
    warningsOf.length = 0;
    const written = await captionsOf(plan(sample, "https://press.maison-aurele.example"), sample);
    const theirs = new Set(
      written.flatMap((kit) =>
        kit.captions.map((c) => `${kit.ambassador} ${kit.market} ${c.channel} ${c.entry}`),
      ),
    );
    // Layla's link takes room on X in France: the capsule's hashtags give way for it.
    expect(warningsOf).toContainEqual(
      expect.objectContaining({
        ambassador: "layla-haddad",
        market: "fr",
        channel: "x/post",
        entry: "capsule/herbier",
        message: expect.stringContaining("HashtagsDropped"),
      }),
    );
    for (const warning of warningsOf) {
      const where = `${warning.ambassador} ${warning.market} ${warning.channel} ${warning.entry}`;
      expect(theirs.has(where), where).toBe(true);
      expect(warning.audience, where).toBe("ambassadors");
    }
  });

  it("shows an ambassador their markets and platforms only, and every placement of those, offered or not", () => {
    const house = plan(sample, "http://localhost:4321");
    for (const them of sample.ambassadors ?? []) {
      const planned = ambassador(house, them.id);
      const platforms = Object.keys(them.platforms);
      const seen = new Set<string>();
      for (const launch of planned.launches) {
        for (const kit of launch.kits) {
          expect(them.markets).toContain(kit.market);
          for (const channel of [...kit.sections, ...kit.notOffered].map((s) => s.channel)) {
            expect(platforms, `${them.id} ${channel}`).toContain(channel.split("/")[0]);
            seen.add(`${kit.market} ${launch.launch.slug} ${channel}`);
          }
        }
      }
      // Every placement of their platforms in their audience's kits there is accounted for.
      for (const kit of house.kits) {
        if (kit.audience !== them.audience || !them.markets.includes(kit.market)) continue;
        for (const section of kit.sections) {
          if (!platforms.includes(section.channel.split("/")[0] ?? "")) continue;
          expect(seen, `${them.id} ${kit.id} ${section.channel}`).toContain(
            `${kit.market} ${kit.launch.slug} ${section.channel}`,
          );
        }
      }
    }
    // Mei Lin posts on Instagram in Japan only: mainland China has none.
    const mei = ambassador(house, "mei-lin");
    const cn = mei.launches.flatMap((l) => l.kits).filter((k) => k.market === "cn");
    expect(cn.flatMap((k) => k.sections.map((s) => s.channel.split("/")[0]))).not.toContain(
      "instagram",
    );
    expect(cn.flatMap((k) => k.links.map((l) => l.platform)).sort()).toContain("xiaohongshu");
  });

  it("points each link to the launch's public page in the kit's market and language, UTM parameters in a fixed order", () => {
    const house = plan(sample, "https://press.maison-aurele.example");
    const mei = ambassador(house, "mei-lin");
    const herbier = mei.launches.find((l) => l.launch.slug === "herbier");
    const cn = herbier?.kits.find((k) => k.market === "cn");
    expect(cn?.links.find((l) => l.platform === "xiaohongshu")).toEqual({
      platform: "xiaohongshu",
      handle: "@meilin.atelier",
      url: "https://press.maison-aurele.example/cn/zh-Hans/capsules/herbier/?utm_source=xiaohongshu&utm_medium=ambassador&utm_campaign=herbier&utm_content=mei-lin&ref=MEI-15",
    });
    const layla = ambassador(house, "layla-haddad");
    const story = layla.launches.find((l) => l.launch.slug === "la-maison-1854");
    expect(story?.kits.find((k) => k.market === "fr")?.links[0]?.url).toBe(
      "https://press.maison-aurele.example/fr/fr/stories/la-maison-1854/?utm_source=instagram&utm_medium=ambassador&utm_campaign=la-maison-1854&utm_content=layla-haddad",
    );
    // The site's own URL scheme and the links' agree.
    expect(publicPaths.home("cn", "zh-Hans")).toBe(paths.home("cn", "zh-Hans"));
    for (const type of ["story", "capsule"] as const) {
      expect(publicPaths.entry("ae", "ar", { type, slug: "x" })).toBe(
        paths.entry("ae", "ar", { type, slug: "x" }),
      );
    }
  });

  it("follows the house's tracking rules: its own UTM templates and referral parameter", () => {
    const house = plan(
      {
        ...sample,
        brand: {
          ...sample.brand,
          tracking: {
            source: "{platform}",
            medium: "influence",
            campaign: "{launch}-{market}",
            content: "amb-{ambassador}",
            referralParameter: "code",
          },
        },
      },
      "https://press.maison-aurele.example",
    );
    const url = ambassador(house, "mei-lin").launches[0]?.kits[0]?.links[0]?.url ?? "";
    expect([...new URL(url).searchParams.keys()]).toEqual([
      "utm_source",
      "utm_medium",
      "utm_campaign",
      "utm_content",
      "code",
    ]);
    expect(new URL(url).searchParams.get("utm_campaign")).toMatch(/^[a-z0-9-]+-cn$/);
    expect(new URL(url).searchParams.get("utm_content")).toBe("amb-mei-lin");
    expect(new URL(url).searchParams.get("code")).toBe("MEI-15");
  });

  it("does not offer a placement where the link, the disclosure and the legal lines cannot all fit, and says why", async () => {
    // X in the Emirates: the Arabic legal line, the disclosure and a long link exceed 280.
    const long = plan(sample, "http://localhost:4321");
    const layla = ambassador(long, "layla-haddad");
    const held = layla.launches
      .flatMap((l) => l.kits)
      .filter((k) => k.market === "ae")
      .flatMap((k) => k.notOffered);
    expect(held.length).toBeGreaterThan(0);
    for (const line of held) {
      expect(line.channel).toBe("x/post");
      expect(line.reason.code).toBe("tracked-link-over-limit");
      expect(line.reason.message).toMatch(/need \d+ \(twitter\); the caption allows 280/);
    }
    const written = await captionsOf(long, sample);
    expect(
      written.flatMap((k) => k.captions).some((c) => c.channel === "x/post" && c.locale === "ar"),
    ).toBe(false);

    // With a real domain X counts any link as 23: the same placement fits, and is offered.
    const short = plan(sample, "https://press.maison-aurele.com");
    const url = ambassador(short, "layla-haddad").launches[0]?.kits[0]?.links[0]?.url ?? "";
    expect(countText(url, "twitter")).toBe(23);
    const offered = ambassador(short, "layla-haddad")
      .launches.flatMap((l) => l.kits)
      .filter((k) => k.market === "ae");
    expect(offered.flatMap((k) => k.notOffered)).toEqual([]);
    expect(offered.flatMap((k) => k.sections.map((s) => s.channel))).toContain("x/post");
  });
});

describe("the ambassadors' documents", () => {
  /** The sample house with one ambassador's data changed. */
  function validateWith(id: string, change: (data: Record<string, unknown>) => void) {
    const documents = snapshot.documents.map((doc) => {
      if (doc.kind !== "ambassador" || doc.id !== id) return doc;
      const data = structuredClone(doc.data) as Record<string, unknown>;
      change(data);
      return { ...doc, data };
    });
    return validateCatalog({ ...snapshot, documents }, { channelIds });
  }

  it("names the nearest market, platform, audience or field for an unknown one, and leaves the ambassador out", () => {
    const cases: [(data: Record<string, unknown>) => void, string, string, RegExp][] = [
      [(d) => (d.markets = ["cn", "jpn"]), "UnknownMarketReference", "markets[1]", /`jp`/],
      [
        (d) => (d.platforms = { xiaohongsu: "@mei", weibo: "林美" }),
        "UnknownPlatform",
        "platforms.xiaohongsu",
        /`xiaohongshu`/,
      ],
      [(d) => (d.audience = "ambassador"), "UnknownAudienceReference", "audience", /`ambassadors`/],
      [
        (d) => {
          d.referal = d.referralCode;
          delete d.referralCode;
        },
        "UnknownField",
        "referal",
        /`referralCode`/,
      ],
      [(d) => (d.platforms = {}), "InvalidValue", "platforms", /at least one platform/],
      [(d) => (d.referralCode = "MEI 15"), "InvalidValue", "referralCode", /letters, digits/],
    ];
    for (const [change, name, fieldPath, expected] of cases) {
      const { catalog, issues } = validateWith("mei-lin", change);
      const issue = issues.find((i) => i.name === name);
      expect(issue, name).toBeDefined();
      expect(issue?.origin).toBe("ambassadors/mei-lin.yaml");
      expect(issue?.path).toBe(fieldPath);
      expect(issue?.expected, name).toMatch(expected);
      expect(catalog?.ambassadors?.map((a) => a.id)).toEqual(["layla-haddad"]);
    }
  });

  it("warns of a platform none of their markets uses, and keeps the ambassador", () => {
    const { catalog, issues } = validateWith("mei-lin", (d) => (d.markets = ["cn"]));
    expect(issues.map((i) => [i.name, i.severity, i.path])).toContainEqual([
      "AmbassadorPlatformUnused",
      "warning",
      "platforms.instagram",
    ]);
    expect(catalog?.ambassadors?.map((a) => a.id)).toEqual(["layla-haddad", "mei-lin"]);
  });

  it("refuses a tracking template with a placeholder it does not know", () => {
    const documents = snapshot.documents.map((doc) =>
      doc.kind === "brand"
        ? {
            ...doc,
            data: {
              ...(doc.data as object),
              tracking: { campaign: "{launch}-{season}" },
            },
          }
        : doc,
    );
    const { issues } = validateCatalog({ ...snapshot, documents }, { channelIds });
    const issue = issues.find((i) => i.path === "tracking.campaign");
    expect(issue?.name).toBe("InvalidValue");
    expect(issue?.expected).toMatch(
      /\{platform\}, \{launch\}, \{type\}, \{market\}, \{ambassador\}/,
    );
  });
});
