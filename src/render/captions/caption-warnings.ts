/**
 * The catalog of caption warnings. A name is permanent: pack reports and tests match on it. The
 * warning itself says what happened to this caption; the catalog says what to do next.
 */
export interface CaptionWarningSpec {
  severity: "error" | "warning";
  title: string;
  hint: string;
}

export const captionWarnings = {
  CaptionOverLimit: {
    severity: "error",
    title: "The caption's fixed parts alone exceed the channel's limit",
    hint: "Shorten the legal lines, the credit template or the campaign hashtags for this locale, or override the channel's caption limit in relais.config.ts; the caption must not be published as it is.",
  },
  TitleTruncated: {
    severity: "warning",
    title: "The title was shortened to fit the caption",
    hint: "Write a shorter title for this locale, or drop hashtags or legal lines the channel does not need.",
  },
  HashtagsDropped: {
    severity: "warning",
    title: "Market or brand hashtags were left out for length",
    hint: "Shorten the text or the hashtags if they must appear on this channel.",
  },
  CreditTemplateFallback: {
    severity: "warning",
    title: "The credit line uses the brand's default locale",
    hint: "Add a creditLine template for this locale in brand.yaml.",
  },
  CreditTemplateMissing: {
    severity: "error",
    title: "No credit line template for this locale nor the brand's default locale",
    hint: "Add a creditLine template for the brand's default locale in brand.yaml.",
  },
  LegalLinesMissing: {
    severity: "warning",
    title: "Legal lines exist in other locales but not in this one",
    hint: "Add the legal lines for this locale to brand.yaml or to the market's file.",
  },
  LinksNotClickable: {
    severity: "warning",
    title: "The caption contains a link the channel does not make clickable",
    hint: "Remove the link from the text, or put it where the channel allows one (profile link, link sticker).",
  },
} as const satisfies Record<string, CaptionWarningSpec>;

export type CaptionWarningCode = keyof typeof captionWarnings;

export interface CaptionWarning {
  code: CaptionWarningCode;
  severity: "error" | "warning";
  /** What happened to this caption, with its numbers. */
  message: string;
  hint: string;
}

export function captionWarning(code: CaptionWarningCode, message: string): CaptionWarning {
  const spec = captionWarnings[code];
  return { code, severity: spec.severity, message, hint: spec.hint };
}
