import type { Doc } from "./studio-harness.ts";

/**
 * A small valid house as Sanity documents, in the shapes of docs/sanity.md. Each test copies
 * it and breaks one thing.
 */

const ref = (id: string, key?: string) => ({
  _type: "reference",
  _ref: id,
  ...(key ? { _key: key } : {}),
});
const localized = (type: string, values: Record<string, unknown>) =>
  Object.entries(values).map(([locale, value]) => ({ _key: locale, _type: type, value }));
export const strings = (values: Record<string, string>) => localized("relaisLocaleString", values);
export const texts = (values: Record<string, string>) => localized("relaisLocaleText", values);
export const lines = (values: Record<string, string[]>) =>
  localized("relaisLocaleStringList", values);
const slug = (current: string) => ({ _type: "slug", current });

export function sampleHouse() {
  const brand: Doc = {
    _id: "relaisBrand",
    _type: "relaisBrand",
    name: "Maison Test",
    defaultLocale: "fr",
    hashtags: ["MaisonTest"],
    website: "https://maison-test.example",
    creditLine: strings({ fr: "Photo : {creator} {year}", en: "Photo: {creator} {year}" }),
    legalLines: lines({ fr: ["© Maison Test"], en: ["© Maison Test"] }),
    audiences: [ref("audience-press", "press")],
  };
  const audience: Doc = {
    _id: "audience-press",
    _type: "relaisAudience",
    slug: slug("press"),
    name: strings({ fr: "Presse", en: "Press", "zh-Hans": "媒体" }),
    description: texts({ fr: "Journalistes", en: "Journalists", "zh-Hans": "记者" }),
    receives: ["story", "capsule", "product"],
    usage: "editorial",
    listed: true,
  };
  const france: Doc = {
    _id: "market-fr",
    _type: "relaisMarket",
    slug: slug("fr"),
    name: "France",
    locales: ["fr", "en"],
    timeZone: "Europe/Paris",
    currency: "EUR",
    channels: ["instagram/feed-portrait", "x/post"],
    hashtags: ["MaisonTestParis"],
  };
  const china: Doc = {
    _id: "market-cn",
    _type: "relaisMarket",
    slug: slug("cn"),
    name: "China",
    locales: ["zh-Hans", "en"],
    timeZone: "Asia/Shanghai",
    channels: ["instagram/feed-portrait"],
  };
  const hero: Doc = {
    _id: "asset-hero",
    _type: "relaisAsset",
    slug: slug("hero"),
    image: {
      _type: "image",
      asset: ref("image-0123456789abcdef0123456789abcdef01234567-2000x1500-jpg"),
      hotspot: { _type: "sanity.imageHotspot", x: 0.5, y: 0.4, width: 0.3, height: 0.3 },
    },
    alt: strings({ fr: "Un sac en cuir", en: "A leather bag", "zh-Hans": "皮革手袋" }),
    credit: { creator: "Jane Doe", year: 2024 },
    licence: { name: "CC-BY-4.0", usage: ["social", "editorial"] },
    crops: [
      {
        _key: "9x16",
        _type: "relaisCrop",
        aspect: "9:16",
        top: 0,
        bottom: 0,
        left: 0.3,
        right: 0.3,
      },
    ],
  };
  const story: Doc = {
    _id: "story-atelier",
    _type: "relaisStory",
    slug: slug("atelier"),
    title: strings({ fr: "L'atelier", en: "The workshop" }),
    dek: strings({ fr: "Depuis 1854" }),
    body: texts({ fr: "Une **histoire** de cuir.", en: "A story of leather." }),
    era: strings({ fr: "Second Empire", en: "Second Empire" }),
    year: 1854,
    hero: ref("asset-hero"),
    gallery: [],
    tags: ["heritage"],
    embargo: { publishAt: "2026-03-02T10:00" },
    brief: {
      talkingPoints: lines({ fr: ["Cousu main depuis 1854."], en: ["Hand-sewn since 1854."] }),
      dont: lines({ fr: ["Ne recadrez pas les images."] }),
    },
  };
  const capsule: Doc = {
    _id: "capsule-nuit",
    _type: "relaisCapsule",
    slug: slug("nuit"),
    title: strings({ fr: "Nuit", en: "Night" }),
    season: "SS27",
    keyVisuals: [ref("asset-hero", "hero")],
    products: [ref("product-carre", "carre")],
    hashtags: ["SoieDeNuit"],
    campaignHandle: "MaisonNuit",
  };
  const product: Doc = {
    _id: "product-carre",
    _type: "relaisProduct",
    slug: slug("carre"),
    name: strings({ fr: "Carré de nuit", en: "Night scarf" }),
    body: texts({ fr: "Soie." }),
    sku: "MT-SS27-001",
    capsule: ref("capsule-nuit"),
    images: [ref("asset-hero", "hero")],
    soldIn: [ref("market-fr", "fr")],
    prices: [
      {
        _key: "fr",
        _type: "relaisMarketPrice",
        market: ref("market-fr"),
        amount: "520.00",
        availability: "in-stock",
      },
    ],
  };
  const moment: Doc = {
    _id: "moment-live",
    _type: "relaisLiveMoment",
    slug: slug("nuit-live"),
    title: strings({ fr: "Nuit en direct", en: "Night, live" }),
    market: ref("market-fr"),
    platforms: ["douyin/live-cover"],
    startsAt: "2026-12-12T20:00",
    durationMinutes: 90,
    audience: ref("audience-press"),
    capsule: ref("capsule-nuit"),
    products: [ref("product-carre", "carre")],
    images: [ref("asset-hero", "hero")],
    talkingPoints: lines({ fr: ["Soie imprimée à Lyon."], en: ["Silk printed in Lyon."] }),
    host: "Léa",
    partnership: "paid",
  };
  const heroFile: Doc = {
    _id: "image-0123456789abcdef0123456789abcdef01234567-2000x1500-jpg",
    _type: "sanity.imageAsset",
    extension: "jpg",
    sha1hash: "0123456789abcdef0123456789abcdef01234567",
  };
  const dataset = [brand, audience, france, china, hero, heroFile, story, capsule, product, moment];
  return { brand, audience, france, china, hero, story, capsule, product, moment, dataset };
}

export { ref, slug };
