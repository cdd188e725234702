import { isSafeSlug } from "../model/primitives.ts";

/** The longest slug the pipeline accepts (`isSafeSlug`). */
export const SLUG_MAX_LENGTH = 96;

/**
 * A safe slug from a title: lower case, accents and punctuation dropped, single hyphens, at
 * most 96 characters. `Aurèle Nuit` → `aurele-nuit`. A title in a script without Latin letters
 * gives "": the caller picks another name.
 */
export function slugify(source: string): string {
  const slug = source
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/^-+|-+$/g, "");
  if (slug === "" || isSafeSlug(slug)) return slug;
  // A reserved device name (con, nul, com1…) as a whole slug: keep it recognizable.
  return `${slug}-1`;
}
