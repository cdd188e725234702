import { describe, expect, it } from "vitest";
import type { Catalog } from "../../src/model/catalog.ts";
import { planBuild } from "../../src/plan/plan-build.ts";
import type { PlanDecision } from "../../src/plan/types.ts";
import { parseInstant } from "../../src/time/moment.ts";
import { type HouseFiles, markdown, minimalHouse, withFiles } from "../support/house.ts";
import { loadHouse } from "../support/load.ts";

const everything = { markets: undefined, audiences: undefined };

async function catalogOf(files: HouseFiles): Promise<Catalog> {
  const { catalog, issues } = await loadHouse(files);
  expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
  if (!catalog) throw new Error("the fixture house must be valid");
  return catalog;
}

function decisionOf(
  decisions: PlanDecision[],
  where: { audience?: string; market: string; slug: string },
) {
  const found = decisions.find(
    (d) =>
      d.audience === (where.audience ?? "public") &&
      d.market === where.market &&
      d.entry.slug === where.slug,
  );
  if (!found) throw new Error(`no decision for ${JSON.stringify(where)}`);
  return found;
}

const storyWith = (changes: Record<string, unknown>) =>
  markdown(
    { title: "La Maison", year: 1854, hero: "hero", gallery: ["detail"], ...changes },
    "Il était une fois.",
  );

function plan(catalog: Catalog, now: string) {
  return planBuild(catalog, everything, parseInstant(now)).decisions;
}

describe("planBuild: embargo in the market's time zone", () => {
  // 10:00 in Tokyo (UTC+9) is 01:00Z; 10:00 in Paris (UTC+1 in December) is 09:00Z.
  const files = withFiles({
    "stories/la-maison/index.md": storyWith({ embargo: { publishAt: "2026-12-01T10:00" } }),
  });

  it("is embargoed one second before 10:00 Tokyo time, with the moment in the market's zone", async () => {
    const catalog = await catalogOf(files);
    const decision = decisionOf(plan(catalog, "2026-12-01T00:59:59Z"), {
      market: "jp",
      slug: "la-maison",
    });
    expect(decision.included).toBe(false);
    expect(decision.reasons).toEqual([
      {
        code: "embargoed",
        message: "embargoed until 2026-12-01 10:00 Asia/Tokyo (UTC+09:00)",
        until: "2026-12-01 10:00 Asia/Tokyo (UTC+09:00)",
        untilInstant: "2026-12-01T01:00:00Z",
      },
    ]);
  });

  it("is published at 10:00 Tokyo time exactly and one second after", async () => {
    const catalog = await catalogOf(files);
    for (const now of ["2026-12-01T01:00:00Z", "2026-12-01T01:00:01Z"]) {
      expect(decisionOf(plan(catalog, now), { market: "jp", slug: "la-maison" }).included).toBe(
        true,
      );
    }
  });

  it("is still embargoed in Paris when Tokyo has published", async () => {
    const catalog = await catalogOf(files);
    const decisions = plan(catalog, "2026-12-01T08:59:59Z");
    expect(decisionOf(decisions, { market: "jp", slug: "la-maison" }).included).toBe(true);
    expect(decisionOf(decisions, { market: "fr", slug: "la-maison" }).reasons[0]?.code).toBe(
      "embargoed",
    );
    expect(
      decisionOf(plan(catalog, "2026-12-01T09:00:00Z"), { market: "fr", slug: "la-maison" })
        .included,
    ).toBe(true);
  });

  it("reads an instant with an offset as one moment everywhere", async () => {
    const catalog = await catalogOf(
      withFiles({
        "stories/la-maison/index.md": storyWith({
          embargo: { publishAt: "2026-12-01T05:00:00+00:00" },
        }),
      }),
    );
    const decisions = plan(catalog, "2026-12-01T05:00:00Z");
    expect(decisionOf(decisions, { market: "jp", slug: "la-maison" }).included).toBe(true);
    expect(decisionOf(decisions, { market: "fr", slug: "la-maison" }).included).toBe(true);
    const before = plan(catalog, "2026-12-01T04:59:59Z");
    expect(decisionOf(before, { market: "fr", slug: "la-maison" }).reasons[0]?.code).toBe(
      "embargoed",
    );
  });

  it("reads a bare date as midnight local time", async () => {
    const catalog = await catalogOf(
      withFiles({
        "stories/la-maison/index.md": storyWith({ embargo: { publishAt: "2026-12-01" } }),
      }),
    );
    // Midnight in Tokyo is 15:00Z the day before.
    expect(
      decisionOf(plan(catalog, "2026-11-30T14:59:59Z"), { market: "jp", slug: "la-maison" })
        .included,
    ).toBe(false);
    expect(
      decisionOf(plan(catalog, "2026-11-30T15:00:00Z"), { market: "jp", slug: "la-maison" })
        .included,
    ).toBe(true);
  });

  it("lets a per-market moment replace the global one for that market only", async () => {
    const catalog = await catalogOf(
      withFiles({
        "stories/la-maison/index.md": storyWith({
          embargo: { publishAt: "2099-01-01", markets: { jp: "2026-01-01" } },
        }),
      }),
    );
    const decisions = plan(catalog, "2026-12-01T00:00:00Z");
    expect(decisionOf(decisions, { market: "jp", slug: "la-maison" }).included).toBe(true);
    expect(decisionOf(decisions, { market: "fr", slug: "la-maison" }).reasons[0]).toMatchObject({
      code: "embargoed",
      until: "2099-01-01 00:00 Europe/Paris (UTC+01:00)",
    });
  });

  it("withdraws an entry from its unpublish moment on", async () => {
    const catalog = await catalogOf(
      withFiles({ "stories/la-maison/index.md": storyWith({ unpublishAt: "2027-01-01T00:00" }) }),
    );
    // Midnight in Paris on 1 January is 23:00Z on 31 December.
    expect(
      decisionOf(plan(catalog, "2026-12-31T22:59:59Z"), { market: "fr", slug: "la-maison" })
        .included,
    ).toBe(true);
    expect(
      decisionOf(plan(catalog, "2026-12-31T23:00:00Z"), { market: "fr", slug: "la-maison" })
        .reasons[0],
    ).toMatchObject({
      code: "unpublished",
      sinceInstant: "2026-12-31T23:00:00Z",
    });
  });
});

