import { pickByLocale } from "../i18n/locale-chain.ts";
import type { Availability } from "../model/price.ts";

/**
 * The words of a live-shopping kit, per language (the market's): frame stickers, product
 * cards, talking points, the disclosure sheet and the README. Times are formatted by `Intl`
 * in the market's zone; these only place them.
 */
export interface MomentStrings {
  /** T-24 h sticker: `time` is the start's local time, `zone` the zone's name. */
  tomorrow: (time: string, zone: string) => string;
  /** T-24 h sticker when the start is not the next calendar day (a DST night, a late post). */
  onDate: (date: string, zone: string) => string;
  inOneHour: string;
  live: string;
  availability: Record<Availability, string>;
  readmeTitle: (brand: string, moment: string, market: string) => string;
  readmeIntro: string;
  when: (start: string, end: string) => string;
  host: (name: string) => string;
  coversHeading: string;
  cover: (file: string, placement: string, size: string) => string;
  framesHeading: string;
  frame: (file: string, sticker: string, postAt: string) => string;
  productsHeading: string;
  talkingPointsHeading: string;
  disclosureHeading: string;
  disclosureIntro: string;
  disclosurePaid: string;
  disclosureGifted: string;
  disclosureForHost: (kind: string) => string;
  disclosureNone: string;
  disclosureOnScreen: string;
}

const en: MomentStrings = {
  tomorrow: (time, zone) => `Tomorrow ${time} (${zone})`,
  onDate: (date, zone) => `${date} (${zone})`,
  inOneHour: "In 1 hour",
  live: "Live now",
  availability: {
    "in-stock": "In stock",
    limited: "Limited quantities",
    "pre-order": "Pre-order",
    "sold-out": "Sold out",
  },
  readmeTitle: (brand, moment, market) => `${brand} — ${moment} — live-shopping kit, ${market}`,
  readmeIntro:
    "Everything for one live session: a cover per platform, three countdown story frames with their sticker text, a card per product in the order shown, the talking points and the disclosure sheet. Every time below is the market's local time.",
  when: (start, end) => `Live from ${start} to ${end}.`,
  host: (name) => `Host: ${name}`,
  coversHeading: "Covers (covers/)",
  cover: (file, placement, size) => `${file} — ${placement}, ${size}`,
  framesHeading: "Countdown story frames (countdown/): post each at the time given",
  frame: (file, sticker, postAt) => `${file} — post ${postAt}; sticker text: "${sticker}"`,
  productsHeading: "Product cards (products/), in the order the host shows them",
  talkingPointsHeading: "Talking points",
  disclosureHeading: "Disclosure",
  disclosureIntro:
    "The line this market's law or platform asks of a paid or gifted live. Say it and show it from the first minute; never remove it.",
  disclosurePaid: "Paid partnership",
  disclosureGifted: "Gifted products",
  disclosureForHost: (kind) => `This host's partnership: ${kind}.`,
  disclosureNone: "(the market has no line configured: ask the house's legal team)",
  disclosureOnScreen:
    "Where the law asks for the mention on the image or video (France), keep it on screen for the whole live.",
};

