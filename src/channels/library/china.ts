import type { ChannelSpecInput } from "../channel-spec.ts";

/** WeChat's draft_add API (changelog 2025-12-19): article fields and the cover's two crops. */
const wechatDraftSource = {
  url: "https://developers.weixin.qq.com/doc/service/api/draftbox/draftmanage/api_draft_add",
  checked: "2026-11-23",
  confidence: "uncertain",
} as const;

/**
 * Weibo posts: 2,000 characters, the first 140 shown before 全文; half-width characters count ½
 * (a 2012 source, uncertain). Topics are `#话题#`, closing `#` included.
 */
const weiboText = {
  caption: { max: 2000, counting: "weibo" },
  hashtags: { syntax: "hash-both-sides" },
  linksClickable: false,
} as const;

/** The old Weibo open API: JPEG, GIF or PNG "< 5M"; clients accept more (uncertain). */
const weiboSource = {
  url: "https://open.weibo.com/wiki/2/statuses/share",
  checked: "2026-11-23",
  confidence: "uncertain",
} as const;

/**
 * Xiaohongshu notes: title 20, body 1,000, in 字 (unit undefined). Topics are chosen from
 * suggestions and stored as `#话题[话题]#`; community uploaders use about 10 per note (uncertain).
 */
const xiaohongshuText = {
  title: { max: 20, counting: "graphemes" },
  description: { max: 1000, counting: "graphemes" },
  hashtags: { syntax: "hash", max: 10 },
  linksClickable: false,
} as const;

const xiaohongshuSource = {
  url: "https://prizmdigital.co.nz/xiaohongshu-notes",
  checked: "2026-11-23",
  confidence: "uncertain",
} as const;

/** Douyin: title 30 字 in the creator centre (secondary); topics are `#话题` inside the text. */
const douyinText = {
  title: { max: 30, counting: "graphemes" },
  hashtags: { syntax: "hash" },
  linksClickable: false,
} as const;

const douyinSource = {
  url: "https://open.douyin.com/platform/resource/docs/ability/content-management/douyin-publish-solution",
  checked: "2026-11-23",
  confidence: "secondary",
} as const;

/** Taobao seller guides (secondary): no official Tmall image spec is public. */
const tmallSource = {
  url: "https://wztg.net/wenda/203288.html",
  checked: "2026-11-23",
  confidence: "secondary",
} as const;

