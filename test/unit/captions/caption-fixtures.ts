import type { ChannelSpec } from "../../../src/channels/channel-spec.ts";
import type { CaptionInput } from "../../../src/render/captions/build-caption.ts";

/** A small house for caption tests, as plain data: each test changes what it needs. */
export const brand: CaptionInput["brand"] = {
  name: "Maison Aurèle",
  defaultLocale: "fr",
  hashtags: ["MaisonAurele", "Aurele1854"],
  creditLine: {
    fr: "Photo : {creator} {year} · {licence} · {brand}",
    ja: "写真：{creator} {year}・{licence}・{brand}",
    ar: "الصورة: {creator} {year} · {licence} · {brand}",
    "zh-Hans": "图片：{creator} {year} · {licence} · {brand}",
  },
  legalLines: {
    fr: ["© Maison Aurèle. Tous droits réservés."],
    ja: ["© Maison Aurèle（メゾン・オーレル）無断転載を禁じます。"],
    ar: ["© دار أوريل (Maison Aurèle). جميع الحقوق محفوظة."],
    "zh-Hans": ["© Maison Aurèle 奥蕾尔 版权所有"],
  },
};

export const france: CaptionInput["market"] = {
  hashtags: ["ParisFashion"],
  legalLines: { fr: ["Contenu publié en France."] },
};

export const emirates: CaptionInput["market"] = {
  hashtags: ["دار_أوريل", "MaisonAureleME"],
  legalLines: { ar: ["يُنشر هذا المحتوى في دولة الإمارات العربية المتحدة."] },
};

export const capsule: NonNullable<CaptionInput["capsule"]> = {
  hashtags: ["NuitDeParis"],
  campaignHandle: "AureleNuit",
};

export function image(creator: string, licence: string, year?: number) {
  return {
    credit: year === undefined ? { creator } : { creator, year },
    licence: { name: licence, usage: ["social" as const], territories: { exclude: [] } },
  };
}

type TextRules = ChannelSpec["text"];

export const instagramFeed: TextRules = {
  caption: { max: 2200, counting: "graphemes" },
  hashtags: { syntax: "hash", max: 5 },
  linksClickable: false,
};
export const instagramStory: TextRules = {
  hashtags: { syntax: "hash" },
  linksClickable: false,
};
export const xPost: TextRules = {
  caption: { max: 280, counting: "twitter" },
  hashtags: { syntax: "hash" },
  linksClickable: true,
};
export const threadsPost: TextRules = {
  caption: { max: 500, counting: "graphemes-emoji-utf8" },
  hashtags: { syntax: "hash", max: 1 },
  linksClickable: true,
};
export const weiboSingle: TextRules = {
  caption: { max: 2000, counting: "weibo" },
  hashtags: { syntax: "hash-both-sides" },
  linksClickable: true,
};
