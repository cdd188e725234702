import twitter from "twitter-text";
import { describe, expect, it } from "vitest";
import { FSI, PDI } from "../../../src/render/captions/bidi.ts";
import { buildCaption, type CaptionInput } from "../../../src/render/captions/build-caption.ts";
import { markdownToText } from "../../../src/render/captions/markdown-text.ts";
import { countText } from "../../../src/text/count-text.ts";
import {
  brand,
  capsule,
  emirates,
  france,
  image,
  instagramFeed,
  instagramStory,
  threadsPost,
  weiboSingle,
  xPost,
} from "./caption-fixtures.ts";

const jane = image("Jane Doe", "CC-BY-4.0", 2024);
const john = image("John Roe", "GPL-2.0-or-later");

function frenchInput(overrides: Partial<CaptionInput> = {}): CaptionInput {
  return {
    text: {
      title: "Nuit",
      dek: "Une capsule du soir.",
      body: "Le *sac* Nuit, cousu [main](https://maison-aurele.com/nuit).\n\nDepuis 1854.",
    },
    locale: { locale: "fr", direction: "ltr" },
    brand,
    market: france,
    capsule,
    images: [jane, john],
    rules: instagramFeed,
    ...overrides,
  };
}

function build(input: CaptionInput) {
  const caption = buildCaption(input);
  if (!caption) throw new Error("expected a caption");
  return caption;
}

describe("buildCaption: layout", () => {
  it("writes title, dek and body, then hashtags, credits and legal lines", () => {
    const caption = build(frenchInput());
    const expected = [
      "Nuit",
      "",
      "Une capsule du soir.",
      "",
      "Le sac Nuit, cousu main.",
      "",
      "Depuis 1854.",
      "",
      "#AureleNuit #NuitDeParis #ParisFashion #MaisonAurele #Aurele1854",
      "Photo : Jane Doe 2024 · CC-BY-4.0 · Maison Aurèle",
      "Photo : John Roe · GPL-2.0-or-later · Maison Aurèle",
      "© Maison Aurèle. Tous droits réservés.",
      "Contenu publié en France.",
    ].join("\n");
    expect(caption.text).toBe(expected);
    expect(caption).toMatchObject({
      locale: "fr",
      direction: "ltr",
      length: expected.length,
      limit: 2200,
      counting: "graphemes",
      truncated: false,
      hashtags: ["AureleNuit", "NuitDeParis", "ParisFashion", "MaisonAurele", "Aurele1854"],
      warnings: [],
    });
  });

  it("returns no caption for a channel without a caption rule", () => {
    expect(buildCaption(frenchInput({ rules: instagramStory }))).toBeUndefined();
  });

  it("writes no hashtag line for syntax none", () => {
    const caption = build(
      frenchInput({ rules: { ...instagramFeed, hashtags: { syntax: "none" } } }),
    );
    expect(caption.hashtags).toEqual([]);
    expect(caption.text).not.toContain("#");
    expect(caption.text).toContain("Depuis 1854.\n\nPhoto : Jane Doe");
  });

  it("writes Weibo topics with their closing #, separated by spaces", () => {
    const caption = build(
      frenchInput({
        locale: { locale: "zh-Hans", direction: "ltr" },
        text: { title: "夜", body: "奥蕾尔的工匠以手工缝制每一只包袋。" },
        market: { hashtags: ["奥蕾尔", "法式匠心"], legalLines: {} },
        rules: weiboSingle,
      }),
    );
    expect(caption.text).toContain(
      "\n#AureleNuit# #NuitDeParis# #奥蕾尔# #法式匠心# #MaisonAurele# #Aurele1854#\n",
    );
    expect(caption.text).toContain("\n图片：Jane Doe 2024 · CC-BY-4.0 · Maison Aurèle\n");
  });
});

