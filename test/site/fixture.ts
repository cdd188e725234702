import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type {
  SiteData,
  SiteEntry,
  SiteImage,
  SiteLabel,
  SiteLabels,
  SiteLaunchKit,
} from "../../src/site/site-data.ts";

/** The unlisted kit's secret path segment: it must appear only on that kit's own pages. */
export const UNLISTED_TOKEN = "5e3c2a9f0b7d4e61a8c9f2b3d4e5f607";

/** A Markdown body that tries every way in: raw HTML, event handlers, unsafe link protocols. */
export const MALICIOUS_BODY = [
  "## L’atelier",
  "",
  "Une histoire de gants. <script>alert(1)</script>",
  "",
  "<img src=x onerror=alert(1)>",
  "",
  "Voir [le lien](javascript:alert(1)), [celui-ci](data:text/html;base64,PHNjcmlwdD4=) et [ce dernier](vbscript:msgbox(1)).",
  "",
  '<iframe src="https://example.org/embed"></iframe>',
  "",
  "Un [vrai lien](https://example.org/histoire) reste, et *l’emphase* aussi.",
  "",
  '<div onclick="alert(1)">bloc</div>',
  "",
  "![photo](javascript:alert(1))",
].join("\n");

function image(asset: string, alt: Record<string, string>): SiteImage {
  const widths = [480, 960, 1600];
  return {
    asset,
    alt,
    credit: `© Atelier ${asset} 2025`,
    creator: `Atelier ${asset}`,
    licence: "CC BY 4.0",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    sources: (["avif", "webp", "jpeg"] as const).map((format) => ({
      format,
      srcset: widths.map((width) => ({
        url: `/_img/${asset}-${width}.${format === "jpeg" ? "jpg" : format}`,
        width,
      })),
    })),
    width: 1600,
    height: 1200,
    og: `/_img/${asset}-og.jpg`,
  };
}

