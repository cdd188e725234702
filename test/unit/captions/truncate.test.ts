import { describe, expect, it } from "vitest";
import type { TextLimit } from "../../../src/channels/channel-spec.ts";
import { ELLIPSIS, truncateText } from "../../../src/render/captions/truncate.ts";
import { countText } from "../../../src/text/count-text.ts";
import { graphemesOf } from "../../../src/text/segments.ts";

/**
 * What every cut must satisfy: within the limit, ending with the ellipsis, in NFC, and made of
 * whole graphemes of the original (so the last one before `…` is one of the original's too).
 */
function expectSafeCut(original: string, limit: TextLimit, result: string): void {
  expect(countText(result, limit.counting)).toBeLessThanOrEqual(limit.max);
  expect(result.endsWith(ELLIPSIS)).toBe(true);
  const kept = result.slice(0, -ELLIPSIS.length);
  expect(kept.length).toBeGreaterThan(0);
  expect(kept.normalize("NFC")).toBe(kept);
  const whole = graphemesOf(original.normalize("NFC"));
  const keptGraphemes = graphemesOf(kept);
  expect(keptGraphemes).toEqual(whole.slice(0, keptGraphemes.length));
}

describe("truncateText: French", () => {
  it("cuts at a word boundary and drops the space before the ellipsis", () => {
    const text = "Le sac Nuit, cousu main à Paris.";
    const limit = { max: 20, counting: "graphemes" } as const;
    // At most 19 graphemes before "…": "Le sac Nuit, cousu " ends on a word boundary.
    const result = truncateText(text, limit, { locale: "fr" });
    expect(result).toEqual({ text: "Le sac Nuit, cousu…", truncated: true });
    expectSafeCut(text, limit, result.text);
  });

  it("returns decomposed accents composed, and counts them once", () => {
    const text = "E\u0301te\u0301 a\u0300 Paris, sous la pluie";
    const limit = { max: 12, counting: "graphemes" } as const;
    // 11 graphemes fit before "…": "Été à Paris", and the comma after it is left out.
    const result = truncateText(text, limit, { locale: "fr" });
    expect(result.text).toBe("\u00C9t\u00E9 \u00E0 Paris…");
    expectSafeCut(text, limit, result.text);
  });

  it("leaves a text that fits as it is (in NFC)", () => {
    expect(truncateText("Cafe\u0301", { max: 4, counting: "graphemes" })).toEqual({
      text: "Café",
      truncated: false,
    });
  });

  it("never splits a combining sequence that has no precomposed form, even in UTF-16 units", () => {
    // q + dot below + dot above stays three code units after NFC.
    const text = "abcdefgq\u0323\u0307 hij";
    const limit = { max: 9, counting: "utf16" } as const;
    // 8 units before "…" would end inside q̣̇; the cut falls before it.
    const result = truncateText(text, limit);
    expect(result.text).toBe("abcdefg…");
    expectSafeCut(text, limit, result.text);
  });
});

describe("truncateText: Chinese", () => {
  const text = "奥蕾尔的工匠以手工缝制每一只包袋，在巴黎的工坊里一针一线完成。";

  it.each([
    { max: 10, counting: "graphemes" },
    { max: 21, counting: "twitter" },
    { max: 9, counting: "weibo" },
    { max: 15, counting: "utf16" },
  ] as const)("stays within $max ($counting) on whole graphemes", (limit) => {
    const result = truncateText(text, limit, { locale: "zh-Hans" });
    expect(result.truncated).toBe(true);
    expectSafeCut(text, limit, result.text);
    // Without spaces the cut may fall between any two words: nothing is wasted beyond one word.
    expect(countText(result.text, limit.counting)).toBeGreaterThanOrEqual(limit.max / 2);
  });

  it("counts Latin ½ on Weibo and prefers the word boundary", () => {
    const mixed = "奥蕾尔 Maison Aurèle 以手工缝制每一只包袋";
    const limit = { max: 10, counting: "weibo" } as const;
    // "奥蕾尔 Maison Aurè…" would fit (18 + 2 halves) but cuts a word; the space before it wins.
    const result = truncateText(mixed, limit, { locale: "zh-Hans" });
    expect(result.text).toBe("奥蕾尔 Maison…");
    expectSafeCut(mixed, limit, result.text);
  });

  it("never cuts inside a Weibo topic #话题#", () => {
    const text = "奥蕾尔 #法式匠心# 新品";
    const limit = { max: 7, counting: "weibo" } as const;
    // 12 halves fit before "…", which would end at "#法式": the cut goes back before the topic.
    const result = truncateText(text, limit, { locale: "zh-Hans" });
    expect(result.text).toBe("奥蕾尔…");
    expectSafeCut(text, limit, result.text);
  });
});

describe("truncateText: Japanese", () => {
  const text = "東京の職人が一つずつ手で縫い上げたバッグです。パリのメゾンから届きました。";

  it.each([
    { max: 20, counting: "twitter" },
    { max: 12, counting: "graphemes" },
    { max: 30, counting: "graphemes-emoji-utf8" },
  ] as const)("stays within $max ($counting) on whole graphemes", (limit) => {
    const result = truncateText(text, limit, { locale: "ja" });
    expectSafeCut(text, limit, result.text);
    expect(countText(result.text, limit.counting)).toBeGreaterThanOrEqual(limit.max / 2);
  });

  it("keeps a hashtag whole or leaves it out", () => {
    const withTag = "夜のバッグ #夜の手仕事 パリ";
    const limit = { max: 20, counting: "twitter" } as const;
    // "夜のバッグ #夜の手" would weigh 18 + 2 but ends inside the hashtag.
    const result = truncateText(withTag, limit, { locale: "ja" });
    expect(result.text).toBe("夜のバッグ…");
    expectSafeCut(withTag, limit, result.text);
  });
});