describe("planBuild: licences", () => {
  const hero = minimalHouse()["assets/hero.yaml"] as { licence: Record<string, unknown> };
  const withLicence = (licence: Record<string, unknown>) =>
    withFiles({ "assets/hero.yaml": { ...hero, licence: { ...hero.licence, ...licence } } });

  it("leaves out an image after its licence expires, in the market's time zone", async () => {
    const catalog = await catalogOf(withLicence({ expires: "2026-12-01" }));
    const image = (now: string) =>
      decisionOf(plan(catalog, now), { market: "jp", slug: "la-maison" }).assets.find(
        (a) => a.asset === "hero",
      );
    expect(image("2026-11-30T14:59:59Z")?.included).toBe(true);
    expect(image("2026-11-30T15:00:00Z")).toMatchObject({
      included: false,
      reasons: [{ code: "licence-expired", since: "2026-12-01 00:00 Asia/Tokyo (UTC+09:00)" }],
    });
  });

  it("keeps the entry while another image is usable, and skips it when none is", async () => {
    const catalog = await catalogOf(withLicence({ expires: "2020-01-01" }));
    const decisions = plan(catalog, "2026-12-01T00:00:00Z");
    // The story still has its gallery image; the capsule had only the expired one.
    expect(decisionOf(decisions, { market: "fr", slug: "la-maison" }).included).toBe(true);
    const capsule = decisionOf(decisions, { market: "fr", slug: "nuit" });
    expect(capsule.included).toBe(false);
    expect(capsule.reasons.map((r) => r.code)).toEqual(["no-usable-asset"]);
  });

  it("leaves out an image in a territory its licence excludes, and only there", async () => {
    const catalog = await catalogOf(withLicence({ territories: { exclude: ["jp"] } }));
    const decisions = plan(catalog, "2026-12-01T00:00:00Z");
    const heroIn = (market: string) =>
      decisionOf(decisions, { market, slug: "la-maison" }).assets.find((a) => a.asset === "hero");
    expect(heroIn("jp")?.reasons.map((r) => r.code)).toEqual(["licence-territory-excluded"]);
    expect(heroIn("fr")?.included).toBe(true);
  });

  it("leaves out an image outside the territories its licence allows", async () => {
    const catalog = await catalogOf(withLicence({ territories: { allow: ["fr"] } }));
    const decisions = plan(catalog, "2026-12-01T00:00:00Z");
    expect(
      decisionOf(decisions, { market: "jp", slug: "nuit" }).assets[0]?.reasons.map((r) => r.code),
    ).toEqual(["licence-territory-not-allowed"]);
    expect(decisionOf(decisions, { market: "fr", slug: "nuit" }).included).toBe(true);
  });

  it("gives the press an editorial-only image that fans do not get", async () => {
    const catalog = await catalogOf(withLicence({ usage: ["editorial"] }));
    const decisions = plan(catalog, "2026-12-01T00:00:00Z");
    expect(decisionOf(decisions, { audience: "press", market: "fr", slug: "nuit" }).included).toBe(
      true,
    );
    const fans = decisionOf(decisions, { audience: "public", market: "fr", slug: "nuit" });
    expect(fans.assets[0]?.reasons).toEqual([
      {
        code: "licence-usage-not-allowed",
        message: "licence allows editorial, not social use",
        usage: "social",
      },
    ]);
  });
});