export const chinaChannelSpecs: readonly ChannelSpecInput[] = [
  {
    id: "wechat/article-cover",
    name: "WeChat article cover 2.35:1 (头条封面)",
    image: {
      size: { fit: "exact", width: 900, height: 383 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      /** Image material: 2 MB in older docs, 10 MB in newer ones; the smaller is kept. */
      maxBytes: 2_000_000,
      background: "#ffffff",
    },
    text: {
      /** The API's limits; the web editor allows title 64 and digest 120. */
      title: { max: 32, counting: "graphemes" },
      description: { max: 128, counting: "graphemes" },
      hashtags: { syntax: "none" },
      linksClickable: false,
    },
    source: wechatDraftSource,
    notes:
      "The 2.35:1 crop (pic_crop_235_1) of the one cover upload; starred and frequent readers see it. The description is the digest (54 字 of the body when empty). WeChat does not say how 字 are counted in mixed Latin and CJK (uncertain). The cover must be a permanent material; 2 MB is the safe reading of a limit given as 2 or 10 MB.",
  },
  {
    id: "wechat/cover-square",
    name: "WeChat cover, square crop 1:1",
    image: {
      size: { fit: "exact", width: 500, height: 500 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      maxBytes: 2_000_000,
      background: "#ffffff",
    },
    text: { hashtags: { syntax: "none" }, linksClickable: false },
    source: wechatDraftSource,
    notes:
      "The 1:1 crop (pic_crop_1_1) of the same cover: shown in chats, on shared cards and to most followers, so design both crops. 2 MB is the safe reading of a limit given as 2 or 10 MB.",
  },
  {
    id: "wechat/article-image",
    name: "WeChat in-article image",
    image: {
      size: { fit: "width", width: 1080 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      /** "Under 1 MB", read as 1,000,000 bytes. */
      maxBytes: 1_000_000,
      background: "#ffffff",
    },
    text: {
      /** The article body, under 20,000 characters counting its HTML markup. */
      caption: { max: 19999, counting: "graphemes" },
      hashtags: { syntax: "none" },
      linksClickable: false,
    },
    source: {
      url: "https://developers.weixin.qq.com/doc/service/api/material/permanent/api_uploadimage",
      checked: "2026-11-23",
      confidence: "platform",
    },
    notes:
      "Uploaded through media/uploadimg (JPG or PNG only); external image URLs are stripped. The body must also stay under 1 MB with its markup. Links in the body may only lead to WeChat articles; 阅读原文 (content_source_url, ≤ 1 KB) is the one external link.",
  },
  {
    id: "weibo/single",
    name: "Weibo single image",
    image: {
      size: { fit: "width", width: 1080 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      maxBytes: 5_000_000,
      background: "#ffffff",
    },
    text: weiboText,
    source: weiboSource,
    notes:
      'A single image keeps its own ratio, long images included. The 5 MB limit is the old API\'s ("< 5M", read as 5,000,000 bytes). Links are turned into t.cn short links (uncertain), so Relais does not count on them.',
  },
  {
    id: "weibo/grid",
    name: "Weibo 9-grid tile 1:1",
    image: {
      size: { fit: "exact", width: 1080, height: 1080 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      maxBytes: 5_000_000,
      background: "#ffffff",
    },
    text: weiboText,
    source: weiboSource,
    notes:
      "Grid thumbnails are centre-cropped squares; the full image opens on tap. 9 images per post (third-party clients report 18, uncertain).",
  },
  {
    id: "xiaohongshu/note-portrait",
    name: "Xiaohongshu note, portrait 3:4",
    image: {
      size: { fit: "exact", width: 1080, height: 1440 },
      acceptedFormats: ["jpeg", "png", "webp"],
      format: "jpeg",
      quality: 82,
      maxBytes: 10_000_000,
      background: "#ffffff",
    },
    text: xiaohongshuText,
    source: xiaohongshuSource,
    notes:
      "3:4 is the preferred ratio: the two-column feed shows the first image tall, and the first image sets the ratio of the whole note. No file-size limit is published; 10 MB is a conservative choice (uncertain). External links are not supported (uncertain).",
  },
  {
    id: "xiaohongshu/note-square",
    name: "Xiaohongshu note, square 1:1",
    image: {
      size: { fit: "exact", width: 1080, height: 1080 },
      acceptedFormats: ["jpeg", "png", "webp"],
      format: "jpeg",
      quality: 82,
      maxBytes: 10_000_000,
      background: "#ffffff",
    },
    text: xiaohongshuText,
    source: xiaohongshuSource,
    notes:
      "The first image sets the ratio of the whole note. No file-size limit is published; 10 MB is a conservative choice (uncertain). External links are not supported (uncertain).",
  },
  {
    id: "douyin/cover-portrait",
    name: "Douyin video cover, portrait 3:4",
    image: {
      size: { fit: "exact", width: 1080, height: 1440 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      maxBytes: 100_000_000,
      background: "#ffffff",
    },
    text: douyinText,
    source: douyinSource,
    notes:
      "Brand logos and watermarks may get a post down-ranked or taken down (official warning). The 3:4 cover sits on a 9:16 video; the 100 MB image limit is the open API's. 字 counting is undefined (uncertain).",
  },
  {
    id: "douyin/image-text",
    name: "Douyin image-text post 9:16 (图文)",
    image: {
      size: { fit: "exact", width: 1080, height: 1920 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      maxBytes: 100_000_000,
      background: "#ffffff",
    },
    text: douyinText,
    source: douyinSource,
    notes:
      "Up to 35 images, no GIF. Brand logos and watermarks may get a post down-ranked or taken down (official warning). 字 counting is undefined (uncertain).",
  },
  {
    id: "bilibili/cover",
    name: "Bilibili video cover 16:10",
    image: {
      size: { fit: "exact", width: 1920, height: 1200 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      maxBytes: 5_000_000,
      background: "#ffffff",
    },
    text: {
      title: { max: 80, counting: "graphemes" },
      /** Some sources give 250 (uncertain). */
      description: { max: 2000, counting: "graphemes" },
      /** Tags are a separate field (10–12, each ≤ 20 characters), not hashtags in the text. */
      hashtags: { syntax: "none" },
      linksClickable: false,
    },
    source: {
      url: "https://apifox.com/apidoc/docs-site/1106400/api-23705555",
      checked: "2026-11-23",
      confidence: "secondary",
    },
    notes:
      "Cover facts from the open platform's upload doc (a mirror): JPEG or PNG, ≤ 5 MB, at least 960×600, 1146×717 or more advised. No animated covers, QR codes or contact details. Title and description limits from community uploaders (secondary).",
  },
  {
    id: "tmall/main",
    name: "Tmall main image 1:1",
    image: {
      size: { fit: "exact", width: 800, height: 800 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      maxBytes: 3_000_000,
      background: "#ffffff",
    },
    text: { hashtags: { syntax: "none" }, linksClickable: false },
    usage: "commerce",
    entryTypes: ["product"],
    source: tmallSource,
    notes:
      "Main images 1–4; 700×700 or more enables zoom; GIF is not displayed. The white-background image (slot 5) has stricter rules: exactly 800×800, 38–300 KB, pure white, no text, logo or model.",
  },
  {
    id: "tmall/main-3x4",
    name: "Tmall main image 3:4",
    image: {
      size: { fit: "exact", width: 750, height: 1000 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      maxBytes: 3_000_000,
      background: "#ffffff",
    },
    text: { hashtags: { syntax: "none" }, linksClickable: false },
    usage: "commerce",
    entryTypes: ["product"],
    source: { ...tmallSource, confidence: "uncertain" },
    notes:
      "Formats and file size are not given for the 3:4 set; those of the 1:1 main images are assumed (uncertain). When enabled, the 3:4 set replaces the 1:1 images in display, which needs a 3:4 main video.",
  },
];
