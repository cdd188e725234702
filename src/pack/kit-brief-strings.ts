import { pickByLocale } from "../i18n/locale-chain.ts";

/**
 * The words of a kit's brief (BRIEF.txt and the brief on the kit's page), per language, like the
 * README's: a locale without its own set uses its language's, then English.
 */
export interface BriefStrings {
  title: (launch: string, market: string) => string;
  /** The brief's lines are in another language than the kit's: the market's next one. */
  fallback: (language: string) => string;
  noBrief: string;
  talkingPoints: string;
  do: string;
  dont: string;
  datesHeading: string;
  timeZone: (zone: string, market: string) => string;
  published: (title: string) => string;
  withdrawn: (title: string) => string;
  licenceExpires: (asset: string) => string;
  imagesHeading: string;
  imagesIntro: (market: string) => string;
  /** An image's window; `now` when it is usable from the build on (no publication moment). */
  window: (from: string, until: string | undefined, now: boolean) => string;
  usage: Record<"social" | "editorial" | "commerce", string>;
  usages: (usages: string) => string;
  placements: (placements: string) => string;
  credit: (credit: string, licence: string) => string;
  /** Joins a list of words: `, ` or `、`. */
  list: string;
}

const en: BriefStrings = {
  title: (launch, market) => `Brief — ${launch} — ${market}`,
  fallback: (language) =>
    `The house has not written this brief in the kit's language yet: it is in ${language}.`,
  noBrief: "The house has written no talking points for this launch: keep to its captions.",
  talkingPoints: "Talking points",
  do: "Do",
  dont: "Don't",
  datesHeading: "Key dates",
  timeZone: (zone, market) => `Times are ${market} time (${zone}).`,
  published: (title) => `${title}: published`,
  withdrawn: (title) => `${title}: withdrawn; do not post it from then on`,
  licenceExpires: (asset) => `image ${asset}: licence expires; do not post it from then on`,
  imagesHeading: "When and where each image may be used",
  imagesIntro: (market) => `In ${market} only, with its credit.`,
  window: (from, until, now) => {
    const start = now ? `now (${from})` : from;
    return until ? `from ${start} until ${until}` : `from ${start}, no end date`;
  },
  usage: { social: "social media", editorial: "editorial", commerce: "commercial" },
  usages: (usages) => `use: ${usages}`,
  placements: (placements) => `placements in this kit: ${placements}`,
  credit: (credit, licence) => `credit: ${credit}; licence ${licence}`,
  list: ", ",
};

const fr: BriefStrings = {
  title: (launch, market) => `Brief — ${launch} — ${market}`,
  fallback: (language) =>
    `La maison n'a pas encore écrit ce brief dans la langue du kit : il est en ${language}.`,
  noBrief:
    "La maison n'a pas écrit de messages clés pour ce lancement : tenez-vous-en à ses légendes.",
  talkingPoints: "Messages clés",
  do: "À faire",
  dont: "À éviter",
  datesHeading: "Dates clés",
  timeZone: (zone, market) => `Heures de ${market} (${zone}).`,
  published: (title) => `${title} : publication`,
  withdrawn: (title) => `${title} : retrait ; ne le publiez plus à partir de cette date`,
  licenceExpires: (asset) =>
    `image ${asset} : fin de licence ; ne la publiez plus à partir de cette date`,
  imagesHeading: "Quand et où utiliser chaque image",
  imagesIntro: (market) => `En ${market} uniquement, avec son crédit.`,
  window: (from, until, now) => {
    const start = now ? `dès maintenant (${from})` : `à partir du ${from}`;
    return until ? `${start} jusqu'au ${until}` : `${start}, sans date de fin`;
  },
  usage: { social: "réseaux sociaux", editorial: "éditorial", commerce: "commercial" },
  usages: (usages) => `usage : ${usages}`,
  placements: (placements) => `emplacements dans ce kit : ${placements}`,
  credit: (credit, licence) => `crédit : ${credit} ; licence ${licence}`,
  list: ", ",
};

const ja: BriefStrings = {
  title: (launch, market) => `ブリーフ — ${launch} — ${market}`,
  fallback: (language) =>
    `このブリーフはキットの言語ではまだ用意されていないため、${language}で記載しています。`,
  noBrief: "このローンチにはトーキングポイントがありません。キャプションの内容に沿ってください。",
  talkingPoints: "トーキングポイント",
  do: "すること",
  dont: "しないこと",
  datesHeading: "主な日程",
  timeZone: (zone, market) => `時刻は${market}の時間（${zone}）です。`,
  published: (title) => `${title}：公開`,
  withdrawn: (title) => `${title}：掲載終了。以後は投稿しないでください`,
  licenceExpires: (asset) => `画像 ${asset}：ライセンス期限。以後は使用しないでください`,
  imagesHeading: "各画像の使用期間と使用先",
  imagesIntro: (market) => `${market}でのみ、クレジットを添えて使用してください。`,
  window: (from, until, now) => {
    const start = now ? `現在（${from}）から` : `${from}から`;
    return until ? `${start}${until}まで` : `${start}（終了日なし）`;
  },
  usage: { social: "SNS", editorial: "報道・編集", commerce: "商用" },
  usages: (usages) => `用途：${usages}`,
  placements: (placements) => `このキットの掲載枠：${placements}`,
  credit: (credit, licence) => `クレジット：${credit}、ライセンス ${licence}`,
  list: "、",
};

