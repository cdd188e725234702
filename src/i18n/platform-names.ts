import type { LabelLocale, LabelTable } from "./label-locales.ts";

/** A brand written the same way everywhere (in Latin script even on a Chinese or Arabic page). */
function everywhere(name: string): Record<LabelLocale, string> {
  return { en: name, fr: name, ja: name, "zh-Hans": name, "zh-Hant": name, ko: name, ar: name };
}

/**
 * Each platform's name as people of each language write it: a Chinese page says 微信 and 小红书,
 * a Korean one 카카오톡 and 네이버, and brands that are written in Latin script everywhere
 * (Instagram, LINE, YouTube) stay so. Keyed by the platform part of the channel id.
 */
export const PLATFORM_NAMES: LabelTable = {
  bilibili: {
    en: "Bilibili",
    fr: "Bilibili",
    ja: "bilibili",
    "zh-Hans": "哔哩哔哩",
    "zh-Hant": "嗶哩嗶哩",
    ko: "빌리빌리",
    ar: "Bilibili",
  },
  douyin: {
    en: "Douyin",
    fr: "Douyin",
    ja: "抖音",
    "zh-Hans": "抖音",
    "zh-Hant": "抖音",
    ko: "더우인",
    ar: "Douyin",
  },
  facebook: everywhere("Facebook"),
  "google-merchant": everywhere("Google Merchant Center"),
  instagram: everywhere("Instagram"),
  kakao: {
    en: "KakaoTalk",
    fr: "KakaoTalk",
    ja: "カカオトーク",
    "zh-Hans": "KakaoTalk",
    "zh-Hant": "KakaoTalk",
    ko: "카카오톡",
    ar: "KakaoTalk",
  },
  line: everywhere("LINE"),
  linkedin: { ...everywhere("LinkedIn"), "zh-Hans": "领英" },
  "meta-catalog": {
    en: "Meta catalog",
    fr: "Catalogue Meta",
    ja: "Meta カタログ",
    "zh-Hans": "Meta 商品目录",
    "zh-Hant": "Meta 商品目錄",
    ko: "Meta 카탈로그",
    ar: "كتالوج Meta",
  },
  naver: {
    en: "Naver",
    fr: "Naver",
    ja: "NAVER",
    "zh-Hans": "Naver",
    "zh-Hant": "Naver",
    ko: "네이버",
    ar: "Naver",
  },
  og: everywhere("Open Graph"),
  pinterest: everywhere("Pinterest"),
  snapchat: everywhere("Snapchat"),
  threads: everywhere("Threads"),
  tiktok: everywhere("TikTok"),
  taobao: {
    en: "Taobao",
    fr: "Taobao",
    ja: "淘宝",
    "zh-Hans": "淘宝",
    "zh-Hant": "淘寶",
    ko: "타오바오",
    ar: "Taobao",
  },
  tmall: {
    en: "Tmall",
    fr: "Tmall",
    ja: "天猫",
    "zh-Hans": "天猫",
    "zh-Hant": "天貓",
    ko: "티몰",
    ar: "Tmall",
  },
  wechat: {
    en: "WeChat",
    fr: "WeChat",
    ja: "WeChat",
    "zh-Hans": "微信",
    "zh-Hant": "微信",
    ko: "위챗",
    ar: "WeChat",
  },
  weibo: {
    en: "Weibo",
    fr: "Weibo",
    ja: "微博",
    "zh-Hans": "微博",
    "zh-Hant": "微博",
    ko: "웨이보",
    ar: "Weibo",
  },
  x: everywhere("X"),
  xiaohongshu: {
    en: "Xiaohongshu",
    fr: "Xiaohongshu",
    ja: "小紅書",
    "zh-Hans": "小红书",
    "zh-Hant": "小紅書",
    ko: "샤오홍슈",
    ar: "Xiaohongshu",
  },
  youtube: everywhere("YouTube"),
};