describe("truncateText: Korean", () => {
  const text = "장인이 한 땀 한 땀 손으로 꿰맨 가방입니다.";

  it("cuts between words", () => {
    const limit = { max: 12, counting: "graphemes" } as const;
    // "장인이 한 땀 한 땀" is 11 graphemes and ends a word.
    const result = truncateText(text, limit, { locale: "ko" });
    expect(result.text).toBe("장인이 한 땀 한 땀…");
    expectSafeCut(text, limit, result.text);
  });

  it("gives the same cut for the text written as decomposed jamo", () => {
    const limit = { max: 12, counting: "graphemes" } as const;
    const jamo = text.normalize("NFD");
    expect(jamo).not.toBe(text);
    expect(truncateText(jamo, limit, { locale: "ko" }).text).toBe("장인이 한 땀 한 땀…");
  });

  it("stays within X's weight (Hangul 2)", () => {
    const limit = { max: 15, counting: "twitter" } as const;
    const result = truncateText(text, limit, { locale: "ko" });
    expectSafeCut(text, limit, result.text);
  });
});

describe("truncateText: Arabic", () => {
  const marhaban = "\u0645\u064E\u0631\u0652\u062D\u064E\u0628\u064B\u0627"; // مَرْحَبًا

  it("cuts between words and keeps the harakat with their letters", () => {
    const text = `حقيبة ${marhaban} مصنوعة يدويًا في باريس`;
    const limit = { max: 14, counting: "graphemes" } as const;
    // "حقيبة مَرْحَبًا " is 12 graphemes; one more would cut "مصنوعة".
    const result = truncateText(text, limit, { locale: "ar" });
    expect(result.text).toBe(`حقيبة ${marhaban}…`);
    expectSafeCut(text, limit, result.text);
  });

  it("never separates a letter from its vowel mark, even counting UTF-16 units", () => {
    const limit = { max: 6, counting: "utf16" } as const;
    // مَ (2 units) رْ (2) fit with "…" (5); حَ would make 7. A cut at 5 units would strand the fatha.
    const result = truncateText(`${marhaban}${marhaban}`, limit, { locale: "ar" });
    expect(result.text).toBe("\u0645\u064E\u0631\u0652…");
    expectSafeCut(`${marhaban}${marhaban}`, limit, result.text);
  });

  it("stays within X's weight with an Arabic and a Latin hashtag", () => {
    const text = "مجموعة جديدة من الدار #دار_أوريل #MaisonAurele";
    const limit = { max: 30, counting: "twitter" } as const;
    const result = truncateText(text, limit, { locale: "ar" });
    expectSafeCut(text, limit, result.text);
    expect(result.text.includes("#دار_أوريل") || !result.text.includes("#")).toBe(true);
  });
});

describe("truncateText: emoji, URLs and mentions stay whole", () => {
  it("drops a ZWJ family that does not fit rather than splitting it (Threads bytes)", () => {
    const text = "Bonjour 👨‍👩‍👧‍👦 Paris";
    const limit = { max: 30, counting: "graphemes-emoji-utf8" } as const;
    // "Bonjour " + family = 8 + 25 = 33 > 29.
    expect(truncateText(text, limit).text).toBe("Bonjour…");
  });

  it("keeps flags and skin tones whole in UTF-16 units", () => {
    expect(truncateText("🇫🇷🇫🇷🇫🇷", { max: 7, counting: "utf16" }).text).toBe("🇫🇷…");
    expect(truncateText("👍🏽👍🏽", { max: 6, counting: "utf16" }).text).toBe("👍🏽…");
  });

  it("keeps a URL whole: X counts it 23 with the ellipsis after it", () => {
    const text = "Voir https://maison-aurele.com/histoire et la suite du récit";
    const limit = { max: 30, counting: "twitter" } as const;
    // "Voir " 5 + URL 23 + "…" 2 = 30.
    expect(truncateText(text, limit, { locale: "fr" }).text).toBe(
      "Voir https://maison-aurele.com/histoire…",
    );
    expect(truncateText(text, { max: 20, counting: "graphemes" }, { locale: "fr" }).text).toBe(
      "Voir…",
    );
  });

  it("keeps a #hashtag and an @mention whole", () => {
    expect(
      truncateText("Nouvelle collection #AureleNuit", { max: 25, counting: "graphemes" }).text,
    ).toBe("Nouvelle collection…");
    expect(
      truncateText("Avec @maison.aurele ce soir", { max: 15, counting: "graphemes" }).text,
    ).toBe("Avec…");
  });

  it("returns nothing when not even one word fits", () => {
    expect(
      truncateText("https://maison-aurele.com/histoire", { max: 5, counting: "graphemes" }),
    ).toEqual({ text: "", truncated: true });
  });
});
