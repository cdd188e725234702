/**
 * How a press preview states its embargo, in the reader's language: the moment in the market's
 * own time zone, with the zone's name as the locale says it and its IANA id, so no reader has to
 * convert it. The words come from the ICU data of the pinned Node, the same on every machine.
 */
const WORDS: Record<string, { label: string; until: string }> = {
  fr: { label: "Embargo", until: "Rien de ce contenu ne peut être publié avant ce moment." },
  en: { label: "Embargo", until: "Nothing of this may be published before then." },
  ja: { label: "解禁日時", until: "この日時まで、本コンテンツのいかなる部分も公開できません。" },
  "zh-Hans": { label: "解禁时间", until: "在此时间之前，本内容的任何部分均不得发布。" },
  ko: { label: "엠바고", until: "이 시각 전에는 이 콘텐츠의 어떤 부분도 공개할 수 없습니다." },
  ar: { label: "حظر النشر حتى", until: "لا يجوز نشر أي جزء من هذا المحتوى قبل هذا الموعد." },
};

export interface EmbargoMoment {
  /** The instant the embargo lifts. */
  at: string;
  timeZone: string;
}

/** `Embargo : 1 mars 2099 à 10:00 heure d’Europe centrale (Europe/Paris)` */
export function embargoLine(locale: string, embargo: EmbargoMoment): string {
  const words = WORDS[locale] ?? (WORDS.en as { label: string });
  const when = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: embargo.timeZone,
    timeZoneName: "longGeneric",
    numberingSystem: "latn",
  }).format(new Date(embargo.at));
  const colon = locale === "fr" ? " : " : locale === "ja" || locale === "zh-Hans" ? "：" : ": ";
  return `${words.label}${colon}${when} (${embargo.timeZone})`;
}

/** The sentence under it: nothing may be published before. */
export function embargoRule(locale: string): string {
  return (WORDS[locale] ?? (WORDS.en as { until: string })).until;
}

/**
 * The tag every file name of a preview starts with: `EMBARGO-2099-03-01T1000-Europe-Paris`, the
 * local moment and the zone, in characters any file system keeps.
 */
export function embargoTag(local: string, timeZone: string): string {
  return `EMBARGO-${local.replace(":", "")}-${timeZone.replaceAll("/", "-")}`;
}
