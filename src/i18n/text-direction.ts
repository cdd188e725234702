/**
 * A locale's own text direction, from `Intl.Locale` (`ar` is right to left); `ltr` for a tag the
 * runtime cannot read or does not know (`und`).
 */
export function localeDirection(locale: string): "ltr" | "rtl" {
  let info: { direction?: string } | undefined;
  try {
    info = (
      new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction?: string } }
    ).getTextInfo?.();
  } catch {
    return "ltr";
  }
  return info?.direction === "rtl" ? "rtl" : "ltr";
}
