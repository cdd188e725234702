import { pickByLocale } from "../../i18n/locale-chain.ts";

/**
 * The words of a live-shopping kit's page around the kit's own texts (which keep the kit's
 * language): headings, labels and links, by page language, English when a language has none.
 */
export interface MomentPageStrings {
  /** On an audience's kits page, above the sessions' cards. */
  liveSessions: string;
  liveSessionsIntro: string;
  /** Under the title of a session's kit. */
  momentIntro: string;
  host: string;
  countdown: string;
  countdownIntro: string;
  postAt: string;
  sticker: string;
  stickerFile: string;
  covers: string;
  coversIntro: string;
  products: string;
  productsIntro: string;
  productCard: string;
  talkingPoints: string;
  disclosure: string;
  asTextFile: string;
}

const en: MomentPageStrings = {
  liveSessions: "Live shopping",
  liveSessionsIntro:
    "One kit per live session: covers, countdown stories, product cards and what to say.",
  momentIntro:
    "Post the countdown stories at the times given, set each platform's cover, and keep the product cards and the disclosure at hand during the live.",
  host: "Host",
  countdown: "Countdown stories",
  countdownIntro: "Post each frame at its time, with its sticker text. Times are the market's.",
  postAt: "Post at",
  sticker: "Sticker text",
  stickerFile: "Sticker text as a file",
  covers: "Covers",
  coversIntro: "The session's cover on each platform, at its size.",
  products: "Product cards",
  productsIntro: "In the order the host shows them, with the market's price and availability.",
  productCard: "Product card (HTML)",
  talkingPoints: "Talking points",
  disclosure: "Disclosure",
  asTextFile: "As a text file",
};

const fr: MomentPageStrings = {
  liveSessions: "Live shopping",
  liveSessionsIntro:
    "Un kit par session en direct : couvertures, stories de compte à rebours, fiches produits et ce qu’il faut dire.",
  momentIntro:
    "Publiez les stories du compte à rebours aux heures indiquées, posez la couverture de chaque plateforme, et gardez les fiches produits et la mention obligatoire sous la main pendant le live.",
  host: "Présentation",
  countdown: "Compte à rebours en story",
  countdownIntro:
    "Publiez chaque image à son heure, avec le texte de son sticker. Les heures sont celles du marché.",
  postAt: "À publier le",
  sticker: "Texte du sticker",
  stickerFile: "Texte du sticker en fichier",
  covers: "Couvertures",
  coversIntro: "La couverture de la session sur chaque plateforme, à sa taille.",
  products: "Fiches produits",
  productsIntro: "Dans l’ordre de présentation, avec le prix et la disponibilité du marché.",
  productCard: "Fiche produit (HTML)",
  talkingPoints: "Points à aborder",
  disclosure: "Mentions obligatoires",
  asTextFile: "En fichier texte",
};

const ja: MomentPageStrings = {
  liveSessions: "ライブコマース",
  liveSessionsIntro:
    "ライブ配信ごとのキット：カバー、カウントダウンのストーリー、商品カード、話すこと。",
  momentIntro:
    "カウントダウンのストーリーを指定の時刻に投稿し、各プラットフォームのカバーを設定してください。配信中は商品カードと広告表記を手元に。",
  host: "ホスト",
  countdown: "カウントダウンのストーリー",
  countdownIntro:
    "各画像を指定の時刻に、スタンプの文言とともに投稿してください。時刻は現地時間です。",
  postAt: "投稿日時",
  sticker: "スタンプの文言",
  stickerFile: "スタンプの文言（テキストファイル）",
  covers: "カバー",
  coversIntro: "各プラットフォームでの配信カバー（指定サイズ）。",
  products: "商品カード",
  productsIntro: "紹介する順に、現地の価格と在庫状況つき。",
  productCard: "商品カード（HTML）",
  talkingPoints: "トークのポイント",
  disclosure: "広告表記",
  asTextFile: "テキストファイル",
};

