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

const TABLE: Record<string, MomentStrings> = { en, fr, "zh-Hans": zhHans };

export function momentStrings(locale: string): MomentStrings {
  return pickByLocale(TABLE, locale, en);
}