const fr: MomentStrings = {
  tomorrow: (time, zone) => `Demain ${time} (${zone})`,
  onDate: (date, zone) => `${date} (${zone})`,
  inOneHour: "Dans 1 heure",
  live: "En direct",
  availability: {
    "in-stock": "En stock",
    limited: "Quantités limitées",
    "pre-order": "En précommande",
    "sold-out": "Épuisé",
  },
  readmeTitle: (brand, moment, market) => `${brand} — ${moment} — kit de live shopping, ${market}`,
  readmeIntro:
    "Tout pour une session en direct : une couverture par plateforme, trois images de compte à rebours pour les stories avec le texte de leur sticker, une fiche par produit dans l'ordre de présentation, les points à aborder et la fiche de mentions. Toutes les heures ci-dessous sont celles du marché.",
  when: (start, end) => `En direct du ${start} au ${end}.`,
  host: (name) => `Présentation : ${name}`,
  coversHeading: "Couvertures (covers/)",
  cover: (file, placement, size) => `${file} — ${placement}, ${size}`,
  framesHeading: "Compte à rebours en story (countdown/) : publier chaque image à l'heure indiquée",
  frame: (file, sticker, postAt) =>
    `${file} — publier le ${postAt} ; texte du sticker : « ${sticker} »`,
  productsHeading: "Fiches produits (products/), dans l'ordre de présentation",
  talkingPointsHeading: "Points à aborder",
  disclosureHeading: "Mentions obligatoires",
  disclosureIntro:
    "La mention que la loi du marché ou la plateforme exige d'un live rémunéré ou avec produits offerts. La dire et l'afficher dès la première minute ; ne jamais la retirer.",
  disclosurePaid: "Partenariat rémunéré",
  disclosureGifted: "Produits offerts",
  disclosureForHost: (kind) => `Partenariat de cette personne : ${kind}.`,
  disclosureNone: "(aucune mention configurée pour ce marché : demander au service juridique)",
  disclosureOnScreen:
    "La loi n° 2023-451 (art. 5) exige la mention sur l'image ou la vidéo, durant toute la promotion : la garder à l'écran pendant tout le live.",
};

const zhHans: MomentStrings = {
  tomorrow: (time, zone) => `明天 ${time}（${zone}）`,
  onDate: (date, zone) => `${date}（${zone}）`,
  inOneHour: "1 小时后开播",
  live: "正在直播",
  availability: {
    "in-stock": "现货",
    limited: "限量",
    "pre-order": "预售",
    "sold-out": "售罄",
  },
  readmeTitle: (brand, moment, market) => `${brand} — ${moment} — 直播带货素材包，${market}`,
  readmeIntro:
    "一场直播所需的全部素材：每个平台一张封面，三张倒计时快拍图及其贴纸文字，按讲解顺序排列的商品卡，讲解要点和广告标识说明。以下时间均为该市场当地时间。",
  when: (start, end) => `直播时间：${start} 至 ${end}。`,
  host: (name) => `主播：${name}`,
  coversHeading: "封面（covers/）",
  cover: (file, placement, size) => `${file} — ${placement}，${size}`,
  framesHeading: "倒计时快拍（countdown/）：请在所示时间发布",
  frame: (file, sticker, postAt) => `${file} — 发布时间 ${postAt}；贴纸文字：「${sticker}」`,
  productsHeading: "商品卡（products/），按讲解顺序",
  talkingPointsHeading: "讲解要点",
  disclosureHeading: "广告标识",
  disclosureIntro:
    "付费或赠品直播须按该市场法律或平台要求标明的文字。开播即口播并在画面中显示，不得删除。",
  disclosurePaid: "付费合作",
  disclosureGifted: "赠送商品",
  disclosureForHost: (kind) => `本场主播的合作方式：${kind}。`,
  disclosureNone: "（该市场未配置标识文字：请咨询品牌法务）",
  disclosureOnScreen: "画面中亦须清晰标明「广告」。",
};

const zhHant: MomentStrings = {
  tomorrow: (time, zone) => `明天 ${time}（${zone}）`,
  onDate: (date, zone) => `${date}（${zone}）`,
  inOneHour: "1 小時後開播",
  live: "正在直播",
  availability: {
    "in-stock": "現貨",
    limited: "限量",
    "pre-order": "預購",
    "sold-out": "已售完",
  },
  readmeTitle: (brand, moment, market) => `${brand} — ${moment} — 直播帶貨素材包，${market}`,
  readmeIntro:
    "一場直播所需的全部素材：每個平台一張封面，三張倒數限時動態圖及其貼圖文字，按講解順序排列的商品卡，講解重點和廣告標示說明。以下時間均為該市場當地時間。",
  when: (start, end) => `直播時間：${start} 至 ${end}。`,
  host: (name) => `主持人：${name}`,
  coversHeading: "封面（covers/）",
  cover: (file, placement, size) => `${file} — ${placement}，${size}`,
  framesHeading: "倒數限時動態（countdown/）：請在所示時間發布",
  frame: (file, sticker, postAt) => `${file} — 發布時間 ${postAt}；貼圖文字：「${sticker}」`,
  productsHeading: "商品卡（products/），按講解順序",
  talkingPointsHeading: "講解重點",
  disclosureHeading: "廣告標示",
  disclosureIntro:
    "付費或贈品直播須依該市場法律或平台要求標示的文字。開播即口頭說明並在畫面中顯示，不得刪除。",
  disclosurePaid: "付費合作",
  disclosureGifted: "贈送商品",
  disclosureForHost: (kind) => `本場主持人的合作方式：${kind}。`,
  disclosureNone: "（該市場未設定標示文字：請洽詢品牌法務）",
  disclosureOnScreen:
    "凡法律要求在圖片或影片上標示之處（如法國），請在整場直播中持續顯示於畫面上。",
};

