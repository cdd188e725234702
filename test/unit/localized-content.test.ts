import { describe, expect, it } from "vitest";
import { resolveChannelSpecs } from "../../src/channels/resolve-channels.ts";
import { eraName } from "../../src/i18n/era-names.ts";
import { marketName } from "../../src/i18n/market-names.ts";
import { createMarkdownSource } from "../../src/sources/markdown/markdown-source.ts";
import { validateCatalog } from "../../src/validate/validate-catalog.ts";
import {
  type HouseFiles,
  markdown,
  minimalHouse,
  withFiles,
  writeHouse,
} from "../support/house.ts";

const channelIds = new Set(resolveChannelSpecs().specs.keys());

async function load(files: HouseFiles) {
  const root = await writeHouse(files);
  return validateCatalog(await createMarkdownSource({ root }).load(), { channelIds });
}

const house = minimalHouse();
const fans = (changes: Record<string, unknown>) => ({
  "audiences.yaml": {
    public: { name: "Fans", receives: ["story", "capsule"], usage: "social", ...changes },
    press: (house["audiences.yaml"] as { press: unknown }).press,
  },
});

describe("audiences: names and descriptions per locale", () => {
  it("reads a name written once as the brand's default locale's", async () => {
    const { catalog, issues } = await load(house);
    expect(issues).toEqual([]);
    const press = catalog?.audiences.find((a) => a.id === "press");
    expect(press).toMatchObject({ name: "Press", names: { fr: "Press" }, descriptions: {} });
  });

  it("reads a name and a description per locale, the default locale first", async () => {
    const { catalog, issues } = await load(
      withFiles(
        fans({
          name: { ja: "ファン", fr: "Fans", ar: "المعجبون" },
          description: { fr: "Les amis de la maison.", en: "Friends of the house." },
        }),
      ),
    );
    expect(issues).toEqual([]);
    const audience = catalog?.audiences.find((a) => a.id === "public");
    expect(audience?.name).toBe("Fans");
    expect(Object.keys(audience?.names ?? {})).toEqual(["fr", "ja", "ar"]);
    expect(audience?.description).toBe("Les amis de la maison.");
  });

  it("reports a bad locale or an empty name in the map, with its path", async () => {
    const { issues } = await load(withFiles(fans({ name: { fr: "Fans", "zh-hans": "粉丝" } })));
    expect(issues).toContainEqual(
      expect.objectContaining({ name: "InvalidLocale", path: "public.name.zh-hans" }),
    );
    const empty = await load(withFiles(fans({ name: { fr: "Fans", ja: "" } })));
    expect(empty.issues).toContainEqual(
      expect.objectContaining({ name: "InvalidValue", path: "public.name.ja" }),
    );
  });

  it("says what a name of the wrong type should be", async () => {
    const { issues } = await load(withFiles(fans({ name: 42 })));
    expect(issues).toContainEqual(
      expect.objectContaining({
        name: "InvalidFieldType",
        path: "public.name",
        expected: "a text, or a text per locale such as { fr: …, en: … }",
      }),
    );
  });
});

describe("audiences: the placements meant for them", () => {
  it("accepts platforms and channel ids", async () => {
    const { catalog, issues } = await load(withFiles(fans({ channels: ["instagram", "x/post"] })));
    expect(issues).toEqual([]);
    expect(catalog?.audiences.find((a) => a.id === "public")?.channels).toEqual([
      "instagram",
      "x/post",
    ]);
  });

  it("reports an unknown channel with the nearest id, and leaves it out", async () => {
    const { catalog, issues } = await load(
      withFiles(fans({ channels: ["instagram/feed-portrat", "wechatt", "line"] })),
    );
    const unknown = issues.filter((issue) => issue.name === "UnknownChannel");
    expect(unknown.map((issue) => [issue.path, issue.expected])).toEqual([
      ["public.channels[0]", "a known channel id (did you mean `instagram/feed-portrait`?)"],
      ["public.channels[1]", "a known platform (did you mean `wechat`?)"],
    ]);
    expect(unknown[0]?.origin).toBe("audiences.yaml");
    expect(catalog?.audiences.find((a) => a.id === "public")?.channels).toEqual(["line"]);
  });
});

describe("markets: names per locale and region", () => {
  it("reads `names` and `region`, and refuses a region that is none", async () => {
    const { catalog, issues } = await load(
      withFiles({
        "markets/jp.yaml": {
          ...(house["markets/jp.yaml"] as object),
          names: { ja: "日本市場" },
          region: "JP",
        },
      }),
    );
    expect(issues).toEqual([]);
    const jp = catalog?.markets.find((m) => m.id === "jp");
    expect(jp && marketName(jp, "ja")).toBe("日本市場");
    expect(jp && marketName(jp, "ar")).toBe("اليابان");
    const wrong = await load(
      withFiles({ "markets/jp.yaml": { ...(house["markets/jp.yaml"] as object), region: "JPN" } }),
    );
    expect(wrong.issues).toContainEqual(
      expect.objectContaining({ name: "InvalidValue", origin: "markets/jp.yaml", path: "region" }),
    );
  });
});

describe("stories: the era in each locale's file", () => {
  it("takes index.md's era as the default locale's, and each translation's own", async () => {
    const { catalog, issues } = await load(
      withFiles({
        "stories/la-maison/index.md": markdown(
          { title: "La Maison", era: "Second Empire", year: 1854, hero: "hero" },
          "Il était une fois.",
        ),
        "stories/la-maison/index.en.md": markdown(
          { title: "The House", era: "The Second Empire" },
          "Once.",
        ),
      }),
    );
    expect(issues).toEqual([]);
    const story = catalog?.entries.find((e) => e.slug === "la-maison");
    if (!story) throw new Error("the story must be valid");
    expect(eraName(story, "fr")).toBe("Second Empire");
    expect(eraName(story, "en")).toBe("The Second Empire");
    // The Japanese text has no era: a Japanese page shows none rather than the French.
    expect(eraName(story, "ja")).toBeUndefined();
  });
});
