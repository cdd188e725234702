import { describe, expect, it } from "vitest";
import type { Counting } from "../../../src/channels/channel-spec.ts";
import { countText } from "../../../src/text/count-text.ts";

/** Counts under every unit, in this order: graphemes, twitter, utf16, Threads, Weibo. */
function counts(text: string): Record<Counting, number> {
  return {
    graphemes: countText(text, "graphemes"),
    twitter: countText(text, "twitter"),
    utf16: countText(text, "utf16"),
    "graphemes-emoji-utf8": countText(text, "graphemes-emoji-utf8"),
    weibo: countText(text, "weibo"),
  };
}

function expectCounts(text: string, expected: [number, number, number, number, number]): void {
  const [graphemes, twitter, utf16, threads, weibo] = expected;
  expect(counts(text)).toEqual({
    graphemes,
    twitter,
    utf16,
    "graphemes-emoji-utf8": threads,
    weibo,
  });
}

describe("countText: French accents, precomposed and decomposed", () => {
  const precomposed = "\u00C9t\u00E9 \u00E0 Paris"; // Été à Paris, 11 characters
  const decomposed = "E\u0301te\u0301 a\u0300 Paris"; // the same with 3 combining accents

  it("counts a precomposed é as one everywhere, Latin-1 as ½ on Weibo (11 halves → 6)", () => {
    expectCounts(precomposed, [11, 11, 11, 11, 6]);
  });

  it("counts a decomposed é as one grapheme; only UTF-16 sees the extra code units", () => {
    expect(decomposed.normalize("NFC")).toBe(precomposed);
    expectCounts(decomposed, [11, 11, 14, 11, 6]);
  });
});

describe("countText: Chinese, Japanese, Korean", () => {
  it("zh-Hans: each ideograph is one, two on X", () => {
    expectCounts("你好世界", [4, 8, 4, 4, 4]);
  });

  it("ja: kana and kanji weigh 2 on X; a decomposed dakuten is composed first", () => {
    expectCounts("東京のバッグ", [6, 12, 6, 6, 6]);
    const decomposedGu = "東京のバッ\u30AF\u3099"; // ク + combining voiced mark = グ
    expectCounts(decomposedGu, [6, 12, 7, 6, 6]);
  });

  it("ko: Hangul syllables, and the same words as decomposed jamo", () => {
    expectCounts("안녕하세요", [5, 10, 5, 5, 5]);
    // 한국 as conjoining jamo: ᄒ ᅡ ᆫ + ᄀ ᅮ ᆨ, six code points, two syllables once composed.
    const jamo = "\u1112\u1161\u11AB\u1100\u116E\u11A8";
    expect(jamo.normalize("NFC")).toBe("한국");
    expectCounts(jamo, [2, 4, 6, 2, 2]);
  });
});

describe("countText: Arabic with harakat", () => {
  it("counts a letter with its combining vowel marks as one grapheme; X and UTF-16 count each mark", () => {
    // مَرْحَبًا: 5 letters, 4 harakat (fatha, sukun, fatha, fathatan), all in X's weight-1 range.
    const marhaban = "\u0645\u064E\u0631\u0652\u062D\u064E\u0628\u064B\u0627";
    expectCounts(marhaban, [5, 9, 9, 5, 5]);
  });
});

describe("countText: emoji", () => {
  it.each([
    ["single", "👍", [1, 2, 2, 4, 1]],
    ["skin tone", "👍🏽", [1, 2, 4, 8, 1]],
    ["ZWJ family", "👨‍👩‍👧‍👦", [1, 2, 11, 25, 1]],
    ["flag", "🇫🇷", [1, 2, 4, 8, 1]],
  ] as const)(
    "%s emoji: one grapheme, 2 on X, its UTF-8 bytes on Threads",
    (_name, emoji, expected) => {
      expectCounts(emoji, [...expected]);
    },
  );

  it("adds an emoji's bytes to the other characters on Threads", () => {
    expect(countText("Bonjour 👋", "graphemes-emoji-utf8")).toBe(8 + 4);
  });

  it("counts text-style pictographs such as © by their bytes on Threads (the strict side)", () => {
    expect(countText("©", "graphemes-emoji-utf8")).toBe(2);
    expect(countText("©", "graphemes")).toBe(1);
  });
});

describe("countText: X weights every URL 23", () => {
  it("counts a long URL and a bare domain as 23", () => {
    expect(
      countText("Voir https://maison-aurele.com/histoire/la-maison-depuis-1854", "twitter"),
    ).toBe(5 + 23);
    expect(countText("maison-aurele.com", "twitter")).toBe(23);
    expect(countText("https://maison-aurele.com/a", "utf16")).toBe(27);
  });

  it("weighs the ellipsis and bidi isolates 2 on X, 1 elsewhere", () => {
    expect(countText("…", "twitter")).toBe(2);
    expect(countText("…", "graphemes")).toBe(1);
    const isolated = "\u2068#Tag\u2069";
    expect(countText(isolated, "twitter")).toBe(2 + 4 + 2);
    expect(countText(isolated, "graphemes")).toBe(6);
    expect(countText(isolated, "utf16")).toBe(6);
  });
});

describe("countText: Weibo counts half-width characters ½, rounded up", () => {
  it("mixes full-width ideographs and half-width Latin", () => {
    // 3 ideographs + 7 half-width characters (" Maison") = 3 + 3.5 → 7
    expect(countText("奥蕾尔 Maison", "weibo")).toBe(7);
    // + " Aurèle": è is Latin-1, so 14 half-width characters = 7 → 10
    expect(countText("奥蕾尔 Maison Aurèle", "weibo")).toBe(10);
    // € is outside Latin-1: 1 + "1 200" (5 halves) = 3.5 → 4
    expect(countText("€1 200", "weibo")).toBe(4);
    expect(countText("a", "weibo")).toBe(1);
  });
});
