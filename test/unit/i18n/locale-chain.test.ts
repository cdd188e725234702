import { describe, expect, it } from "vitest";
import { localeChain, pickLocalized } from "../../../src/i18n/locale-chain.ts";

describe("localeChain", () => {
  it.each([
    ["zh-Hans-CN", ["zh-Hans-CN", "zh-Hans", "zh"]],
    ["zh-TW", ["zh-TW", "zh-Hant", "zh"]],
    ["zh-CN", ["zh-CN", "zh-Hans", "zh"]],
    ["zh", ["zh", "zh-Hans"]],
    ["zh-Hant", ["zh-Hant", "zh"]],
    ["fr-CA", ["fr-CA", "fr-Latn", "fr"]],
    ["ar", ["ar", "ar-Arab"]],
  ])("goes from %s to its language, most exact first", (locale, chain) => {
    expect(localeChain(locale)).toEqual(chain);
  });

  it("keeps a tag it cannot read as the only candidate", () => {
    expect(localeChain("not a locale")).toEqual(["not a locale"]);
  });
});

describe("pickLocalized", () => {
  const names = { fr: "Presse", en: "Press", "zh-Hans": "媒体", "zh-Hant": "媒體" };

  it("takes the exact locale, then the shorter tags of its chain", () => {
    expect(pickLocalized(names, "en")).toEqual({ text: "Press", locale: "en" });
    expect(pickLocalized(names, "en-GB")).toEqual({ text: "Press", locale: "en" });
    expect(pickLocalized(names, "zh-Hans-CN")).toEqual({ text: "媒体", locale: "zh-Hans" });
    expect(pickLocalized(names, "zh-TW")).toEqual({ text: "媒體", locale: "zh-Hant" });
  });

  it("finds nothing outside the chain, and skips blank texts", () => {
    expect(pickLocalized(names, "ja")).toBeUndefined();
    expect(pickLocalized({ ja: " ", en: "Press" }, "ja")).toBeUndefined();
  });
});
