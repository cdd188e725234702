import { pickByLocale } from "../../i18n/locale-chain.ts";
/**
 * The site's own words, by language. Entry text comes from the pipeline already localized; these
 * are only the labels around it. A page locale without its own set falls back to its language
 * (zh-Hans-CN → zh-Hans, zh-TW → zh-Hant), then to English.
 */
export interface UiStrings {
  skipToContent: string;
  siteNavigation: string;
  languageNavigation: string;
  home: string;
  allMarkets: string;
  chooseMarket: string;
  chooserIntro: (brand: string) => string;
  latest: string;
  nothingYet: string;
  story: string;
  capsule: string;
  capsuleProducts: string;
  reference: string;
  gallery: string;
  credits: string;
  pressKit: string;
  kitIntro: string;
  chooseLanguage: string;
  downloadPack: (size: string) => string;
  packContents: (
    images: string,
    entries: string,
    counts: { images: number; entries: number },
  ) => string;
  usageRights: string;
  shownIn: (language: string) => string;
  capsuleInKits: string;
  follow: string;
  notFound: string;
  notFoundText: string;
}

const en: UiStrings = {
  skipToContent: "Skip to content",
  siteNavigation: "Site",
  languageNavigation: "Language",
  home: "Home",
  allMarkets: "All markets",
  chooseMarket: "Choose your market",
  chooserIntro: (brand) =>
    `Heritage stories, collections and press kits from ${brand}, for each market and language.`,
  latest: "Stories and capsules",
  nothingYet: "Nothing has been published here yet.",
  story: "Heritage story",
  capsule: "Capsule",
  capsuleProducts: "In this capsule",
  reference: "Ref.",
  gallery: "Gallery",
  credits: "Image credits",
  pressKit: "Press kit",
  kitIntro:
    "Packs ready to post on each platform: images at the right size and weight, captions, credits and usage rights.",
  chooseLanguage: "Choose a language",
  downloadPack: (size) => `Download the pack (${size})`,
  packContents: (images, entries, n) =>
    `${images} ${n.images === 1 ? "image" : "images"} · ${entries} ${n.entries === 1 ? "entry" : "entries"}`,
  usageRights: "Usage rights and credits",
  shownIn: (language) => `Shown in ${language}`,
  capsuleInKits: "Download this capsule",
  follow: "Follow",
  notFound: "Page not found",
  notFoundText: "This page does not exist or is no longer available.",
};

const fr: UiStrings = {
  skipToContent: "Aller au contenu",
  siteNavigation: "Site",
  languageNavigation: "Langue",
  home: "Accueil",
  allMarkets: "Tous les marchés",
  chooseMarket: "Choisissez votre marché",
  chooserIntro: (brand) =>
    `Histoires, collections et kits presse de ${brand}, pour chaque marché et chaque langue.`,
  latest: "Histoires et capsules",
  nothingYet: "Rien n’est encore publié ici.",
  story: "Histoire de la maison",
  capsule: "Capsule",
  capsuleProducts: "Dans cette capsule",
  reference: "Réf.",
  gallery: "Galerie",
  credits: "Crédits photographiques",
  pressKit: "Kit presse",
  kitIntro:
    "Des packs prêts à publier sur chaque plateforme : images au bon format et au bon poids, légendes, crédits et droits d’usage.",
  chooseLanguage: "Choisissez une langue",
  downloadPack: (size) => `Télécharger le pack (${size})`,
  packContents: (images, entries, n) =>
    `${images} ${n.images > 1 ? "images" : "image"} · ${entries} ${n.entries > 1 ? "contenus" : "contenu"}`,
  usageRights: "Droits d’usage et crédits",
  shownIn: (language) => `Affiché en ${language}`,
  capsuleInKits: "Télécharger cette capsule",
  follow: "Suivre",
  notFound: "Page introuvable",
  notFoundText: "Cette page n’existe pas ou n’est plus disponible.",
};

