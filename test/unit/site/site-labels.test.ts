import { describe, expect, it } from "vitest";
import { resolveAudience } from "../../../src/model/audience.ts";
import type { Story } from "../../../src/model/entries.ts";
import type { Market } from "../../../src/model/market.ts";
import { siteEras, siteLabels } from "../../../src/site/stage/site-labels.ts";
import { testChannel } from "../../support/channels.ts";

const market = (id: string, name: string, locales: string[], channels: string[]): Market => ({
  id,
  name,
  names: {},
  locales,
  timeZone: "UTC",
  directions: {},
  channels,
  hashtags: [],
  legalLines: {},
  disclosure: { position: "start", platforms: {} },
  directionOf: {},
});

const jp = market("jp", "Japon", ["ja", "en"], ["line/rich-message", "vk/post"]);
const ae = market("ae", "Émirats arabes unis", ["ar", "en"], ["instagram/story"]);
const press = resolveAudience(
  "press",
  {
    name: { fr: "Presse", ja: "プレス" },
    receives: ["story"],
    usage: "editorial",
    listed: true,
    description: "",
    partnership: "none",
  },
  "fr",
);

describe("siteLabels", () => {
  const labels = siteLabels({
    markets: [jp, ae],
    audiences: [press],
    channels: new Map([["vk/post", testChannel("vk/post", {}, { name: "VK post" })]]),
    defaultLocale: "fr",
  });

  it("names every market in every page locale of the site, with its language and direction", () => {
    expect(labels.markets.jp).toEqual({
      ja: { text: "日本", lang: "ja", dir: "ltr" },
      en: { text: "Japan", lang: "en", dir: "ltr" },
      ar: { text: "اليابان", lang: "ar", dir: "rtl" },
    });
    expect(labels.markets.ae?.ar).toEqual({
      text: "الإمارات العربية المتحدة",
      lang: "ar",
      dir: "rtl",
    });
  });

  it("says when an audience's name fell back to another language", () => {
    expect(labels.audiences.press?.ja).toEqual({
      name: { text: "プレス", lang: "ja", dir: "ltr" },
    });
    expect(labels.audiences.press?.ar?.name).toEqual({ text: "Presse", lang: "fr", dir: "ltr" });
  });

  it("names the placements of the markets, and a house's own by its record's name", () => {
    expect(labels.channels["line/rich-message"]?.ja).toEqual({
      platform: { text: "LINE", lang: "ja", dir: "ltr" },
      placement: { text: "リッチメッセージ 1:1", lang: "ja", dir: "ltr" },
    });
    expect(labels.channels["vk/post"]?.ja).toEqual({
      platform: { text: "VK post", lang: "und", dir: "ltr" },
    });
    expect(Object.keys(labels.channels).sort()).toEqual([
      "instagram/story",
      "line/rich-message",
      "vk/post",
    ]);
  });
});

describe("siteEras", () => {
  it("gives each page locale its own era, and none where its chain has none", () => {
    const story = {
      type: "story",
      text: {
        fr: { title: "La Maison", era: "Second Empire", body: "" },
        ja: { title: "メゾン", era: "第二帝政期", body: "" },
        en: { title: "The House", body: "" },
      },
    } as unknown as Story;
    expect(siteEras(story, jp)).toEqual({ ja: "第二帝政期" });
    expect(siteEras(story, ae)).toBeUndefined();
  });
});
