import type { SiteImage } from "../site-data.ts";

/** `sizes` for each place an image appears; widths follow the layout in styles/site.css. */
export const SIZES = {
  hero: "(min-width: 76rem) 72rem, 100vw",
  card: "(min-width: 76rem) 23rem, (min-width: 40rem) 46vw, 92vw",
  gallery: "(min-width: 76rem) 35rem, (min-width: 40rem) 46vw, 92vw",
} as const;

const TYPES = { avif: "image/avif", webp: "image/webp", jpeg: "image/jpeg" } as const;

export interface PictureModel {
  sources: { type: string; srcset: string }[];
  src: string;
  srcset: string;
  width: number;
  height: number;
}

/**
 * A `<picture>` from the pipeline's derivatives: AVIF and WebP as sources, JPEG (or the last
 * format there is) on the `<img>` itself. Width and height are the largest rendition's, so the
 * browser reserves the right box before any byte arrives.
 */
export function pictureOf(image: SiteImage): PictureModel {
  const ordered = (["avif", "webp", "jpeg"] as const).flatMap(
    (format) => image.sources.find((s) => s.format === format) ?? [],
  );
  const fallback = ordered.at(-1);
  if (!fallback) throw new Error(`[relais] [site] image "${image.asset}" has no source`);
  const srcsetOf = (source: SiteImage["sources"][number]) =>
    [...source.srcset]
      .sort((a, b) => a.width - b.width)
      .map(({ url, width }) => `${url} ${width}w`)
      .join(", ");
  const byWidth = [...fallback.srcset].sort((a, b) => a.width - b.width);
  const src = (byWidth.find((s) => s.width >= 960) ?? byWidth.at(-1))?.url ?? "";
  return {
    sources: ordered.slice(0, -1).map((source) => ({
      type: TYPES[source.format],
      srcset: srcsetOf(source),
    })),
    src,
    srcset: srcsetOf(fallback),
    width: image.width,
    height: image.height,
  };
}
