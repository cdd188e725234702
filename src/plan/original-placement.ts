import { type ChannelSpec, channelSpecSchema } from "../channels/channel-spec.ts";

/**
 * The press's original: a channel record like any other, so it goes through the same renderer
 * (sRGB, the credit in XMP, no camera metadata). JPEG at a quality a printed page needs; the
 * budget is there to catch a runaway file, not to shrink a good one.
 */
export const originalPlacement: ChannelSpec = channelSpecSchema.parse({
  id: "press/original",
  name: "Original for the press",
  image: {
    // The width is each source's own: the kit plan gives the real size per image.
    size: { fit: "width", width: 4096 },
    acceptedFormats: ["jpeg"],
    format: "jpeg",
    quality: 90,
    maxBytes: 40_000_000,
  },
  text: { hashtags: { syntax: "none" }, linksClickable: true },
  source: {
    url: "https://www.iptc.org/std/photometadata/documentation/",
    checked: "2026-12-02",
    confidence: "secondary",
  },
});
