import { localizedMap } from "../localized/read-localized.ts";
import type { StudioSettings } from "../options.ts";

/**
 * How an entry shows in lists, references and its pane's title: its name in the brand's default
 * locale (else the first locale that has one, else its slug), with its slug and `detail` (year,
 * season or SKU) beneath, so an editor recognizes a story by what it is called.
 */
export function entryPreview(
  settings: StudioSettings,
  { name, detail, media }: { name: string; detail: string; media?: string },
) {
  return {
    select: { names: name, slug: "slug.current", detail, ...(media ? { media } : {}) },
    prepare: ({
      names,
      slug,
      detail: shown,
      media: image,
    }: {
      names?: unknown;
      slug?: string;
      detail?: string | number;
      // The hero's image, which Sanity's preview draws; its shape is Sanity's own.
      // biome-ignore lint/suspicious/noExplicitAny: passed through untouched.
      media?: any;
    }) => {
      const byLocale = localizedMap<string>(names);
      const title =
        byLocale[settings.defaultLocale] ??
        settings.locales.map((locale) => byLocale[locale]).find(Boolean) ??
        slug;
      const subtitle = [slug, shown]
        .filter((part) => part !== undefined && part !== "")
        .join(" · ");
      return { title, subtitle, ...(image ? { media: image } : {}) };
    },
  };
}