const ja: UiStrings = {
  skipToContent: "本文へスキップ",
  siteNavigation: "サイト",
  languageNavigation: "言語",
  home: "ホーム",
  allMarkets: "すべての地域",
  chooseMarket: "地域を選ぶ",
  chooserIntro: (brand) =>
    `${brand}のヘリテージストーリー、コレクション、プレスキットを地域と言語ごとにご覧いただけます。`,
  latest: "ストーリーとカプセル",
  nothingYet: "まだ公開されているコンテンツはありません。",
  story: "ヘリテージストーリー",
  capsule: "カプセルコレクション",
  capsuleProducts: "このカプセルのアイテム",
  reference: "品番",
  gallery: "ギャラリー",
  credits: "画像クレジット",
  pressKit: "プレスキット",
  kitIntro:
    "各プラットフォームにそのまま投稿できるパック。最適なサイズと容量の画像、キャプション、クレジット、使用条件をまとめています。",
  chooseLanguage: "言語を選ぶ",
  downloadPack: (size) => `パックをダウンロード（${size}）`,
  packContents: (images, entries) => `画像${images}点・コンテンツ${entries}件`,
  usageRights: "使用条件とクレジット",
  shownIn: (language) => `${language}で表示しています`,
  capsuleInKits: "このカプセルをダウンロード",
  follow: "フィード",
  notFound: "ページが見つかりません",
  notFoundText: "このページは存在しないか、公開が終了しました。",
};

const zhHans: UiStrings = {
  skipToContent: "跳到正文",
  siteNavigation: "网站",
  languageNavigation: "语言",
  home: "首页",
  allMarkets: "所有市场",
  chooseMarket: "选择您的市场",
  chooserIntro: (brand) => `${brand}的品牌传承故事、系列与媒体资料包，按市场和语言呈现。`,
  latest: "故事与胶囊系列",
  nothingYet: "此处尚无已发布的内容。",
  story: "品牌传承故事",
  capsule: "胶囊系列",
  capsuleProducts: "本系列单品",
  reference: "货号",
  gallery: "图集",
  credits: "图片版权",
  pressKit: "媒体资料包",
  kitIntro: "可直接发布到各平台的素材包：尺寸与大小合适的图片、文案、版权信息与使用条款。",
  chooseLanguage: "选择语言",
  downloadPack: (size) => `下载素材包（${size}）`,
  packContents: (images, entries) => `${images} 张图片 · ${entries} 篇内容`,
  usageRights: "使用条款与版权",
  shownIn: (language) => `以${language}显示`,
  capsuleInKits: "下载本系列素材",
  follow: "订阅",
  notFound: "页面未找到",
  notFoundText: "此页面不存在或已下线。",
};

const zhHant: UiStrings = {
  skipToContent: "跳至正文",
  siteNavigation: "網站",
  languageNavigation: "語言",
  home: "首頁",
  allMarkets: "所有市場",
  chooseMarket: "選擇您的市場",
  chooserIntro: (brand) => `${brand}的品牌傳承故事、系列與媒體資料包，依市場與語言呈現。`,
  latest: "故事與膠囊系列",
  nothingYet: "此處尚無已發佈的內容。",
  story: "品牌傳承故事",
  capsule: "膠囊系列",
  capsuleProducts: "本系列單品",
  reference: "貨號",
  gallery: "圖集",
  credits: "圖片版權",
  pressKit: "媒體資料包",
  kitIntro: "可直接發佈到各平台的素材包：尺寸與大小合適的圖片、文案、版權資訊與使用條款。",
  chooseLanguage: "選擇語言",
  downloadPack: (size) => `下載素材包（${size}）`,
  packContents: (images, entries) => `${images} 張圖片 · ${entries} 篇內容`,
  usageRights: "使用條款與版權",
  shownIn: (language) => `以${language}顯示`,
  capsuleInKits: "下載本系列素材",
  follow: "訂閱",
  notFound: "找不到頁面",
  notFoundText: "此頁面不存在或已下線。",
};