describe("planBuild: availability and audiences", () => {
  it("skips a product where it is not sold", async () => {
    const catalog = await catalogOf(
      withFiles({
        "products/sac-nuit/index.md": markdown(
          { name: "Sac", sku: "MT-FW26-001", capsule: "nuit", images: ["hero"], soldIn: ["fr"] },
          "x",
        ),
      }),
    );
    const decisions = plan(catalog, "2026-12-01T00:00:00Z");
    expect(
      decisionOf(decisions, { audience: "press", market: "jp", slug: "sac-nuit" }).reasons.map(
        (r) => r.code,
      ),
    ).toEqual(["not-sold-in-market"]);
    expect(
      decisionOf(decisions, { audience: "press", market: "fr", slug: "sac-nuit" }).included,
    ).toBe(true);
  });

  it("never shows a product before its capsule", async () => {
    const catalog = await catalogOf(
      withFiles({
        "capsules/nuit/index.md": markdown(
          {
            title: "Nuit",
            season: "FW26",
            keyVisuals: ["hero"],
            products: ["sac-nuit"],
            embargo: { publishAt: "2099-03-01T10:00" },
          },
          "La nuit.",
        ),
      }),
    );
    const product = decisionOf(plan(catalog, "2026-12-01T00:00:00Z"), {
      audience: "press",
      market: "fr",
      slug: "sac-nuit",
    });
    expect(product.included).toBe(false);
    expect(product.reasons[0]).toMatchObject({ code: "capsule-not-live", capsule: "nuit" });
    expect(product.reasons[0]?.message).toContain("2099-03-01 10:00 Europe/Paris");
  });

  describe("a product is held by every capsule linked to it, whichever side names the other", () => {
    const nuit = (extra: Record<string, unknown>) =>
      markdown(
        { title: "Nuit", season: "FW26", keyVisuals: ["hero"], products: ["sac-nuit"], ...extra },
        "La nuit.",
      );
    const sac = (extra: Record<string, unknown>) =>
      markdown(
        { name: "Sac", sku: "MT-FW26-001", images: ["hero"], soldIn: ["fr", "jp"], ...extra },
        "Un sac.",
      );
    /** The house loads with the mismatch reported: the planner must hold the product anyway. */
    async function mismatchedCatalog(files: HouseFiles): Promise<Catalog> {
      const { catalog, issues } = await loadHouse(withFiles(files));
      expect(issues.map((issue) => `${issue.severity} ${issue.name}`)).toContain(
        "error CapsuleProductMismatch",
      );
      if (!catalog) throw new Error("the house must still build");
      return catalog;
    }

    it("holds a product whose capsule is empty by the capsule that lists it", async () => {
      const catalog = await mismatchedCatalog({
        "capsules/nuit/index.md": nuit({ embargo: { publishAt: "2099-03-01T10:00" } }),
        "products/sac-nuit/index.md": sac({}),
      });
      const decisions = plan(catalog, "2026-12-01T00:00:00Z");
      const forProduct = decisions.filter((d) => d.entry.slug === "sac-nuit");
      expect(forProduct.length).toBeGreaterThan(0);
      expect(forProduct.filter((d) => d.included)).toEqual([]);
      const press = decisionOf(decisions, { audience: "press", market: "jp", slug: "sac-nuit" });
      expect(press.reasons).toEqual([
        {
          code: "capsule-not-live",
          capsule: "nuit",
          message:
            "capsule nuit, which lists it, is not live here: embargoed until 2099-03-01 10:00 Asia/Tokyo (UTC+09:00)",
        },
      ]);
      // One second after 10:00 in Tokyo the capsule is live there, and so is its product.
      const later = plan(catalog, "2099-03-01T01:00:00Z");
      expect(
        decisionOf(later, { audience: "press", market: "jp", slug: "sac-nuit" }).included,
      ).toBe(true);
      expect(
        decisionOf(later, { audience: "press", market: "fr", slug: "sac-nuit" }).included,
      ).toBe(false);
    });

    it("holds a product by its own capsule and by another that lists it", async () => {
      const catalog = await mismatchedCatalog({
        // sac-nuit names jour, which is live; nuit lists it too and is only for jp, and withdrawn.
        "capsules/jour/index.md": markdown(
          { title: "Jour", season: "SS27", keyVisuals: ["hero"], products: [] },
          "Le jour.",
        ),
        "capsules/nuit/index.md": nuit({
          markets: { include: ["jp"] },
          unpublishAt: "2026-11-01",
        }),
        "products/sac-nuit/index.md": sac({ capsule: "jour" }),
      });
      const decisions = plan(catalog, "2026-12-01T00:00:00Z");
      for (const market of ["fr", "jp"]) {
        const press = decisionOf(decisions, { audience: "press", market, slug: "sac-nuit" });
        expect(press.included, market).toBe(false);
        expect(press.reasons.map((r) => r.code)).toEqual(["capsule-not-live"]);
        expect(press.reasons[0]?.message).toMatch(
          /^capsule nuit, which lists it, is not live here/,
        );
      }
      expect(
        decisionOf(decisions, { audience: "press", market: "fr", slug: "sac-nuit" }).reasons[0]
          ?.message,
      ).toContain("not among the entry's markets (jp)");
    });

    it("holds a product listed by a capsule that is left out by its own errors", async () => {
      const { catalog, issues } = await loadHouse(
        withFiles({
          "capsules/nuit/index.md": nuit({
            season: "Nuit 2099",
            embargo: { publishAt: "2099-03-01T10:00" },
          }),
          "products/sac-nuit/index.md": sac({}),
        }),
      );
      expect(issues).toContainEqual(
        expect.objectContaining({
          name: "CapsuleProductMismatch",
          severity: "error",
          origin: "capsules/nuit/index.md",
          path: "products[0]",
          found: expect.stringContaining("held back with the capsule, which is left out"),
        }),
      );
      expect(catalog?.entries.map((e) => `${e.type}/${e.slug}`)).toEqual(["story/la-maison"]);
    });
  });

  it("skips a market the entry does not target", async () => {
    const catalog = await catalogOf(
      withFiles({ "stories/la-maison/index.md": storyWith({ markets: { exclude: ["jp"] } }) }),
    );
    const decisions = plan(catalog, "2026-12-01T00:00:00Z");
    expect(
      decisionOf(decisions, { market: "jp", slug: "la-maison" }).reasons.map((r) => r.code),
    ).toEqual(["market-not-targeted"]);
  });

  it("gives an audience only the entry types it receives", async () => {
    const catalog = await catalogOf(minimalHouse());
    const decision = decisionOf(plan(catalog, "2026-12-01T00:00:00Z"), {
      audience: "public",
      market: "fr",
      slug: "sac-nuit",
    });
    expect(decision.reasons.map((r) => r.code)).toEqual(["not-for-audience"]);
  });

  it("writes one decision per channel of the market, in a stable order", async () => {
    const catalog = await catalogOf(minimalHouse());
    const decisions = plan(catalog, "2026-12-01T00:00:00Z");
    const jp = decisions.filter(
      (d) => d.audience === "public" && d.market === "jp" && d.entry.slug === "la-maison",
    );
    expect(jp.map((d) => d.channel)).toEqual(["line/rich-message", "x/post"]);
    expect(decisions).toHaveLength(2 /* audiences */ * (1 + 2) /* channels */ * 3 /* entries */);
    expect(
      JSON.stringify(planBuild(catalog, everything, parseInstant("2026-12-01T00:00:00Z"))),
    ).toBe(JSON.stringify(planBuild(catalog, everything, parseInstant("2026-12-01T00:00:00Z"))));
  });

  it("plans only the markets and audiences the config selects", async () => {
    const catalog = await catalogOf(minimalHouse());
    const { decisions } = planBuild(
      catalog,
      { markets: ["jp"], audiences: ["press"] },
      parseInstant("2026-12-01T00:00:00Z"),
    );
    expect(new Set(decisions.map((d) => `${d.audience}/${d.market}`))).toEqual(
      new Set(["press/jp"]),
    );
  });
});