const ja: MomentStrings = {
  tomorrow: (time, zone) => `明日 ${time}（${zone}）`,
  onDate: (date, zone) => `${date}（${zone}）`,
  inOneHour: "1時間後に配信開始",
  live: "ライブ配信中",
  availability: {
    "in-stock": "在庫あり",
    limited: "数量限定",
    "pre-order": "予約受付中",
    "sold-out": "完売",
  },
  readmeTitle: (brand, moment, market) =>
    `${brand} — ${moment} — ライブコマース用キット（${market}）`,
  readmeIntro:
    "ライブ配信1回分のすべて：プラットフォームごとのカバー、スタンプの文言つきのカウントダウン用ストーリー画像3枚、紹介する順の商品カード、トークのポイント、広告表記シート。以下の時刻はすべて現地時間です。",
  when: (start, end) => `ライブ配信：${start}から${end}まで。`,
  host: (name) => `ホスト：${name}`,
  coversHeading: "カバー（covers/）",
  cover: (file, placement, size) => `${file} — ${placement}、${size}`,
  framesHeading: "カウントダウンのストーリー（countdown/）：各画像を指定の時刻に投稿してください",
  frame: (file, sticker, postAt) => `${file} — 投稿：${postAt}、スタンプの文言：「${sticker}」`,
  productsHeading: "商品カード（products/）：ホストが紹介する順",
  talkingPointsHeading: "トークのポイント",
  disclosureHeading: "広告表記",
  disclosureIntro:
    "有償または商品提供を受けたライブ配信に、この市場の法律またはプラットフォームが求める表記です。配信の最初の1分から口頭で伝え、画面にも表示してください。決して外さないでください。",
  disclosurePaid: "有償の提携",
  disclosureGifted: "商品提供",
  disclosureForHost: (kind) => `このホストとの提携：${kind}。`,
  disclosureNone:
    "（この市場には表記が設定されていません。メゾンの法務担当にお問い合わせください）",
  disclosureOnScreen:
    "法律が画像や動画の上での表記を求める市場（フランスなど）では、配信中ずっと画面に表示しておいてください。",
};

