import { describe, expect, it } from "vitest";
import type { Entry } from "../../../src/model/entries.ts";
import type { Market } from "../../../src/model/market.ts";
import { briefText, type KitBriefInput, kitBrief } from "../../../src/pack/kit-brief.ts";
import { Temporal } from "../../../src/time/moment.ts";

/** A story whose brief is written in French and English only, as the briefs once all were. */
const story = {
  type: "story",
  slug: "atelier",
  data: { embargo: { markets: {} } },
  text: {
    fr: {
      title: "L'atelier",
      brief: { talkingPoints: ["Cousu main."], do: ["Citez le crédit."], dont: [] },
    },
    en: {
      title: "The workshop",
      brief: { talkingPoints: ["Sewn by hand."], do: ["Give the credit."], dont: [] },
    },
    ja: { title: "アトリエ" },
  },
} as unknown as Entry;

const japan = {
  id: "jp",
  name: "Japon",
  locales: ["ja", "en"],
  timeZone: "Asia/Tokyo",
  directionOf: { ja: "ltr", en: "ltr" },
} as unknown as Market;

function briefFor(entry: Entry, locale: string) {
  const input = {
    market: japan,
    kit: { locale: { locale }, launch: { slug: entry.slug } },
    entries: [entry],
    sections: [],
    now: Temporal.Instant.from("2026-12-01T00:00:00Z"),
  } as unknown as KitBriefInput;
  return kitBrief(input);
}

describe("kitBrief", () => {
  it("falls back along the market's chain when the kit's locale has none, and says so", () => {
    const brief = briefFor(story, "ja");
    expect(brief.locale).toBe("en");
    expect(brief.talkingPoints).toEqual({
      heading: "トーキングポイント",
      lines: ["Sewn by hand."],
    });
    expect(brief.fallbackNote).toContain("英語で記載しています");
    expect(briefText(brief)).toContain("- Give the credit.");
  });

  it("says when no locale of the chain has a brief", () => {
    const bare = { ...story, text: { ja: { title: "アトリエ" } } } as unknown as Entry;
    const brief = briefFor(bare, "ja");
    expect(brief.fallbackNote).toBeUndefined();
    expect(brief.noBriefNote).toContain("トーキングポイントがありません");
  });
});