describe("planBuild: locale fallback", () => {
  it("uses the market's first locale that has text and records the fallback", async () => {
    const catalog = await catalogOf(withFiles({ "stories/la-maison/index.ja.md": undefined }));
    const decision = decisionOf(plan(catalog, "2026-12-01T00:00:00Z"), {
      market: "jp",
      slug: "la-maison",
    });
    expect(decision.included).toBe(true);
    expect(decision.locale).toEqual({
      locale: "en",
      chain: ["ja", "en"],
      fallback: true,
      direction: "ltr",
    });
  });

  it("uses the first locale without fallback when it has text", async () => {
    const catalog = await catalogOf(minimalHouse());
    const decision = decisionOf(plan(catalog, "2026-12-01T00:00:00Z"), {
      market: "jp",
      slug: "la-maison",
    });
    expect(decision.locale).toMatchObject({ locale: "ja", fallback: false });
  });

  it("skips an entry with no text in any locale of the chain", async () => {
    const catalog = await catalogOf(
      withFiles({
        "stories/la-maison/index.ja.md": undefined,
        "stories/la-maison/index.en.md": undefined,
      }),
    );
    const decision = decisionOf(plan(catalog, "2026-12-01T00:00:00Z"), {
      market: "jp",
      slug: "la-maison",
    });
    expect(decision.reasons).toEqual([
      {
        code: "no-text-in-chain",
        message: "no text in any locale of jp's chain (ja → en)",
        chain: ["ja", "en"],
      },
    ]);
  });

  it("resolves alt text by the same chain, with the brand's locale as last resort", async () => {
    const catalog = await catalogOf(minimalHouse());
    const decision = decisionOf(plan(catalog, "2026-12-01T00:00:00Z"), {
      market: "jp",
      slug: "la-maison",
    });
    expect(decision.assets).toEqual([
      expect.objectContaining({ asset: "hero", altLocale: "ja", altFallback: false }),
      expect.objectContaining({ asset: "detail", altLocale: "fr", altFallback: true }),
    ]);
  });

  it("marks Arabic right-to-left from the locale itself", async () => {
    const catalog = await catalogOf(
      withFiles({
        "markets/ae.yaml": {
          name: "UAE",
          locales: ["ar", "en"],
          timeZone: "Asia/Dubai",
          channels: ["x/post"],
        },
        "stories/la-maison/index.ar.md": markdown({ title: "الدار" }, "كان يا ما كان."),
      }),
    );
    const decision = decisionOf(plan(catalog, "2026-12-01T00:00:00Z"), {
      market: "ae",
      slug: "la-maison",
    });
    expect(decision.locale).toMatchObject({ locale: "ar", direction: "rtl" });
  });
});

