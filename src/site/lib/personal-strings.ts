import { pickByLocale } from "../../i18n/locale-chain.ts";

/**
 * The words of an ambassador's personal pages, by language. A page locale without its own set
 * falls back to its language, then to English.
 */
export interface PersonalStrings {
  /** The index's heading: `Your kits, Mei Lin`. */
  yourKits: (name: string) => string;
  indexIntro: string;
  /** Kept to themselves: the address is the only key. */
  private: string;
  launchIntro: string;
  /** A market's part of a launch page: `Kit for Japan`. */
  kitFor: (market: string) => string;
  yourLinks: string;
  /** Where a platform does not make links in captions clickable. */
  notClickable: string;
  notOffered: string;
  notOfferedWhy: string;
  backToKits: string;
  product: string;
}

const en: PersonalStrings = {
  yourKits: (name) => `Your kits, ${name}`,
  indexIntro:
    "Each launch's kits for your markets and platforms. Every caption already carries your own link and the line the law asks for.",
  private: "This page is for you alone: please do not share its address.",
  launchIntro:
    "For each of your markets: save the images, copy the captions, or take the whole kit. Every caption already carries your own link and the line the law asks for: post them as they are.",
  kitFor: (market) => `Kit for ${market}`,
  yourLinks: "Your links",
  notClickable:
    "Links are not clickable in captions there: also put it in your bio or on a link sticker.",
  notOffered: "Not offered to you",
  notOfferedWhy:
    "Your link, the disclosure and the legal lines do not fit in this placement's caption.",
  backToKits: "All your kits",
  product: "Product",
};

const fr: PersonalStrings = {
  yourKits: (name) => `Vos kits, ${name}`,
  indexIntro:
    "Les kits de chaque lancement pour vos marchés et vos plateformes. Chaque légende porte déjà votre propre lien et la mention que la loi demande.",
  private: "Cette page est pour vous seul·e : merci de ne pas partager son adresse.",
  launchIntro:
    "Pour chacun de vos marchés : enregistrez les images, copiez les légendes, ou prenez tout le kit. Chaque légende porte déjà votre propre lien et la mention que la loi demande : publiez-les telles quelles.",
  kitFor: (market) => `Kit pour ${market}`,
  yourLinks: "Vos liens",
  notClickable:
    "Les liens ne sont pas cliquables dans les légendes sur cette plateforme : mettez-le aussi dans votre bio ou sur un sticker lien.",
  notOffered: "Non proposé",
  notOfferedWhy:
    "Votre lien, la mention et les mentions légales ne tiennent pas dans la légende de cet emplacement.",
  backToKits: "Tous vos kits",
  product: "Produit",
};

const ja: PersonalStrings = {
  yourKits: (name) => `${name}さんのキット`,
  indexIntro:
    "あなたの市場とプラットフォーム向けの、ローンチごとのキットです。すべてのキャプションに、あなた専用のリンクと法律で求められる表示が入っています。",
  private: "このページはあなた専用です。アドレスを共有しないでください。",
  launchIntro:
    "市場ごとに、画像を保存し、キャプションをコピーするか、キット全体をダウンロードしてください。すべてのキャプションに、あなた専用のリンクと法律で求められる表示が入っています。そのまま投稿できます。",
  kitFor: (market) => `${market}向けキット`,
  yourLinks: "あなたのリンク",
  notClickable:
    "このプラットフォームではキャプション内のリンクはクリックできません。プロフィールやリンクスタンプにも載せてください。",
  notOffered: "ご利用いただけない枠",
  notOfferedWhy: "あなたのリンク、広告表示、法的表記がこの枠のキャプションに収まりません。",
  backToKits: "すべてのキット",
  product: "商品",
};