const ko: MomentStrings = {
  tomorrow: (time, zone) => `내일 ${time} (${zone})`,
  onDate: (date, zone) => `${date} (${zone})`,
  inOneHour: "1시간 후 라이브 시작",
  live: "지금 라이브 중",
  availability: {
    "in-stock": "재고 있음",
    limited: "한정 수량",
    "pre-order": "사전 주문",
    "sold-out": "품절",
  },
  readmeTitle: (brand, moment, market) => `${brand} — ${moment} — 라이브 커머스 키트 (${market})`,
  readmeIntro:
    "라이브 방송 한 회에 필요한 모든 것: 플랫폼별 커버, 스티커 문구를 곁들인 카운트다운 스토리 이미지 3장, 소개 순서대로 정리한 상품 카드, 말할 내용, 광고 표시 안내. 아래의 모든 시각은 현지 시간입니다.",
  when: (start, end) => `라이브: ${start}부터 ${end}까지.`,
  host: (name) => `진행: ${name}`,
  coversHeading: "커버(covers/)",
  cover: (file, placement, size) => `${file} — ${placement}, ${size}`,
  framesHeading: "카운트다운 스토리(countdown/): 각 이미지를 안내된 시각에 올리세요",
  frame: (file, sticker, postAt) => `${file} — 게시: ${postAt}; 스티커 문구: “${sticker}”`,
  productsHeading: "상품 카드(products/), 진행자가 소개하는 순서대로",
  talkingPointsHeading: "말할 내용",
  disclosureHeading: "광고 표시",
  disclosureIntro:
    "유료 또는 협찬 라이브 방송에 이 시장의 법이나 플랫폼이 요구하는 문구입니다. 방송 첫 1분부터 말하고 화면에 보여 주세요. 절대 지우지 마세요.",
  disclosurePaid: "유료 파트너십",
  disclosureGifted: "제품 협찬",
  disclosureForHost: (kind) => `이 진행자의 파트너십: ${kind}.`,
  disclosureNone: "(이 시장에는 설정된 문구가 없습니다. 메종 법무팀에 문의하세요)",
  disclosureOnScreen:
    "법이 이미지나 영상 위에 표시하도록 요구하는 곳(예: 프랑스)에서는 방송 내내 화면에 띄워 두세요.",
};

const ar: MomentStrings = {
  tomorrow: (time, zone) => `غداً ${time} (${zone})`,
  onDate: (date, zone) => `${date} (${zone})`,
  inOneHour: "بعد ساعة واحدة",
  live: "مباشر الآن",
  availability: {
    "in-stock": "متوفّر",
    limited: "كميات محدودة",
    "pre-order": "طلب مسبق",
    "sold-out": "نفدت الكمية",
  },
  readmeTitle: (brand, moment, market) => `${brand} — ${moment} — حزمة التسوّق المباشر، ${market}`,
  readmeIntro:
    "كل ما يلزم لبثّ مباشر واحد: غلاف لكل منصّة، وثلاث صور لقصص العدّ التنازلي مع نصّ ملصق كل منها، وبطاقة لكل منتج بترتيب عرضه، ونقاط الحديث، وورقة الإفصاح. جميع الأوقات أدناه بالتوقيت المحلي للسوق.",
  when: (start, end) => `بثّ مباشر من ${start} إلى ${end}.`,
  host: (name) => `التقديم: ${name}`,
  coversHeading: "الأغلفة (covers/)",
  cover: (file, placement, size) => `${file} — ${placement}، ${size}`,
  framesHeading: "صور قصص العدّ التنازلي (countdown/): انشر كل صورة في موعدها المحدّد",
  frame: (file, sticker, postAt) => `${file} — موعد النشر: ${postAt}؛ نصّ الملصق: «${sticker}»`,
  productsHeading: "بطاقات المنتجات (products/)، بالترتيب الذي يعرضها به مقدّم البث",
  talkingPointsHeading: "نقاط الحديث",
  disclosureHeading: "الإفصاح",
  disclosureIntro:
    "العبارة التي يشترطها قانون هذا السوق أو المنصّة في البثّ المباشر المدفوع أو القائم على منتجات مُهداة. قُلها واعرضها منذ الدقيقة الأولى، ولا تحذفها أبداً.",
  disclosurePaid: "شراكة مدفوعة",
  disclosureGifted: "منتجات مُهداة",
  disclosureForHost: (kind) => `شراكة مقدّم هذا البث: ${kind}.`,
  disclosureNone: "(لم تُحدَّد عبارة لهذا السوق: استشر الفريق القانوني للدار)",
  disclosureOnScreen:
    "حيث يشترط القانون إظهار العبارة على الصورة أو الفيديو (كما في فرنسا)، أبقِها ظاهرة على الشاشة طوال البث.",
};

const TABLE: Record<string, MomentStrings> = {
  en,
  fr,
  ja,
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
  ko,
  ar,
};

export function momentStrings(locale: string): MomentStrings {
  return pickByLocale(TABLE, locale, en);
}
