/**
 * A text and the locale it is really written in. Labels fall back (a name missing in one
 * language is shown in another), and a page marks such a run with its own `lang`.
 */
export interface Label {
  text: string;
  /** BCP 47 tag of the text's language; `und` when nobody said which it is. */
  locale: string;
}

/**
 * The locales a text for `locale` may be taken from, most exact first: the tag itself, then the
 * tag with its last subtag dropped, down to the language (`zh-Hans-CN` → `zh-Hans` → `zh`). A
 * region without a script also goes through the language's likely script, so that Taiwan reads
 * Traditional Chinese (`zh-TW` → `zh-Hant` → `zh`) and a bare `zh` finds `zh-Hans`.
 */
export function localeChain(locale: string): string[] {
  let tag: Intl.Locale;
  try {
    tag = new Intl.Locale(locale);
  } catch {
    return [locale];
  }
  const chain: string[] = [];
  const add = (candidate: string) => {
    if (!chain.includes(candidate)) chain.push(candidate);
  };
  const subtags = tag.baseName.split("-");
  for (let length = subtags.length; length > 0; length -= 1) {
    const candidate = subtags.slice(0, length).join("-");
    if (candidate === tag.language && !tag.script) {
      const script = tag.maximize().script;
      const scripted = script ? `${tag.language}-${script}` : undefined;
      // The bare language asked for is itself the most exact: its script form comes after it.
      if (scripted && length < subtags.length) add(scripted);
      add(candidate);
      if (scripted) add(scripted);
    } else add(candidate);
  }
  if (locale !== tag.baseName) chain.unshift(locale);
  return chain;
}

/** The text of a localized map for `locale`, through the locale's chain; undefined if none. */
export function pickLocalized(
  texts: Readonly<Record<string, string | undefined>>,
  locale: string,
): Label | undefined {
  for (const candidate of localeChain(locale)) {
    const text = texts[candidate];
    if (text !== undefined && text.trim() !== "") return { text, locale: candidate };
  }
  return undefined;
}

/**
 * The entry of a table of words kept per language (the site's, the kit pages', the READMEs')
 * for `locale`, through the locale's chain; `fallback` (English) when the chain finds none.
 */
export function pickByLocale<T>(
  table: Readonly<Record<string, T>>,
  locale: string,
  fallback: T,
): T {
  for (const candidate of localeChain(locale)) {
    const found = table[candidate];
    if (found !== undefined) return found;
  }
  return fallback;
}
