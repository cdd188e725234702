/**
 * How a locale is named to editors: its tag and its own name, `fr · français`, `zh-Hans · 中文（简体）`,
 * so that each text shows which language it is in even to someone who does not read it.
 */
export function localeLabel(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale);
    return name && name !== locale ? `${locale} · ${name}` : locale;
  } catch {
    // Not a tag Intl knows (an item's random key): the tag alone, which the rules then flag.
    return locale;
  }
}