const zhHans: BriefStrings = {
  title: (launch, market) => `简报 — ${launch} — ${market}`,
  fallback: (language) => `品牌尚未以资料包的语言撰写此简报：以下为${language}版本。`,
  noBrief: "品牌未为此次发布撰写要点：请以文案内容为准。",
  talkingPoints: "传播要点",
  do: "建议做法",
  dont: "请勿",
  datesHeading: "关键日期",
  timeZone: (zone, market) => `时间为${market}时间（${zone}）。`,
  published: (title) => `${title}：发布`,
  withdrawn: (title) => `${title}：下架，此后请勿发布`,
  licenceExpires: (asset) => `图片 ${asset}：许可到期，此后请勿使用`,
  imagesHeading: "每张图片的使用期限与用途",
  imagesIntro: (market) => `仅限在${market}使用，并须附上署名。`,
  window: (from, until, now) => {
    const start = now ? `即日（${from}）起` : `${from}起`;
    return until ? `${start}至${until}` : `${start}，无截止日期`;
  },
  usage: { social: "社交媒体", editorial: "新闻编辑", commerce: "商业用途" },
  usages: (usages) => `用途：${usages}`,
  placements: (placements) => `本资料包中的版位：${placements}`,
  credit: (credit, licence) => `署名：${credit}；许可 ${licence}`,
  list: "、",
};

const ko: BriefStrings = {
  title: (launch, market) => `브리프 — ${launch} — ${market}`,
  fallback: (language) => `이 브리프는 아직 키트의 언어로 작성되지 않아 ${language}로 제공합니다.`,
  noBrief: "이 론칭에는 토킹 포인트가 없습니다. 캡션 내용을 따라 주세요.",
  talkingPoints: "토킹 포인트",
  do: "할 일",
  dont: "하지 말 것",
  datesHeading: "주요 일정",
  timeZone: (zone, market) => `시간은 ${market} 시간(${zone})입니다.`,
  published: (title) => `${title}: 공개`,
  withdrawn: (title) => `${title}: 게시 종료. 이후에는 게시하지 마세요`,
  licenceExpires: (asset) => `이미지 ${asset}: 라이선스 만료. 이후에는 사용하지 마세요`,
  imagesHeading: "이미지별 사용 기간과 용도",
  imagesIntro: (market) => `${market}에서만, 출처 표기와 함께 사용하세요.`,
  window: (from, until, now) => {
    const start = now ? `지금(${from})부터` : `${from}부터`;
    return until ? `${start} ${until}까지` : `${start} (종료일 없음)`;
  },
  usage: { social: "소셜 미디어", editorial: "보도·편집", commerce: "상업" },
  usages: (usages) => `용도: ${usages}`,
  placements: (placements) => `이 키트의 게재 위치: ${placements}`,
  credit: (credit, licence) => `출처: ${credit}; 라이선스 ${licence}`,
  list: ", ",
};

const ar: BriefStrings = {
  title: (launch, market) => `موجز — ${launch} — ${market}`,
  fallback: (language) => `لم تكتب الدار هذا الموجز بلغة الحزمة بعد: هو مكتوب باللغة ${language}.`,
  noBrief: "لم تكتب الدار نقاطاً رئيسية لهذا الإطلاق: التزم بالنصوص المرافقة.",
  talkingPoints: "النقاط الرئيسية",
  do: "افعل",
  dont: "لا تفعل",
  datesHeading: "التواريخ الرئيسية",
  timeZone: (zone, market) => `الأوقات بتوقيت ${market} (${zone}).`,
  published: (title) => `${title}: النشر`,
  withdrawn: (title) => `${title}: السحب؛ لا تنشره بعد هذا التاريخ`,
  licenceExpires: (asset) => `الصورة ${asset}: انتهاء الترخيص؛ لا تستخدمها بعد هذا التاريخ`,
  imagesHeading: "متى وأين تُستخدم كل صورة",
  imagesIntro: (market) => `في ${market} فقط، مع نسبتها إلى صاحبها.`,
  window: (from, until, now) => {
    const start = now ? `من الآن (${from})` : `من ${from}`;
    return until ? `${start} حتى ${until}` : `${start}، دون تاريخ انتهاء`;
  },
  usage: { social: "وسائل التواصل الاجتماعي", editorial: "تحريري", commerce: "تجاري" },
  usages: (usages) => `الاستخدام: ${usages}`,
  placements: (placements) => `مواضع النشر في هذه الحزمة: ${placements}`,
  credit: (credit, licence) => `النسبة: ${credit}؛ الترخيص ${licence}`,
  list: "، ",
};

const STRINGS: Record<string, BriefStrings> = { en, fr, ja, "zh-Hans": zhHans, ko, ar };

export function briefStrings(locale: string): BriefStrings {
  return pickByLocale(STRINGS, locale, en);
}
