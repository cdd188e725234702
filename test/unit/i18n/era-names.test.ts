import { describe, expect, it } from "vitest";
import { eraLabel, eraName } from "../../../src/i18n/era-names.ts";

const story = {
  text: {
    fr: { title: "Le jardin de soie", era: "Années trente", body: "" },
    en: { title: "The silk garden", era: "The Thirties", body: "" },
    ja: { title: "シルクの庭", body: "" },
    "zh-Hans": { title: "丝绸花园", era: "20世纪30年代", body: "" },
  },
};

describe("eraName", () => {
  it("gives the era of the reader's locale, through its chain", () => {
    expect(eraName(story, "en")).toBe("The Thirties");
    expect(eraLabel(story, "zh-Hans-CN")).toEqual({ text: "20世纪30年代", locale: "zh-Hans" });
  });

  it("gives none where the locale's chain has none, never another language's", () => {
    expect(eraName(story, "ja")).toBeUndefined();
    expect(eraName(story, "ar")).toBeUndefined();
  });

  it("gives none for an entry without eras (a capsule)", () => {
    expect(eraName({ text: { fr: { title: "Nuit", body: "" } } }, "fr")).toBeUndefined();
  });
});
