import type { ChannelSpecInput } from "../channel-spec.ts";

/** Instagram Graph API, IG User Media reference (v25.0): image, story and Reels-cover specs. */
const instagramSource = {
  url: "https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media",
  checked: "2026-11-23",
  confidence: "platform",
} as const;

/**
 * Instagram's caption rules. The cap of 5 hashtags is the app's since December 2025 (the API
 * reference still says 30): the stricter number is kept. Instagram does not say what a character
 * is; graphemes are counted.
 */
const instagramCaption = {
  caption: { max: 2200, counting: "graphemes" },
  hashtags: { syntax: "hash", max: 5 },
  linksClickable: false,
} as const;

/** Meta's guidance for story frames: UI covers about 14 % at the top and 20 % at the bottom. */
const storySafeZone = { top: 0.14, bottom: 0.2 } as const;

export const metaChannelSpecs: readonly ChannelSpecInput[] = [
  {
    id: "instagram/feed-square",
    name: "Instagram feed, square 1:1",
    image: {
      size: { fit: "exact", width: 1080, height: 1080 },
      acceptedFormats: ["jpeg"],
      format: "jpeg",
      quality: 82,
      maxBytes: 8_000_000,
      background: "#ffffff",
    },
    text: { ...instagramCaption, altText: { max: 1000, counting: "graphemes" } },
    source: instagramSource,
    notes:
      "The API accepts JPEG only (the app takes more). The profile grid shows a centred 3:4 crop.",
  },
  {
    id: "instagram/feed-portrait",
    name: "Instagram feed, portrait 4:5",
    image: {
      size: { fit: "exact", width: 1080, height: 1350 },
      acceptedFormats: ["jpeg"],
      format: "jpeg",
      quality: 82,
      maxBytes: 8_000_000,
      background: "#ffffff",
      /** The profile grid shows the centred 3:4 (1012.5 × 1350): 33.75 px off each side. */
      safeZone: { left: 0.03125, right: 0.03125 },
    },
    text: { ...instagramCaption, altText: { max: 1000, counting: "graphemes" } },
    source: instagramSource,
    notes:
      "4:5 is the tallest ratio the API accepts (the app also takes 3:4 since 2025). Keep the subject in the centred 3:4 the profile grid shows.",
  },
  {
    id: "instagram/feed-landscape",
    name: "Instagram feed, landscape 1.91:1",
    image: {
      size: { fit: "exact", width: 1080, height: 566 },
      acceptedFormats: ["jpeg"],
      format: "jpeg",
      quality: 82,
      maxBytes: 8_000_000,
      background: "#ffffff",
    },
    text: { ...instagramCaption, altText: { max: 1000, counting: "graphemes" } },
    source: instagramSource,
    notes: "1.91:1 is the widest ratio the API accepts; the profile grid centre-crops it.",
  },
  {
    id: "instagram/story",
    name: "Instagram story 9:16",
    image: {
      size: { fit: "exact", width: 1080, height: 1920 },
      acceptedFormats: ["jpeg"],
      format: "jpeg",
      quality: 82,
      maxBytes: 8_000_000,
      background: "#ffffff",
      safeZone: storySafeZone,
    },
    text: { hashtags: { syntax: "none" }, linksClickable: false },
    source: instagramSource,
    notes:
      "A story image has no caption. The safe zone is Meta's ads guidance as copied by agencies (secondary).",
  },
  {
    id: "instagram/reel-cover",
    name: "Instagram Reel cover 9:16",
    image: {
      size: { fit: "exact", width: 1080, height: 1920 },
      acceptedFormats: ["jpeg"],
      format: "jpeg",
      quality: 82,
      maxBytes: 8_000_000,
      background: "#ffffff",
      /** Meta's Reels UI safe zone: 14 % top, 35 % bottom (caption and buttons), 6 % each side. */
      safeZone: { top: 0.14, bottom: 0.35, left: 0.06, right: 0.06 },
    },
    text: instagramCaption,
    source: instagramSource,
    notes:
      "Shared to the feed, the cover shows its centre 1:1; the profile grid shows 3:4. The cover cannot be changed in the app after publishing. Safe zone from Shotstack's summary of Meta's guidance (secondary).",
  },
  {
    id: "facebook/feed",
    name: "Facebook feed, portrait 4:5",
    image: {
      size: { fit: "exact", width: 1080, height: 1350 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      maxBytes: 15_000_000,
      background: "#ffffff",
    },
    text: {
      caption: { max: 63206, counting: "graphemes" },
      hashtags: { syntax: "hash" },
      linksClickable: true,
    },
    source: {
      url: "https://www.facebook.com/help/266520536764594",
      checked: "2026-11-23",
      confidence: "uncertain",
    },
    notes:
      "15 MB is the organic upload limit from an older Facebook help page (uncertain; ads allow 30 MB). Facebook advises JPEG in sRGB and PNGs under 1 MB. The caption limit comes from character counters, not an official page. 4:5 shows in full on mobile only.",
  },
  {
    id: "facebook/story",
    name: "Facebook story 9:16",
    image: {
      size: { fit: "exact", width: 1080, height: 1920 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      maxBytes: 30_000_000,
      background: "#ffffff",
      safeZone: storySafeZone,
    },
    text: { hashtags: { syntax: "none" }, linksClickable: false },
    source: {
      url: "https://odysseymediagroup.co.uk/client-resources/facebook-stories",
      checked: "2026-11-23",
      confidence: "secondary",
    },
    notes:
      "The 30 MB limit and the safe zone are Meta's Stories ad specs as copied by agencies. A story image has no caption.",
  },
  {
    id: "facebook/page-cover",
    name: "Facebook Page cover",
    image: {
      size: { fit: "exact", width: 1640, height: 624 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      maxBytes: 15_000_000,
      background: "#ffffff",
      /**
       * Desktop shows the whole 2.63:1 at 820×312; mobile shows a 16:9 slice (640×360), which
       * cuts 16.2 % off each side. Text belongs in the band both keep.
       */
      safeZone: { left: 0.162, right: 0.162 },
    },
    text: { hashtags: { syntax: "none" }, linksClickable: false },
    source: {
      url: "https://spark.adobe.com/make/size/facebook/",
      checked: "2026-11-23",
      confidence: "uncertain",
    },
    notes:
      "Display sizes are Facebook's help as quoted by Adobe and others. Facebook says a JPEG under 100 KB loads fastest; no maximum is published for covers, so the 15 MB organic upload limit applies (uncertain).",
  },
  {
    id: "threads/post",
    name: "Threads post, portrait 4:5",
    image: {
      size: { fit: "exact", width: 1080, height: 1350 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      maxBytes: 8_000_000,
      background: "#ffffff",
    },
    text: {
      /** Threads counts an emoji as its UTF-8 bytes: a ZWJ family emoji costs 25 of the 500. */
      caption: { max: 500, counting: "graphemes-emoji-utf8" },
      /** One topic tag per post, 1–50 characters, without `.` or `&`. */
      hashtags: { syntax: "hash", max: 1 },
      linksClickable: true,
    },
    source: {
      url: "https://developers.facebook.com/documentation/threads/posts",
      checked: "2026-11-23",
      confidence: "secondary",
    },
    notes:
      "Text rules from Meta's Threads docs; image limits from Ayrshare's copy of Meta's media spec (secondary). Since 2025-12-22 a post with more than 5 links is refused; the record has no field for it yet.",
  },
];