describe("buildCaption: fits each channel's limit", () => {
  it("x/post: a long Japanese body is cut so the post weighs at most 280", () => {
    const sentence =
      "1854年以来、メゾンの職人たちはパリのアトリエで一つひとつのバッグを手で縫い上げてきました。";
    const body = sentence.repeat(8);
    const caption = build(
      frenchInput({
        text: { title: "夜のオーレル", body },
        locale: { locale: "ja", direction: "ltr" },
        market: { hashtags: ["オーレル"], legalLines: {} },
        images: [jane],
        rules: xPost,
      }),
    );
    const parsed = twitter.parseTweet(caption.text);
    expect(parsed.valid).toBe(true);
    expect(parsed.weightedLength).toBeLessThanOrEqual(280);
    expect(caption.length).toBe(parsed.weightedLength);
    expect(caption.truncated).toBe(true);

    const [title, bodyBlock, footer] = caption.text.split("\n\n");
    expect(title).toBe("夜のオーレル");
    expect(bodyBlock?.endsWith("…")).toBe(true);
    expect(body.startsWith(bodyBlock?.slice(0, -1) ?? "∅")).toBe(true);
    // The hashtags beyond the first give way before the body does.
    expect(footer?.split("\n")).toEqual([
      "#AureleNuit",
      "写真：Jane Doe 2024・CC-BY-4.0・Maison Aurèle",
      "© Maison Aurèle（メゾン・オーレル）無断転載を禁じます。",
    ]);
  });

  it("threads/post: emoji count their UTF-8 bytes, so a caption that fits in graphemes is cut", () => {
    const body = "Nuit ✨🌙 ".repeat(30);
    const input = frenchInput({ text: { title: "Nuit", body }, rules: threadsPost });
    const inGraphemes = build({
      ...input,
      rules: { ...threadsPost, caption: { max: 500, counting: "graphemes" } },
    });
    expect(inGraphemes.truncated).toBe(false);

    const caption = build(input);
    expect(caption.truncated).toBe(true);
    expect(caption.length).toBeLessThanOrEqual(500);
    expect(countText(caption.text, "graphemes-emoji-utf8")).toBe(caption.length);
    expect(caption.hashtags).toEqual(["AureleNuit"]);
    const bodyBlock = caption.text.split("\n\n")[1] ?? "";
    expect(bodyBlock.endsWith("…")).toBe(true);
    // Whole emoji only: the kept body is a start of the original, ending after a whole emoji or word.
    expect(body.startsWith(bodyBlock.slice(0, -1))).toBe(true);
    expect(bodyBlock.slice(0, -1)).toMatch(/(?:🌙|Nuit|✨)$/u);
    expect(caption.text).toContain(
      "\n© Maison Aurèle. Tous droits réservés.\nContenu publié en France.",
    );
  });

  it("instagram/feed: a long French body is cut at a word, close to 2,200 characters", () => {
    const paragraph =
      "Dans l'atelier du Faubourg, chaque gant est coupé, piqué et retourné à la main par les artisans de la maison, selon des gestes transmis depuis 1854. ";
    const markdown = `${paragraph.repeat(12)}\n\n${paragraph.repeat(12)}`;
    const caption = build(frenchInput({ text: { title: "Gants", body: markdown } }));
    expect(caption.length).toBeLessThanOrEqual(2200);
    expect(caption.length).toBeGreaterThan(2200 - 20);
    expect(caption.truncated).toBe(true);
    expect(caption.hashtags).toEqual(["AureleNuit"]);

    const plain = markdownToText(markdown);
    const bodyBlock = caption.text.split("\n\n").slice(1, -1).join("\n\n");
    const kept = bodyBlock.slice(0, -1);
    expect(bodyBlock.endsWith("…")).toBe(true);
    expect(plain.startsWith(kept)).toBe(true);
    expect(plain.charAt(kept.length)).toMatch(/[\s\p{P}]/u);
    expect(
      caption.text.endsWith(
        "Photo : John Roe · GPL-2.0-or-later · Maison Aurèle\n© Maison Aurèle. Tous droits réservés.\nContenu publié en France.",
      ),
    ).toBe(true);
  });
});

