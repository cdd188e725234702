import { type ChannelSpec, channelSpecSchema } from "../channels/channel-spec.ts";

/**
 * The two images of a live-shopping kit that are no platform's placement: the countdown story
 * frames (posted as a story on whichever platform the host uses, so the story size and safe
 * zone) and the product card's picture. Records like any other, so the same renderer crops
 * them on the focal point and writes the credit.
 */
export const countdownFramePlacement: ChannelSpec = channelSpecSchema.parse({
  id: "live/countdown-frame",
  name: "Live countdown story frame 9:16",
  image: {
    size: { fit: "exact", width: 1080, height: 1920 },
    acceptedFormats: ["jpeg"],
    format: "jpeg",
    quality: 85,
    maxBytes: 5_000_000,
    safeZone: { top: 0.14, bottom: 0.2, left: 0, right: 0 },
  },
  text: { hashtags: { syntax: "none" }, linksClickable: false },
  source: {
    url: "https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media",
    checked: "2026-11-23",
    confidence: "platform",
  },
  notes:
    "The strictest story budget of the live platforms (Snapchat's 5 MB) so one frame fits all.",
});

export const productCardPlacement: ChannelSpec = channelSpecSchema.parse({
  id: "live/product-card",
  name: "Live product card picture 1:1",
  image: {
    size: { fit: "exact", width: 1080, height: 1080 },
    acceptedFormats: ["jpeg"],
    format: "jpeg",
    quality: 85,
    maxBytes: 2_000_000,
  },
  text: { hashtags: { syntax: "none" }, linksClickable: false },
  source: {
    url: "https://wztg.net/wenda/203288.html",
    checked: "2026-11-23",
    confidence: "secondary",
  },
});