const ko: UiStrings = {
  skipToContent: "본문 바로가기",
  siteNavigation: "사이트",
  languageNavigation: "언어",
  home: "홈",
  allMarkets: "모든 지역",
  chooseMarket: "지역을 선택하세요",
  chooserIntro: (brand) =>
    `${brand}의 헤리티지 스토리, 컬렉션, 프레스 키트를 지역과 언어별로 만나 보세요.`,
  latest: "스토리와 캡슐",
  nothingYet: "아직 게시된 콘텐츠가 없습니다.",
  story: "헤리티지 스토리",
  capsule: "캡슐 컬렉션",
  capsuleProducts: "이 캡슐의 제품",
  reference: "품번",
  gallery: "갤러리",
  credits: "이미지 저작권",
  pressKit: "프레스 키트",
  kitIntro:
    "각 플랫폼에 바로 게시할 수 있는 팩입니다. 알맞은 크기와 용량의 이미지, 캡션, 저작권 표기, 이용 조건이 담겨 있습니다.",
  chooseLanguage: "언어 선택",
  downloadPack: (size) => `팩 다운로드 (${size})`,
  packContents: (images, entries) => `이미지 ${images}장 · 콘텐츠 ${entries}개`,
  usageRights: "이용 조건 및 저작권",
  // A label, not a sentence: Korean particles would depend on the language name's last sound.
  shownIn: (language) => `표시 언어: ${language}`,
  capsuleInKits: "이 캡슐 다운로드",
  follow: "구독",
  notFound: "페이지를 찾을 수 없습니다",
  notFoundText: "이 페이지는 존재하지 않거나 더 이상 제공되지 않습니다.",
};

const ar: UiStrings = {
  skipToContent: "انتقل إلى المحتوى",
  siteNavigation: "الموقع",
  languageNavigation: "اللغة",
  home: "الرئيسية",
  allMarkets: "كل الأسواق",
  chooseMarket: "اختر سوقك",
  chooserIntro: (brand) => `قصص ${brand} ومجموعاتها وحقائبها الصحفية، لكل سوق ولكل لغة.`,
  latest: "القصص والمجموعات",
  nothingYet: "لم يُنشر أي محتوى هنا بعد.",
  story: "قصة من تاريخ الدار",
  capsule: "مجموعة كبسولة",
  capsuleProducts: "في هذه المجموعة",
  reference: "المرجع",
  gallery: "معرض الصور",
  credits: "حقوق الصور",
  pressKit: "الحقيبة الصحفية",
  kitIntro:
    "حزم جاهزة للنشر على كل منصة: صور بالمقاس والحجم المناسبين، وتعليقات، وحقوق النشر وشروط الاستخدام.",
  chooseLanguage: "اختر اللغة",
  downloadPack: (size) => `تنزيل الحزمة (${size})`,
  // Label and number: Arabic nouns take six plural forms after a number.
  packContents: (images, entries) => `الصور: ${images} · المحتويات: ${entries}`,
  usageRights: "شروط الاستخدام والحقوق",
  shownIn: (language) => `معروض باللغة ${language}`,
  capsuleInKits: "تنزيل هذه المجموعة",
  follow: "الاشتراك",
  notFound: "الصفحة غير موجودة",
  notFoundText: "هذه الصفحة غير موجودة أو لم تعد متاحة.",
};

const STRINGS: Record<string, UiStrings> = {
  en,
  fr,
  ja,
  ko,
  ar,
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
};

/** The labels for a page locale: the locale, its script or language, then English. */
export function uiStrings(locale: string): UiStrings {
  return pickByLocale(STRINGS, locale, en);
}

/** The locale the site's own words are written in for a page locale (`zh-TW` → `zh-Hant`). */
export function uiLocale(locale: string): string {
  if (STRINGS[locale]) return locale;
  const maximized = new Intl.Locale(locale).maximize();
  if (maximized.language === "zh") return maximized.script === "Hant" ? "zh-Hant" : "zh-Hans";
  return STRINGS[maximized.language] ? maximized.language : "en";
}

/** A language's name in the page's language, e.g. "anglais" for `en` on a French page. */
export function languageName(locale: string, inLocale: string): string {
  return new Intl.DisplayNames([inLocale], { type: "language" }).of(locale) ?? locale;
}

/** A language's name in itself, capitalized as a menu item: "Français", "العربية", "日本語". */
export function autonym(locale: string): string {
  const name = languageName(locale, locale);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** A date in the market's time zone, written the page locale's way. */
export function formatDate(instant: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone }).format(new Date(instant));
}

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

const SIZE_UNITS = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;

/** A file size in decimal units, written the locale's way: "4,2 Mo", "4.2 MB". */
export function formatBytes(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  // 999.96 kB would print as 1,000 kB: move up a unit before rounding can get there.
  while (value >= 999.5 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: SIZE_UNITS[unit],
    unitDisplay: "short",
    maximumFractionDigits: unit === 0 || value >= 10 ? 0 : 1,
  }).format(value);
}