describe("buildCaption: what gives way, in order", () => {
  const short = (max: number, overrides: Partial<CaptionInput> = {}) =>
    build(
      frenchInput({
        text: { title: "Nuit", body: "Cousu main." },
        market: { hashtags: ["ParisFashion"], legalLines: {} },
        brand: { ...brand, hashtags: ["MaisonAurele"], legalLines: {} },
        capsule: { hashtags: [], campaignHandle: "AureleNuit" },
        images: [],
        rules: { ...instagramFeed, caption: { max, counting: "graphemes" } },
        ...overrides,
      }),
    );

  it("drops the hashtags beyond the first, the least specific first, before the body", () => {
    // Everything: 4 + 2 + 11 + 2 + 39 = 58. Without #MaisonAurele: 44.
    const one = short(44);
    expect(one.text).toBe("Nuit\n\nCousu main.\n\n#AureleNuit #ParisFashion");
    expect(one.warnings.map((warning) => warning.code)).toEqual(["HashtagsDropped"]);
    expect(one.warnings[0]?.message).toBe("left out for length: MaisonAurele");
    // Without #ParisFashion too: 30, and the body is whole.
    const two = short(43);
    expect(two.text).toBe("Nuit\n\nCousu main.\n\n#AureleNuit");
    expect(two.hashtags).toEqual(["AureleNuit"]);
  });

  it("then cuts the body at a word, then leaves it out", () => {
    const cut = short(26);
    expect(cut.text).toBe("Nuit\n\nCousu…\n\n#AureleNuit");
    expect(cut.length).toBe(25);
  });

  it("keeps the campaign hashtag when every optional one is gone", () => {
    const caption = short(20);
    expect(caption.text).toBe("Nuit\n\n#AureleNuit");
    expect(caption.length).toBe(17);
  });

  it("shortens the title last, with a warning", () => {
    const legal =
      "Contenu publié par Maison Aurèle, 12 rue du Faubourg, Paris. Tous droits réservés.";
    const title = "La grande nuit de la maison Aurèle à Paris, un soir d'hiver";
    // The legal line and the blank line leave 38 characters for the title: "…à " + "Paris" would
    // need 42, so the cut falls after "à" (36) and the ellipsis makes 37.
    const caption = short(legal.length + 2 + 38, {
      text: { title, body: "Un long récit." },
      brand: { ...brand, hashtags: [], legalLines: { fr: [legal] } },
      market: { hashtags: [], legalLines: {} },
      capsule: undefined,
    });
    expect(caption.text).toBe(`La grande nuit de la maison Aurèle à…\n\n${legal}`);
    expect(caption.warnings.map((warning) => warning.code)).toEqual(["TitleTruncated"]);
  });

  it("moves the credit line to the README when even a shortened title does not fit with it", () => {
    const legal = "Contenu publié par Maison Aurèle. Tous droits réservés.";
    const credit = "Photo : Jane Doe 2024 · CC-BY-4.0 · Maison Aurèle";
    // Room for the legal line and "Nuit", not for the credit line as well.
    const caption = short(legal.length + 2 + 4, {
      brand: { ...brand, hashtags: [], legalLines: { fr: [legal] } },
      market: { hashtags: [], legalLines: {} },
      capsule: undefined,
      images: [jane],
    });
    expect(caption.text).toBe(`Nuit\n\n${legal}`);
    expect(caption.text).not.toContain(credit);
    expect(caption.creditMoved).toBe(true);
    expect(caption.warnings.map((warning) => warning.code)).toEqual(["CreditMoved"]);
    expect(caption.length).toBeLessThanOrEqual(legal.length + 6);
  });

  it("keeps the legal lines above all, and warns when they alone exceed the limit", () => {
    const legal = "Mentions légales : "
      .concat("toute reproduction est interdite sans accord écrit. ".repeat(6))
      .trim();
    const caption = build(
      frenchInput({
        brand: { ...brand, legalLines: { fr: [legal] } },
        rules: xPost,
      }),
    );
    // The plan never offers such a placement (legal-lines-over-limit); the engine still says so.
    expect(caption.length).toBeGreaterThan(280);
    expect(caption.length).toBe(countText(caption.text, "twitter"));
    expect(caption.text.startsWith(legal)).toBe(true);
    expect(caption.text).not.toContain("Depuis 1854");
    expect(caption.text).not.toContain("#AureleNuit");
    expect(caption.creditMoved).toBe(true);
    const over = caption.warnings.find((warning) => warning.code === "CaptionOverLimit");
    expect(over?.severity).toBe("error");
    expect(over?.message).toContain("280");
  });
});