/** Two markets: `ae` (Arabic first, right to left, English second) and `jp` (Japanese, English). */
export function fixtureSiteData(): SiteData {
  const wood = image("wood-grain", {
    fr: "Établi en bois patiné",
    en: "A worn wooden workbench",
    ar: "طاولة عمل خشبية قديمة",
    ja: "使い込まれた木の作業台",
  });
  const silk = image("silk-swirl", {
    fr: "Soie en spirale",
    en: "A swirl of silk",
    ar: "حرير ملتف",
    ja: "渦を巻くシルク",
  });
  // No Arabic alt text: Arabic pages read the English one, marked as English.
  const ribbon = {
    ...image("silk-ribbon", {
      fr: "Ruban de soie",
      en: "A silk ribbon",
      ar: "A silk ribbon",
      ja: "シルクのリボン",
    }),
    altLang: { ar: "en" },
  };
  const story = (market: "ae" | "jp"): SiteEntry => ({
    type: "story" as const,
    slug: "la-maison-1854",
    publishedAt: "2026-03-02T09:00:00Z",
    text:
      market === "ae"
        ? {
            ar: {
              locale: "ar",
              direction: "rtl" as const,
              title: "١٨٥٤، ورشة شارع تورين",
              dek: "كيف أسّس صانع قفازات وطرّازة داراً ما زالت تخيط باليد.",
              body: MALICIOUS_BODY,
            },
            en: {
              locale: "en",
              direction: "ltr" as const,
              title: "1854, the workshop on rue de Turenne",
              dek: "How a glover and an embroiderer founded a house that still sews by hand.",
              body: MALICIOUS_BODY,
            },
          }
        : {
            ja: {
              locale: "ja",
              direction: "ltr" as const,
              title: "1854年、テュレンヌ通りのアトリエ",
              dek: "手袋職人と刺繍職人が築いた、今も手で縫うメゾン。",
              body: MALICIOUS_BODY,
            },
            en: {
              locale: "en",
              direction: "ltr" as const,
              title: "1854, the workshop on rue de Turenne",
              // An image placed in the body (a Portable Text image block): one of the story's.
              body: `${MALICIOUS_BODY}\n\n![A swirl of silk](<silk-swirl>)\n\nAfter the silk.`,
            },
          },
    images: [wood, silk],
    era:
      market === "ae"
        ? { ar: "عهد الإمبراطورية الثانية", en: "Second Empire" }
        : { ja: "第二帝政期", en: "Second Empire" },
    year: 1854,
    products: [],
    kits: [],
  });
  // The capsule has no Arabic text: Arabic pages fall back to English.
  const capsule = (market: "ae" | "jp"): SiteEntry => ({
    type: "capsule" as const,
    slug: "aurele-nuit",
    publishedAt: "2026-06-01T08:00:00Z",
    text: Object.fromEntries(
      (market === "ae" ? ["ar", "en"] : ["ja", "en"]).map((locale) => [
        locale,
        market === "jp" && locale === "ja"
          ? {
              locale: "ja",
              direction: "ltr" as const,
              title: "オーレル・ニュイ",
              dek: "夜のためのシルク。",
              body: "夜の庭から生まれた*カプセル*。",
            }
          : {
              locale: "en",
              direction: "ltr" as const,
              title: "Aurèle Nuit",
              dek: "Silk for the night — & nothing <else>.",
              body: "A capsule born in a garden at night.",
            },
      ]),
    ),
    images: [silk, ribbon],
    products: ["carre-nuit"],
    kits: [{ audience: "public", path: `/${market}/kit/public/capsule-aurele-nuit/` }],
  });
  const product = (market: "ae" | "jp"): SiteEntry => ({
    type: "product" as const,
    slug: "carre-nuit",
    publishedAt: "2026-06-01T08:00:00Z",
    text: Object.fromEntries(
      (market === "ae" ? ["ar", "en"] : ["ja", "en"]).map((locale) => [
        locale,
        {
          locale: "en",
          direction: "ltr" as const,
          title: "Carré Nuit 90",
          body: "Silk twill, hand-rolled edges.",
        },
      ]),
    ),
    images: [ribbon],
    products: [],
    sku: "AU-CN-90",
    kits: [],
  });
  const file = (name: string, bytes: number) => ({
    url: `/files/${name.replace(/[^a-z0-9]+/g, "").slice(0, 32)}.${name.split(".").pop()}`,
    name,
    bytes,
  });
  const kitRights = {
    asset: "silk-swirl",
    alt: silk.alt,
    credit: silk.credit,
    creator: silk.creator,
    licence: silk.licence,
    licenceUrl: silk.licenceUrl,
  };
  /** A capsule kit: per placement one image (and its narrower widths) and an Arabic or Japanese caption. */
  const capsuleKit = (
    market: "ae" | "jp",
    segment: string,
    name: string,
    channels: { channel: string; name: string; extraWidths?: number[] }[],
  ): SiteLaunchKit => {
    const locale = market === "ae" ? "ar" : "ja";
    const direction = market === "ae" ? ("rtl" as const) : ("ltr" as const);
    const path = `/${market}/kit/${segment}/capsule-aurele-nuit/`;
    const caption =
      market === "ae"
        ? "أوريل نوي\nحرير لليل.\n#أوريل_نوي #MaisonAurele\n© دار أوريل (Maison Aurèle). جميع الحقوق محفوظة."
        : "オーレル・ニュイ\n夜のためのシルク。\n#オーレルニュイ #MaisonAurele\n© Maison Aurèle（メゾン・オーレル）無断転載を禁じます。";
    return {
      id: `${market}/${segment}/capsule-aurele-nuit`,
      launch: { type: "capsule", slug: "aurele-nuit" },
      title: market === "ae" ? "Aurèle Nuit" : "オーレル・ニュイ",
      locale,
      direction,
      path,
      name,
      readme: {
        ...file("README.txt", 2_048),
        text: `Maison Aurèle — Aurèle Nuit — ${name}\nمتاح للاستخدام في هذا السوق فقط.\n`,
      },
      sections: channels.map(({ channel, name: placement, extraWidths = [] }) => ({
        channel,
        platform: channel.split("/")[0] ?? channel,
        name: placement,
        size: "1080 × 1350 · JPEG",
        items: [
          {
            entry: { type: "capsule" as const, slug: "aurele-nuit" },
            title: market === "ae" ? "Aurèle Nuit" : "オーレル・ニュイ",
            images: [
              {
                ...file(`${channel}/aurele-nuit-01-silk-swirl.jpg`, 412_000),
                ...kitRights,
                width: 1080,
                height: 1350,
                format: "jpeg",
                variants: extraWidths.map((width) => ({
                  ...file(`${channel}/aurele-nuit-01-silk-swirl-w${width}.jpg`, 40_000),
                  width,
                  height: width,
                })),
              },
            ],
            caption: {
              ...file(`${channel}/aurele-nuit-caption.${locale}.txt`, 300),
              locale,
              direction,
              text: caption,
              hashtags:
                market === "ae"
                  ? ["#أوريل_نوي", "#MaisonAurele"]
                  : ["#オーレルニュイ", "#MaisonAurele"],
              length: 120,
              limit: 2_200,
              counting: "graphemes",
              creditMoved: false,
            },
          },
        ],
      })),
      articles: [],
      originals: [],
      files: 1 + channels.length * 2,
      bytes: 4_218_880,
      preview: {
        ...file("silk-swirl-preview.jpg", 412_000),
        ...kitRights,
        width: 1080,
        height: 1350,
        format: "jpeg",
        variants: [],
      },
    };
  };
  return {
    schemaVersion: 1,
    site: "https://press.example.com",
    brand: { name: "Maison Aurèle", website: "https://www.example.com" },
    // The story's image, published in both markets: never the newest entry's of the first market.
    sharedImage: wood,
    labels: fixtureLabels(),
    markets: [
      {
        id: "ae",
        name: "Émirats arabes unis",
        timeZone: "Asia/Dubai",
        locales: [
          { locale: "ar", direction: "rtl", hreflang: "ar-AE" },
          { locale: "en", direction: "ltr", hreflang: "en-AE" },
        ],
        entries: [capsule("ae"), product("ae"), story("ae")],
        kits: [
          {
            audience: "public",
            audienceName: "Public",
            listed: true,
            path: "/ae/kit/public/",
            launches: [
              capsuleKit("ae", "public", "maison-aurele_aurele-nuit_ae_public", [
                { channel: "instagram/feed-portrait", name: "Instagram — portrait" },
              ]),
            ],
          },
          {
            audience: "ambassadors",
            audienceName: "Ambassadeurs",
            listed: false,
            path: `/ae/kit/${UNLISTED_TOKEN}/`,
            launches: [
              capsuleKit("ae", UNLISTED_TOKEN, "maison-aurele_aurele-nuit_ae_ambassadeurs", [
                { channel: "instagram/feed-portrait", name: "Instagram — portrait" },
                { channel: "snapchat/story", name: "Snapchat — story" },
              ]),
            ],
          },
        ],
      },
      {
        id: "jp",
        name: "Japon",
        timeZone: "Asia/Tokyo",
        locales: [
          { locale: "ja", direction: "ltr", hreflang: "ja-JP" },
          { locale: "en", direction: "ltr", hreflang: "en-JP" },
        ],
        entries: [capsule("jp"), product("jp"), story("jp")],
        kits: [
          {
            audience: "public",
            audienceName: "Public",
            listed: true,
            path: "/jp/kit/public/",
            launches: [
              capsuleKit("jp", "public", "maison-aurele_aurele-nuit_jp_public", [
                {
                  channel: "line/rich-message",
                  name: "LINE — rich message",
                  extraWidths: [240, 700],
                },
              ]),
            ],
          },
        ],
      },
    ],
  };
}

