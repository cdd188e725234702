import { describe, expect, it } from "vitest";
import {
  chooseHashtags,
  formatHashtag,
  normalizeHashtag,
} from "../../../src/render/captions/hashtags.ts";

const names = (tags: ReadonlyArray<{ name: string }>) => tags.map((tag) => tag.name);

describe("formatHashtag", () => {
  it("writes #tag, Weibo's #话题# with its closing #, or nothing", () => {
    expect(formatHashtag("MaisonAurele", "hash")).toBe("#MaisonAurele");
    expect(formatHashtag("法式匠心", "hash-both-sides")).toBe("#法式匠心#");
    expect(formatHashtag("MaisonAurele", "none")).toBe("");
  });
});

describe("normalizeHashtag", () => {
  it("strips #, a Weibo closing # and spaces, keeps letters of every script and combining marks", () => {
    expect(normalizeHashtag("#MaisonAurele")).toBe("MaisonAurele");
    expect(normalizeHashtag("#法式匠心#")).toBe("法式匠心");
    expect(normalizeHashtag("＃夜の 手仕事")).toBe("夜の手仕事");
    expect(normalizeHashtag("دار_أوريل")).toBe("دار_أوريل");
    expect(normalizeHashtag("Aure\u0300le")).toBe("Aurèle");
  });

  it("drops a tag without a letter (X and Instagram ignore #1854)", () => {
    expect(normalizeHashtag("1854")).toBe("");
    expect(normalizeHashtag("#")).toBe("");
  });
});

describe("chooseHashtags", () => {
  const sources = {
    campaignHandle: "AureleNuit",
    capsule: ["NuitDeParis", "Soie"],
    market: ["MaisonAureleFR", "ParisFashion"],
    brand: ["MaisonAurele", "Aurele1854"],
  };

  it("puts the most specific first and caps at Instagram's 5, so the brand's tags go first", () => {
    const chosen = chooseHashtags(sources, { syntax: "hash", max: 5 });
    expect(names(chosen)).toEqual([
      "AureleNuit",
      "NuitDeParis",
      "Soie",
      "MaisonAureleFR",
      "ParisFashion",
    ]);
  });

  it("marks campaign and capsule tags required, market and brand tags optional", () => {
    const chosen = chooseHashtags(sources, { syntax: "hash" });
    expect(chosen.map((tag) => tag.required)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it("dedupes without regard to case, keeping the first (most specific) spelling", () => {
    const chosen = chooseHashtags(
      {
        campaignHandle: "aurelenuit",
        capsule: ["AureleNuit"],
        market: ["MAISONAURELE"],
        brand: ["MaisonAurele", "#maisonaurele"],
      },
      { syntax: "hash" },
    );
    expect(names(chosen)).toEqual(["aurelenuit", "MAISONAURELE"]);
  });

  it("gives no hashtag for syntax none or a cap of 0", () => {
    expect(chooseHashtags(sources, { syntax: "none" })).toEqual([]);
    expect(chooseHashtags(sources, { syntax: "hash", max: 0 })).toEqual([]);
  });

  it("keeps Weibo topics in order for #话题# syntax", () => {
    const chosen = chooseHashtags(
      { market: ["奥蕾尔", "法式匠心"], brand: ["MaisonAurele"] },
      { syntax: "hash-both-sides" },
    );
    expect(chosen.map((tag) => formatHashtag(tag.name, "hash-both-sides"))).toEqual([
      "#奥蕾尔#",
      "#法式匠心#",
      "#MaisonAurele#",
    ]);
  });
});
