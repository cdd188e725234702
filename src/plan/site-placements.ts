import { type ChannelSpec, channelSpecSchema, type ImageFormat } from "../channels/channel-spec.ts";

/**
 * The press kit site's own placements: responsive widths of each image in AVIF, WebP and JPEG,
 * and its Open Graph image. They are channel records like any other, rendered by the same
 * pipeline, so the site never processes an image itself.
 */
export const SITE_WIDTHS: Record<ImageFormat, readonly number[]> = {
  // AVIF costs far more CPU per pixel than the others: the large width is left to WebP and JPEG,
  // which every browser that asks for it handles well.
  avif: [480, 960],
  webp: [480, 960, 1600],
  jpeg: [480, 960, 1600],
  png: [],
};

const source = {
  url: "https://web.dev/articles/serve-responsive-images",
  checked: "2026-11-23",
  confidence: "secondary",
} as const;

function webRecord(format: ImageFormat, quality: number): ChannelSpec {
  const widths = SITE_WIDTHS[format];
  return channelSpecSchema.parse({
    id: `site/image-${format}`,
    name: `Press kit site image, ${format.toUpperCase()}`,
    image: {
      size: { fit: "width", width: widths[widths.length - 1] },
      extraWidths: widths.slice(0, -1),
      acceptedFormats: [format],
      format,
      quality,
      // A page's images should stay light on a phone: a budget per file, not a platform limit.
      maxBytes: 600_000,
    },
    text: { hashtags: { syntax: "none" }, linksClickable: true },
    source,
  });
}

export const siteImagePlacements: readonly ChannelSpec[] = [
  webRecord("avif", 55),
  // WebP needs ~88 to look like JPEG at 82 (docs/encoder-settings.md), and then saves little.
  webRecord("webp", 88),
  webRecord("jpeg", 82),
];

export const siteOgPlacement: ChannelSpec = channelSpecSchema.parse({
  id: "site/og",
  name: "Press kit site Open Graph image",
  image: {
    size: { fit: "exact", width: 1200, height: 630 },
    acceptedFormats: ["jpeg"],
    format: "jpeg",
    maxBytes: 5_000_000,
  },
  text: { hashtags: { syntax: "none" }, linksClickable: true },
  source: { url: "https://ogp.me/", checked: "2026-11-23", confidence: "platform" },
});
