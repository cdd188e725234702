import { contentErrors, type ErrorSpec } from "../../errors/catalog.ts";

/**
 * The caption warnings: the render stage's part of the one error catalog (errors/catalog.ts). The
 * warning itself says what happened to this caption; the catalog says what to do next.
 */
export type CaptionWarningSpec = ErrorSpec;

export const captionWarnings = {
  CaptionOverLimit: contentErrors.CaptionOverLimit,
  TitleTruncated: contentErrors.TitleTruncated,
  HashtagsDropped: contentErrors.HashtagsDropped,
  CreditTemplateFallback: contentErrors.CreditTemplateFallback,
  CreditTemplateMissing: contentErrors.CreditTemplateMissing,
  CreditMoved: contentErrors.CreditMoved,
  LegalLinesMissing: contentErrors.LegalLinesMissing,
  DisclosureNotConfigured: contentErrors.DisclosureNotConfigured,
  LinksNotClickable: contentErrors.LinksNotClickable,
} as const;

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
