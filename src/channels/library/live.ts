import type { ChannelSpecInput } from "../channel-spec.ts";

/**
 * Live-shopping covers: the image a live session shows in the platform's feed before and while
 * it runs. No platform publishes a cover spec in its developer docs that we could read, so each
 * record takes the platform's nearest documented portrait size, the smaller byte budget, and
 * says so (checked 2026-12-03).
 */
const noCaption = { hashtags: { syntax: "none" }, linksClickable: false } as const;

export const liveChannelSpecs: readonly ChannelSpecInput[] = [
  {
    id: "douyin/live-cover",
    name: "Douyin live cover 3:4 (直播封面)",
    image: {
      size: { fit: "exact", width: 1080, height: 1440 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 85,
      /** The open platform's live-room card upload refuses images over 2 MB (jpg, jpeg, png). */
      maxBytes: 2_000_000,
    },
    text: { ...noCaption, title: { max: 16, counting: "graphemes" } },
    source: {
      url: "https://developer.open-douyin.com/docs/resource/zh-CN/mini-app/develop/server/reach-marketing/mount/live-bg-image",
      checked: "2026-12-03",
      confidence: "uncertain",
    },
    notes:
      "The 2 MB and 16-character title are Douyin's live-room card upload (open platform); the 3:4 size is the note cover's (douyin/cover-portrait), not a published live spec. Avoid logos and watermarks.",
  },
  {
    id: "taobao/live-cover",
    name: "Taobao Live cover 3:4 (直播封面)",
    image: {
      size: { fit: "exact", width: 750, height: 1000 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 85,
      maxBytes: 3_000_000,
    },
    text: noCaption,
    source: {
      url: "https://wztg.net/wenda/203288.html",
      checked: "2026-12-03",
      confidence: "uncertain",
    },
    notes:
      "Taobao's 3:4 main-image size (≥750×1000) and 3 MB budget from seller guides; no public Taobao Live cover spec was found. Re-check in the Taobao Live anchor console before relying on it.",
  },
  {
    id: "instagram/live-announcement",
    name: "Instagram live announcement (story) 9:16",
    image: {
      size: { fit: "exact", width: 1080, height: 1920 },
      acceptedFormats: ["jpeg"],
      format: "jpeg",
      quality: 85,
      maxBytes: 8_000_000,
      safeZone: { top: 0.14, bottom: 0.2, left: 0, right: 0 },
    },
    text: noCaption,
    source: {
      url: "https://wwd.com/business-news/technology/instagram-ends-live-shopping-strategy-nfts-eva-chen-fashion-1235525394/",
      checked: "2026-12-03",
      confidence: "secondary",
    },
    notes:
      "Instagram ended product tagging in lives on 2023-03-16 (WWD, 2023-02-14) and a live has no uploaded cover: the session is announced with a story (the story's size and safe zone), and products are linked after.",
  },
  {
    id: "tiktok/live-cover",
    name: "TikTok LIVE cover 9:16",
    image: {
      size: { fit: "exact", width: 1080, height: 1920 },
      acceptedFormats: ["jpeg"],
      format: "jpeg",
      quality: 85,
      maxBytes: 5_000_000,
      safeZone: { top: 0.13, bottom: 0.2, left: 0, right: 0.12 },
    },
    text: noCaption,
    source: {
      url: "https://assetsgenerator.com/size-guide/tiktok",
      checked: "2026-12-03",
      confidence: "uncertain",
    },
    notes:
      "1080×1920 from a size guide, not TikTok's docs; the LIVE feed may show a tighter crop, so the subject stays central. 5 MB is a safe budget, not a documented limit.",
  },
];