const label = (text: string, lang: string): SiteLabel => ({
  text,
  lang,
  dir: lang === "ar" ? "rtl" : "ltr",
});

/**
 * The names around the content, as the pipeline writes them: the ambassadors' name has no
 * Arabic and falls back to French, as an audience named in the brand's locale only would.
 */
function fixtureLabels(): SiteLabels {
  const byLocale = <T>(values: Record<"ar" | "en" | "ja", T>) => values;
  return {
    markets: {
      ae: byLocale({
        ar: label("الإمارات العربية المتحدة", "ar"),
        en: label("United Arab Emirates", "en"),
        ja: label("アラブ首長国連邦", "ja"),
      }),
      jp: byLocale({
        ar: label("اليابان", "ar"),
        en: label("Japan", "en"),
        ja: label("日本", "ja"),
      }),
    },
    audiences: {
      public: byLocale({
        // No Arabic name: it falls back, and Arabic pages mark it as English.
        ar: { name: label("Fans", "en"), description: label("أصدقاء الدار.", "ar") },
        en: { name: label("Fans", "en"), description: label("Friends of the house.", "en") },
        ja: { name: label("ファン", "ja"), description: label("メゾンのファンの皆さま。", "ja") },
      }),
      ambassadors: byLocale({
        ar: { name: label("Ambassadeurs", "fr") },
        en: { name: label("Ambassadors", "en") },
        ja: { name: label("アンバサダー", "ja") },
      }),
    },
    channels: {
      "instagram/feed-portrait": byLocale({
        ar: {
          platform: label("Instagram", "ar"),
          placement: label("الموجز، بتنسيق عمودي 4:5", "ar"),
        },
        en: { platform: label("Instagram", "en"), placement: label("Feed, portrait 4:5", "en") },
        ja: { platform: label("Instagram", "ja"), placement: label("フィード（縦 4:5）", "ja") },
      }),
      "line/rich-message": byLocale({
        ar: { platform: label("LINE", "ar"), placement: label("رسالة منسّقة 1:1", "ar") },
        en: { platform: label("LINE", "en"), placement: label("Rich message 1:1", "en") },
        ja: { platform: label("LINE", "ja"), placement: label("リッチメッセージ 1:1", "ja") },
      }),
      "snapchat/story": byLocale({
        ar: { platform: label("Snapchat", "ar"), placement: label("صورة القصة 9:16", "ar") },
        en: { platform: label("Snapchat", "en"), placement: label("Story image 9:16", "en") },
        ja: { platform: label("Snapchat", "ja"), placement: label("ストーリー画像 9:16", "ja") },
      }),
    },
  };
}

/** Writes the site data where `buildSite()` will read it. */
export async function writeFixture(dir: string, data: SiteData): Promise<string> {
  const file = path.join(dir, "site-data.json");
  await mkdir(dir, { recursive: true });
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}
