import { describe, expect, it } from "vitest";
import {
  isRegionCode,
  marketLabel,
  marketName,
  marketRegion,
} from "../../../src/i18n/market-names.ts";

const japan = { id: "jp", name: "Japon" };
const emirates = { id: "ae", name: "Émirats arabes unis" };
const korea = { id: "kr", name: "Corée du Sud" };
const mainland = {
  id: "cn",
  name: "Chine continentale",
  names: { en: "Mainland China", "zh-Hans": "中国大陆", ja: "中国本土" },
};

describe("marketName: the runtime's CLDR names of the market's region", () => {
  it("names Japan in each reader's language", () => {
    expect(marketName(japan, "ja")).toBe("日本");
    expect(marketName(japan, "en")).toBe("Japan");
    expect(marketName(japan, "ar")).toBe("اليابان");
    expect(marketName(japan, "zh-Hans")).toBe("日本");
    expect(marketName(japan, "ko")).toBe("일본");
  });

  it("names the other sample markets as their readers write them", () => {
    expect(marketName(emirates, "ar")).toBe("الإمارات العربية المتحدة");
    expect(marketName(emirates, "ja")).toBe("アラブ首長国連邦");
    expect(marketName({ id: "fr", name: "France" }, "ja")).toBe("フランス");
    expect(marketName(korea, "ko")).toBe("대한민국");
    expect(marketName({ id: "us", name: "États-Unis" }, "zh-Hans")).toBe("美国");
    expect(marketName({ id: "us", name: "États-Unis" }, "zh-Hant")).toBe("美國");
  });

  it("says which locale the name is in", () => {
    expect(marketLabel(japan, "ja")).toEqual({ text: "日本", locale: "ja" });
  });
});

describe("marketName: the house's own names first", () => {
  it("takes `names` through the locale's chain (zh-Hans-CN → zh-Hans)", () => {
    expect(marketLabel(mainland, "zh-Hans-CN")).toEqual({ text: "中国大陆", locale: "zh-Hans" });
    expect(marketName(mainland, "ja")).toBe("中国本土");
  });

  it("reads `name` as the brand's default locale's, before the region's name", () => {
    expect(marketLabel(mainland, "fr", { nameLocale: "fr" })).toEqual({
      text: "Chine continentale",
      locale: "fr",
    });
    // Without its own name in Korean, the market is the region's name in Korean.
    expect(marketName(mainland, "ko", { nameLocale: "fr" })).toBe("중국");
  });

  it("falls back to `name` when the market is no region, or the runtime has no such locale", () => {
    const gulf = { id: "gulf", name: "Golfe" };
    expect(marketLabel(gulf, "ja", { nameLocale: "fr" })).toEqual({ text: "Golfe", locale: "fr" });
    expect(marketLabel(gulf, "ja")).toEqual({ text: "Golfe", locale: "und" });
    // Intl would answer a locale it has no data for in its own default language: never here.
    expect(marketLabel(japan, "qaa", { nameLocale: "fr" })).toEqual({
      text: "Japon",
      locale: "fr",
    });
  });

  it("uses the market's `region` when its id is not one", () => {
    expect(marketName({ id: "japan", name: "Japon", region: "JP" }, "ja")).toBe("日本");
  });
});

describe("marketRegion and isRegionCode", () => {
  it("takes the id upper-cased when it is an ISO 3166-1 code", () => {
    expect(marketRegion({ id: "jp" })).toBe("JP");
    expect(marketRegion({ id: "gulf" })).toBeUndefined();
    expect(marketRegion({ id: "zz" })).toBeUndefined();
    expect(marketRegion({ id: "xx", region: "AE" })).toBe("AE");
  });

  it("accepts two capital letters the runtime can name", () => {
    expect(isRegionCode("AE")).toBe(true);
    expect(isRegionCode("ae")).toBe(false);
    expect(isRegionCode("XX")).toBe(false);
    expect(isRegionCode("ZZ")).toBe(false);
    expect(isRegionCode("JPN")).toBe(false);
  });
});