const zhHans: MomentPageStrings = {
  liveSessions: "直播带货",
  liveSessionsIntro: "每场直播一个素材包：封面、倒计时快拍、商品卡和讲解要点。",
  momentIntro: "请在所示时间发布倒计时快拍，设置各平台封面；直播中请随时参考商品卡和广告标识说明。",
  host: "主播",
  countdown: "倒计时快拍",
  countdownIntro: "请在各自时间发布每张图，并配上贴纸文字。时间均为该市场当地时间。",
  postAt: "发布时间",
  sticker: "贴纸文字",
  stickerFile: "贴纸文字文件",
  covers: "封面",
  coversIntro: "各平台的直播封面，已按平台尺寸制作。",
  products: "商品卡",
  productsIntro: "按讲解顺序排列，附该市场的价格和库存状态。",
  productCard: "商品卡（HTML）",
  talkingPoints: "讲解要点",
  disclosure: "广告标识",
  asTextFile: "文本文件",
};

const zhHant: MomentPageStrings = {
  liveSessions: "直播帶貨",
  liveSessionsIntro: "每場直播一個素材包：封面、倒數限時動態、商品卡和講解重點。",
  momentIntro:
    "請在所示時間發布倒數限時動態，設定各平台封面；直播中請隨時參考商品卡和廣告標示說明。",
  host: "主持人",
  countdown: "倒數限時動態",
  countdownIntro: "請在各自時間發布每張圖，並附上貼圖文字。時間均為該市場當地時間。",
  postAt: "發布時間",
  sticker: "貼圖文字",
  stickerFile: "貼圖文字檔案",
  covers: "封面",
  coversIntro: "各平台的直播封面，已按平台尺寸製作。",
  products: "商品卡",
  productsIntro: "按講解順序排列，附該市場的價格和庫存狀態。",
  productCard: "商品卡（HTML）",
  talkingPoints: "講解重點",
  disclosure: "廣告標示",
  asTextFile: "文字檔",
};

const ko: MomentPageStrings = {
  liveSessions: "라이브 커머스",
  liveSessionsIntro: "라이브 방송마다 하나의 키트: 커버, 카운트다운 스토리, 상품 카드, 말할 내용.",
  momentIntro:
    "카운트다운 스토리를 안내된 시각에 올리고 플랫폼별 커버를 설정하세요. 방송 중에는 상품 카드와 광고 표시를 곁에 두세요.",
  host: "진행",
  countdown: "카운트다운 스토리",
  countdownIntro: "각 이미지를 정해진 시각에 스티커 문구와 함께 올리세요. 시각은 현지 시간입니다.",
  postAt: "게시 시각",
  sticker: "스티커 문구",
  stickerFile: "스티커 문구 파일",
  covers: "커버",
  coversIntro: "플랫폼별 크기에 맞춘 방송 커버입니다.",
  products: "상품 카드",
  productsIntro: "소개 순서대로, 현지 가격과 재고 상태를 담았습니다.",
  productCard: "상품 카드(HTML)",
  talkingPoints: "말할 내용",
  disclosure: "광고 표시",
  asTextFile: "텍스트 파일",
};

const ar: MomentPageStrings = {
  liveSessions: "التسوّق المباشر",
  liveSessionsIntro: "حقيبة لكل بثّ مباشر: الأغلفة وقصص العدّ التنازلي وبطاقات المنتجات وما يُقال.",
  momentIntro:
    "انشر قصص العدّ التنازلي في مواعيدها، وضع غلاف كل منصّة، واحتفظ ببطاقات المنتجات وعبارة الإفصاح في متناولك أثناء البث.",
  host: "التقديم",
  countdown: "قصص العدّ التنازلي",
  countdownIntro: "انشر كل صورة في موعدها مع نصّ الملصق. المواعيد بتوقيت السوق.",
  postAt: "موعد النشر",
  sticker: "نصّ الملصق",
  stickerFile: "نصّ الملصق في ملف",
  covers: "الأغلفة",
  coversIntro: "غلاف البث على كل منصّة بمقاسها.",
  products: "بطاقات المنتجات",
  productsIntro: "بترتيب عرضها، مع سعر السوق وتوفّر المنتج.",
  productCard: "بطاقة المنتج (HTML)",
  talkingPoints: "نقاط الحديث",
  disclosure: "الإفصاح",
  asTextFile: "ملف نصّي",
};

const STRINGS: Record<string, MomentPageStrings> = {
  en,
  fr,
  ja,
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
  ko,
  ar,
};

export function momentPageStrings(locale: string): MomentPageStrings {
  return pickByLocale(STRINGS, locale, en);
}