describe("buildCaption: credit and legal lines", () => {
  it("uses the default locale's credit template when the locale has none, and says so", () => {
    const caption = build(
      frenchInput({
        text: { title: "밤", body: "장인이 손으로 꿰맨 가방." },
        locale: { locale: "ko", direction: "ltr" },
        images: [john],
      }),
    );
    expect(caption.text).toContain("\nPhoto : John Roe · GPL-2.0-or-later · Maison Aurèle");
    expect(caption.warnings.map((warning) => warning.code)).toEqual([
      "CreditTemplateFallback",
      "LegalLinesMissing",
      "LegalLinesMissing",
    ]);
  });

  it("puts the brand's legal lines before the market's", () => {
    const caption = build(frenchInput());
    const lines = caption.text.split("\n");
    expect(lines.slice(-2)).toEqual([
      "© Maison Aurèle. Tous droits réservés.",
      "Contenu publié en France.",
    ]);
  });

  it("warns when a link is left in a caption whose links are not clickable", () => {
    const input = frenchInput({
      text: { title: "Nuit", body: "Tout le récit sur maison-aurele.com" },
    });
    expect(build(input).warnings.map((warning) => warning.code)).toEqual(["LinksNotClickable"]);
    expect(build({ ...input, rules: xPost }).warnings).toEqual([]);
  });
});

describe("buildCaption: right to left", () => {
  const arabic = (overrides: Partial<CaptionInput> = {}) =>
    build(
      frenchInput({
        text: {
          title: "ليل أوريل",
          body: "منذ عام 1854 يخيط حرفيو الدار كل حقيبة يدويًا. اكتشفوا المزيد على https://maison-aurele.com/nuit",
        },
        locale: { locale: "ar", direction: "rtl" },
        market: emirates,
        images: [jane],
        rules: xPost,
        ...overrides,
      }),
    );

  it("isolates Latin hashtags, not Arabic ones, and X still reads them as hashtags", () => {
    const caption = arabic({ rules: { ...xPost, caption: { max: 1000, counting: "twitter" } } });
    expect(caption.text).toContain(`${FSI}#MaisonAurele${PDI}`);
    expect(caption.text).toContain(` #دار_أوريل ${FSI}#MaisonAureleME${PDI}`);
    expect(caption.text).not.toContain(`${FSI}#دار_أوريل`);
    expect(twitter.extractHashtags(caption.text)).toEqual([
      "AureleNuit",
      "NuitDeParis",
      "دار_أوريل",
      "MaisonAureleME",
      "MaisonAurele",
      "Aurele1854",
    ]);
  });

  it("isolates the Latin values of the credit line and the URL of the body", () => {
    const caption = arabic();
    expect(caption.text).toContain(
      `\nالصورة: ${FSI}Jane Doe${PDI} 2024 · ${FSI}CC-BY-4.0${PDI} · ${FSI}Maison Aurèle${PDI}\n`,
    );
    const roomy = arabic({ rules: { ...xPost, caption: { max: 1000, counting: "twitter" } } });
    expect(roomy.text).toContain(`على ${FSI}https://maison-aurele.com/nuit${PDI}\n`);
    expect(twitter.extractUrls(roomy.text)).toEqual(["https://maison-aurele.com/nuit"]);
  });

  it("counts the isolates: 2 each on X, 1 each in graphemes", () => {
    const caption = arabic();
    const isolates = [...caption.text].filter((char) => char === FSI || char === PDI).length;
    const bare = caption.text.replaceAll(FSI, "").replaceAll(PDI, "");
    expect(isolates).toBeGreaterThan(0);
    expect(caption.length).toBe(countText(bare, "twitter") + 2 * isolates);
    expect(caption.length).toBeLessThanOrEqual(280);

    const graphemes = arabic({ rules: instagramFeed });
    const graphemeIsolates = [...graphemes.text].filter(
      (char) => char === FSI || char === PDI,
    ).length;
    expect(graphemes.length).toBe(
      countText(graphemes.text.replaceAll(FSI, "").replaceAll(PDI, ""), "graphemes") +
        graphemeIsolates,
    );
  });

  it("adds no isolate to a left-to-right caption", () => {
    const caption = build(frenchInput({ rules: xPost }));
    expect(caption.text).not.toMatch(/[\u2066-\u2069]/u);
  });
});
