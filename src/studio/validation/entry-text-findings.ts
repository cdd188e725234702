import type { ValidationError } from "@sanity/types";
import type { EntryType } from "../../model/audience.ts";
import { entrySchemas, localizedFields } from "../../model/entries.ts";
import { entryTextsOf } from "../data/model-values.ts";

/**
 * A translation the build would drop: the model reads an entry's localized fields per locale
 * as one text (`storyTextSchema`…), and a text without its required title (or product name) is
 * left out whole, so its dek and body would silently go unused. The default locale's own
 * requirement is the field's rule; this one covers the other locales.
 */
export function incompleteTranslations(
  document: Record<string, unknown>,
  type: EntryType,
  defaultLocale: string,
): ValidationError[] {
  const schema = entrySchemas[type].text;
  const problems: ValidationError[] = [];
  for (const [locale, text] of Object.entries(entryTextsOf(document, localizedFields[type]))) {
    if (locale === defaultLocale) continue;
    const result = schema.safeParse(text);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "");
      if (field === "" || text[field] !== undefined) continue;
      const present = Object.keys(text).join(", ");
      problems.push({
        message: `The ${locale} text has a ${present} but no ${field}: the build leaves the whole ${locale} text out`,
        path: [field],
      });
    }
  }
  return problems;
}
