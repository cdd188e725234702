import { type Label, pickLocalized } from "./locale-chain.ts";

/** What naming an audience needs of it (the validated `Audience` has it). */
export interface NamedAudience {
  /** The name by locale, the brand's default locale first: the fallback for every other. */
  names: Readonly<Record<string, string>>;
  /** The description by locale, in the same order; empty when the house wrote none. */
  descriptions: Readonly<Record<string, string>>;
}

/** The audience's name in `locale`, through the locale's chain, else in the brand's locale. */
export function audienceLabel(audience: NamedAudience, locale: string): Label {
  return localizedOrFirst(audience.names, locale) ?? { text: "", locale: "und" };
}

export function audienceName(audience: NamedAudience, locale: string): string {
  return audienceLabel(audience, locale).text;
}

/** Who the audience is, in `locale` as its name is; undefined when the house wrote nothing. */
export function audienceDescriptionLabel(
  audience: NamedAudience,
  locale: string,
): Label | undefined {
  return localizedOrFirst(audience.descriptions, locale);
}

export function audienceDescription(audience: NamedAudience, locale: string): string | undefined {
  return audienceDescriptionLabel(audience, locale)?.text;
}

function localizedOrFirst(
  texts: Readonly<Record<string, string>>,
  locale: string,
): Label | undefined {
  const found = pickLocalized(texts, locale);
  if (found) return found;
  const first = Object.entries(texts).find(([, text]) => text.trim() !== "");
  return first ? { text: first[1], locale: first[0] } : undefined;
}