describe("planBuild: channel records", () => {
  const commerceOnlyProducts = { usage: "commerce", entryTypes: ["product"] } as const;
  const social = { entryTypes: ["story", "capsule", "product"] } as const;

  it("gives a marketplace placement products only, with a commerce licence", async () => {
    const hero = minimalHouse()["assets/hero.yaml"] as { licence: Record<string, unknown> };
    const catalog = await catalogOf(
      withFiles({
        "markets/fr.yaml": {
          name: "France",
          locales: ["fr", "en"],
          timeZone: "Europe/Paris",
          channels: ["tmall/main"],
        },
        "assets/hero.yaml": {
          ...hero,
          licence: { ...hero.licence, usage: ["social", "editorial"] },
        },
      }),
    );
    const channels = new Map([["tmall/main", commerceOnlyProducts]]);
    const { decisions } = planBuild(
      catalog,
      { ...everything, channels },
      parseInstant("2026-12-01T00:00:00Z"),
    );
    const story = decisionOf(decisions, { audience: "press", market: "fr", slug: "la-maison" });
    expect(story.reasons.map((r) => r.code)).toEqual(["channel-excludes-type"]);
    const product = decisionOf(decisions, { audience: "press", market: "fr", slug: "sac-nuit" });
    expect(product.assets[0]?.reasons).toEqual([
      {
        code: "licence-usage-not-allowed",
        message: "licence allows social, editorial, not commerce use",
        usage: "commerce",
      },
    ]);
    expect(product.reasons.map((r) => r.code)).toEqual(["no-usable-asset"]);
  });

  it("skips a channel with no record, and says so", async () => {
    const catalog = await catalogOf(minimalHouse());
    const channels = new Map([["instagram/feed-portrait", social]]);
    const { decisions } = planBuild(
      catalog,
      { ...everything, channels },
      parseInstant("2026-12-01T00:00:00Z"),
    );
    const row = decisions.find((d) => d.channel === "x/post" && d.entry.slug === "la-maison");
    expect(row?.reasons).toEqual([
      { code: "channel-unknown", message: "no channel record for x/post (see docs/channels.md)" },
    ]);
    expect(
      decisions.find((d) => d.channel === "instagram/feed-portrait" && d.entry.slug === "la-maison")
        ?.included,
    ).toBe(true);
  });
});