const zhHans: PersonalStrings = {
  yourKits: (name) => `${name}，您的素材包`,
  indexIntro:
    "按发布内容整理的素材包，仅含您所在的市场和平台。每条文案都已附上您的专属链接和法律要求的标注。",
  private: "此页面仅供您本人使用，请勿分享此网址。",
  launchIntro:
    "在您的每个市场中：保存图片、复制文案，或下载整个资料包。每条文案都已附上您的专属链接和法律要求的标注，可直接发布。",
  kitFor: (market) => `${market}素材包`,
  yourLinks: "您的链接",
  notClickable: "该平台文案中的链接无法点击：请同时放在个人简介或链接贴纸中。",
  notOffered: "未向您提供",
  notOfferedWhy: "您的链接、广告标注和法律声明无法容纳在此版位的文案中。",
  backToKits: "全部素材包",
  product: "商品",
};

const zhHant: PersonalStrings = {
  yourKits: (name) => `${name}，您的素材包`,
  indexIntro:
    "按發佈內容整理的素材包，僅含您所在的市場和平台。每則文案都已附上您的專屬連結和法律要求的標示。",
  private: "此頁面僅供您本人使用，請勿分享此網址。",
  launchIntro:
    "在您的每個市場中：儲存圖片、複製文案，或下載整個資料包。每則文案都已附上您的專屬連結和法律要求的標示，可直接發佈。",
  kitFor: (market) => `${market}素材包`,
  yourLinks: "您的連結",
  notClickable: "該平台文案中的連結無法點擊：請同時放在個人簡介或連結貼紙中。",
  notOffered: "未向您提供",
  notOfferedWhy: "您的連結、廣告標示和法律聲明無法容納在此版位的文案中。",
  backToKits: "全部素材包",
  product: "商品",
};

const ko: PersonalStrings = {
  yourKits: (name) => `${name} 님의 키트`,
  indexIntro:
    "회원님의 시장과 플랫폼에 맞춘 론칭별 키트입니다. 모든 캡션에 회원님만의 링크와 법이 요구하는 표시가 들어 있습니다.",
  private: "이 페이지는 회원님 전용입니다. 주소를 공유하지 마세요.",
  launchIntro:
    "시장별로 이미지를 저장하고 캡션을 복사하거나 키트 전체를 받으세요. 모든 캡션에 회원님만의 링크와 법이 요구하는 표시가 들어 있어 그대로 게시할 수 있습니다.",
  kitFor: (market) => `${market} 키트`,
  yourLinks: "내 링크",
  notClickable:
    "이 플랫폼에서는 캡션 속 링크를 누를 수 없습니다. 프로필이나 링크 스티커에도 넣어 주세요.",
  notOffered: "제공되지 않는 게재 위치",
  notOfferedWhy:
    "회원님의 링크, 광고 표시, 법적 고지가 이 게재 위치의 캡션에 다 들어가지 않습니다.",
  backToKits: "모든 키트",
  product: "제품",
};

const ar: PersonalStrings = {
  yourKits: (name) => `حقائبك يا ${name}`,
  indexIntro:
    "حقائب كل إطلاق لأسواقك ومنصاتك. يحمل كل تعليق رابطك الخاص والعبارة التي يفرضها القانون.",
  private: "هذه الصفحة لك وحدك: يُرجى عدم مشاركة عنوانها.",
  launchIntro:
    "لكل سوق من أسواقك: احفظ الصور، وانسخ التعليقات، أو نزّل الحقيبة كاملة. يحمل كل تعليق رابطك الخاص والعبارة التي يفرضها القانون: انشرها كما هي.",
  kitFor: (market) => `حقيبة ${market}`,
  yourLinks: "روابطك",
  notClickable:
    "الروابط في التعليقات غير قابلة للنقر على هذه المنصة: ضعه أيضًا في سيرتك أو في ملصق رابط.",
  notOffered: "غير متاح لك",
  notOfferedWhy: "لا يتسع تعليق هذا الموضع لرابطك وعبارة الإفصاح والعبارات القانونية معًا.",
  backToKits: "كل حقائبك",
  product: "منتج",
};

const STRINGS: Record<string, PersonalStrings> = {
  en,
  fr,
  ja,
  ko,
  ar,
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
};

/** The personal pages' words for a page locale: the locale, its script or language, then English. */
export function personalStrings(locale: string): PersonalStrings {
  return pickByLocale(STRINGS, locale, en);
}
