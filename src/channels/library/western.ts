import type { ChannelSpecInput } from "../channel-spec.ts";

export const westernChannelSpecs: readonly ChannelSpecInput[] = [
  {
    id: "tiktok/photo",
    name: "TikTok photo post 9:16",
    image: {
      size: { fit: "exact", width: 1080, height: 1920 },
      /** The photo endpoint refuses PNG (Ayrshare); JPEG and WebP pass. */
      acceptedFormats: ["jpeg", "webp"],
      format: "jpeg",
      quality: 82,
      maxBytes: 20_000_000,
      background: "#ffffff",
    },
    text: {
      /** TikTok counts "UTF-16 runes": an emoji costs 2, a ZWJ family emoji 11. */
      title: { max: 90, counting: "utf16" },
      description: { max: 4000, counting: "utf16" },
      hashtags: { syntax: "hash" },
      linksClickable: false,
    },
    source: {
      url: "https://developers.tiktok.com/doc/content-posting-api-reference-photo-post",
      checked: "2026-11-23",
      confidence: "platform",
    },
    notes:
      "Hashtags go in the description: some clients strip them from the title. Links in the text are not clickable (uncertain). 1–35 images per post; one is the cover.",
  },
  {
    id: "tiktok/cover",
    name: "TikTok video cover 9:16",
    image: {
      size: { fit: "exact", width: 1080, height: 1920 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      maxBytes: 20_000_000,
      background: "#ffffff",
    },
    text: {
      caption: { max: 2200, counting: "utf16" },
      hashtags: { syntax: "hash" },
      linksClickable: false,
    },
    source: {
      url: "https://developers.tiktok.com/doc/content-posting-api-get-started",
      checked: "2026-11-23",
      confidence: "secondary",
    },
    notes:
      "Thumbnail formats and the 20 MB limit are Ayrshare's (secondary); the API can also take a frame of the video. TikTok publishes overlay templates, not numbers: vendors' estimates (about 150 px top, 480 px bottom, a 150 px rail on the right) are uncertain, so no safe zone is set.",
  },
  {
    id: "x/post",
    name: "X post image 16:9",
    image: {
      size: { fit: "exact", width: 1200, height: 675 },
      acceptedFormats: ["jpeg", "png", "webp"],
      format: "jpeg",
      quality: 82,
      maxBytes: 5_000_000,
      background: "#ffffff",
    },
    text: {
      /** twitter-text's weighted length: CJK, kana, Hangul and emoji 2, every URL 23. */
      caption: { max: 280, counting: "twitter" },
      hashtags: { syntax: "hash" },
      linksClickable: true,
    },
    source: {
      url: "https://docs.x.com/x-api/media",
      checked: "2026-11-23",
      confidence: "platform",
    },
    notes:
      "Counting per docs.x.com/fundamentals/counting-characters; X Premium allows 25,000, which Relais does not assume. GIFs may reach 15 MB; still images 5 MB.",
  },
  {
    id: "x/card",
    name: "X card, summary_large_image 2:1",
    image: {
      size: { fit: "exact", width: 1200, height: 600 },
      acceptedFormats: ["jpeg", "png", "webp"],
      format: "jpeg",
      quality: 82,
      maxBytes: 5_000_000,
      background: "#ffffff",
    },
    text: {
      title: { max: 70, counting: "graphemes" },
      description: { max: 200, counting: "graphemes" },
      hashtags: { syntax: "none" },
      linksClickable: false,
    },
    source: {
      url: "https://developer.x.com/cards/markup",
      checked: "2026-11-23",
      confidence: "platform",
    },
    notes:
      "twitter:title and twitter:description. Images must be under 5 MB, between 300×157 and 4096×4096; X falls back to og:image without one.",
  },
  {
    id: "pinterest/pin",
    name: "Pinterest standard pin 2:3",
    image: {
      size: { fit: "exact", width: 1000, height: 1500 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      /** Versions of Pinterest's help page say 10, 20 or 32 MB: the smallest is kept. */
      maxBytes: 10_000_000,
      background: "#ffffff",
    },
    text: {
      title: { max: 100, counting: "graphemes" },
      description: { max: 500, counting: "graphemes" },
      altText: { max: 500, counting: "graphemes" },
      hashtags: { syntax: "none" },
      linksClickable: false,
    },
    source: {
      url: "https://help.pinterest.com/en/business/article/pinterest-product-specs",
      checked: "2026-11-23",
      confidence: "uncertain",
    },
    notes:
      "The file-size limit is uncertain (10, 20 or 32 MB by page version): 10 MB is kept. Hashtags no longer drive discovery. The Pin's destination link (≤ 2,048 characters) is its own field, not the description. The feed shows the first ~40 characters of the title (~30 in CJK or Arabic). Pins taller than 2:3 may be cut off.",
  },
  {
    id: "linkedin/post",
    name: "LinkedIn post image 1.91:1",
    image: {
      size: { fit: "exact", width: 1200, height: 627 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      /** 5 MB per Ayrshare and LinkedIn's help; Late says 8 MB: the smaller is kept. */
      maxBytes: 5_000_000,
      background: "#ffffff",
    },
    text: {
      caption: { max: 3000, counting: "graphemes" },
      hashtags: { syntax: "hash" },
      linksClickable: true,
    },
    source: {
      url: "https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/little-text-format",
      checked: "2026-11-23",
      confidence: "secondary",
    },
    notes:
      "Through the API, the reserved characters \\ | { } @ [ ] ( ) < > # * _ ~ must be escaped with a backslash in the commentary, or the post is silently cut. Image limits from Ayrshare and Late (secondary).",
  },
  {
    id: "youtube/thumbnail",
    name: "YouTube video thumbnail 16:9",
    image: {
      size: { fit: "exact", width: 1280, height: 720 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      /** The API takes 50 MB since 2026-09-14; Studio uploads still stop at 2 MB. */
      maxBytes: 2_000_000,
      background: "#ffffff",
    },
    text: {
      title: { max: 100, counting: "graphemes" },
      description: { max: 5000, counting: "graphemes" },
      /** More than 15 and YouTube ignores them all (older policy, uncertain). */
      hashtags: { syntax: "hash", max: 15 },
      linksClickable: true,
    },
    source: {
      url: "https://developers.google.com/youtube/v3/docs/thumbnails/set",
      checked: "2026-11-23",
      confidence: "secondary",
    },
    notes:
      "The duration badge covers the bottom-right corner: keep text out of it. Title and description limits are secondary; the description may count bytes rather than characters (uncertain), which CJK text reaches near 1,666 characters.",
  },
  {
    id: "snapchat/story",
    name: "Snapchat story image 9:16",
    image: {
      size: { fit: "exact", width: 1080, height: 1920 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      maxBytes: 5_000_000,
      background: "#ffffff",
      /** 150 px of 1920 at the top (brand name, headline) and at the bottom (call to action). */
      safeZone: { top: 0.078125, bottom: 0.078125 },
    },
    text: {
      /** The headline; characters with spaces. */
      title: { max: 34, counting: "graphemes" },
      hashtags: { syntax: "none" },
      linksClickable: false,
    },
    source: {
      url: "https://forbusiness.snapchat.com/resources/advertising-guides/ad-specs",
      checked: "2026-11-23",
      confidence: "platform",
    },
    notes:
      "The brand name (25 characters) has no field in the record. Links go in the call-to-action attachment. The safe zone is from agency spec sheets (secondary).",
  },
  {
    id: "og/image",
    name: "Open Graph image 1.91:1",
    image: {
      size: { fit: "exact", width: 1200, height: 630 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      maxBytes: 8_000_000,
      background: "#ffffff",
    },
    text: { hashtags: { syntax: "none" }, linksClickable: false },
    source: {
      url: "https://developers.facebook.com/docs/sharing/webmasters/images",
      checked: "2026-11-23",
      confidence: "secondary",
    },
    notes:
      "For the site's og:image, read by Facebook, LinkedIn (which shows 1200×627) and most others. 8 MB is Facebook's limit. Declare og:image:width and og:image:height, and change the URL to refresh caches.",
  },
];