describe("planBuild: the placements meant for each audience", () => {
  const audiences = (publicChannels: string[]) => ({
    "audiences.yaml": {
      public: {
        name: "Fans",
        receives: ["story", "capsule"],
        usage: "social",
        channels: publicChannels,
      },
      press: { name: "Press", receives: ["story", "capsule", "product"], usage: "editorial" },
    },
  });
  const channelsOf = (decisions: PlanDecision[], audience: string, market: string) => [
    ...new Set(
      decisions.filter((d) => d.audience === audience && d.market === market).map((d) => d.channel),
    ),
  ];

  it("decides nothing for a channel the audience does not take, not even a skip", async () => {
    const catalog = await catalogOf(withFiles(audiences(["line/rich-message"])));
    const decisions = plan(catalog, "2026-12-01T00:00:00Z");
    expect(channelsOf(decisions, "public", "jp")).toEqual(["line/rich-message"]);
    expect(channelsOf(decisions, "public", "fr")).toEqual([]);
    // An audience without `channels` takes every channel of each market.
    expect(channelsOf(decisions, "press", "jp")).toEqual(["line/rich-message", "x/post"]);
    expect(channelsOf(decisions, "press", "fr")).toEqual(["instagram/feed-portrait"]);
  });

  it("takes every placement of a platform the audience names", async () => {
    const catalog = await catalogOf(withFiles(audiences(["x", "instagram"])));
    const decisions = plan(catalog, "2026-12-01T00:00:00Z");
    expect(channelsOf(decisions, "public", "jp")).toEqual(["x/post"]);
    expect(channelsOf(decisions, "public", "fr")).toEqual(["instagram/feed-portrait"]);
    expect(decisionOf(decisions, { market: "jp", slug: "la-maison" }).included).toBe(true);
  });
});
