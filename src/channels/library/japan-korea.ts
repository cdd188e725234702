import type { ChannelSpecInput } from "../channel-spec.ts";

/** Kakao brand messages (NHN Cloud, Infobip): characters "including spaces, regardless of language". */
const kakaoSource = {
  url: "https://www.infobip.com/docs/kakaotalk/message-types",
  checked: "2026-11-23",
  confidence: "secondary",
} as const;

export const japanKoreaChannelSpecs: readonly ChannelSpecInput[] = [
  {
    id: "line/rich-message",
    name: "LINE rich message 1:1",
    image: {
      /** LINE Official Account Manager requires a width of exactly 1040. */
      size: { fit: "exact", width: 1040, height: 1040 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      /** 10 MB per a template guide; one blog claims 500 KB (both uncertain). */
      maxBytes: 10_000_000,
      background: "#ffffff",
    },
    text: {
      altText: { max: 400, counting: "graphemes" },
      hashtags: { syntax: "none" },
      linksClickable: false,
    },
    source: {
      url: "https://temp.ab-assist.com/msg-type",
      checked: "2026-11-23",
      confidence: "uncertain",
    },
    notes:
      "Tap areas are drawn on the 1040-wide grid; links live in them, not in the text. The file-size limit is uncertain (10 MB, or 500 KB per one blog): lower maxBytes if uploads are refused.",
  },
  {
    id: "line/imagemap",
    name: "LINE imagemap message",
    image: {
      size: { fit: "exact", width: 1040, height: 1040 },
      /** The same image at every width LINE may request as `baseUrl/{width}`. */
      extraWidths: [240, 300, 460, 700],
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      /** 10 MB since 2020-05 (1 MB before). */
      maxBytes: 10_000_000,
      background: "#ffffff",
    },
    text: {
      altText: { max: 400, counting: "graphemes" },
      hashtags: { syntax: "none" },
      linksClickable: false,
    },
    source: {
      url: "https://developers.line.biz/en/reference/messaging-api/#imagemap-message",
      checked: "2026-11-23",
      confidence: "platform",
    },
    notes:
      "One image served at five widths (240, 300, 460, 700, 1040) under one HTTPS base URL (≤ 2,000 characters). Links are tap actions (URI ≤ 1,000 characters), not text.",
  },
  {
    id: "kakao/brand-image",
    name: "KakaoTalk brand message, image 2:1",
    image: {
      size: { fit: "exact", width: 800, height: 400 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      maxBytes: 5_000_000,
      background: "#ffffff",
    },
    text: {
      /** 400 with an image; Infobip's newer page allows 1,300 for this type: the stricter is kept. */
      caption: { max: 400, counting: "graphemes" },
      hashtags: { syntax: "none" },
      linksClickable: false,
    },
    source: kakaoSource,
    notes:
      "Links only through buttons (up to 5, labels ≤ 14 characters); no URLs in the message text. At most 99 line breaks. Width at least 500, ratio between 2:1 and 3:4.",
  },
  {
    id: "kakao/brand-wide",
    name: "KakaoTalk brand message, wide image 4:3",
    image: {
      size: { fit: "exact", width: 800, height: 600 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      /** 5 MB for brand messages; the legacy FriendTalk wide image allowed 2 MB. */
      maxBytes: 5_000_000,
      background: "#ffffff",
    },
    text: {
      caption: { max: 76, counting: "graphemes" },
      hashtags: { syntax: "none" },
      linksClickable: false,
    },
    source: kakaoSource,
    notes:
      "Links only through buttons (up to 2, labels ≤ 8 characters). At most 5 line breaks. Ratio between 2:1 and 1:1 (FriendTalk: exactly 4:3), width at least 500.",
  },
  {
    id: "naver/blog",
    name: "Naver Blog image 1:1",
    image: {
      size: { fit: "exact", width: 1080, height: 1080 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      maxBytes: 10_000_000,
      background: "#ffffff",
    },
    text: {
      /** Tags go in the post's tag field, 30 at most (bloggers' reports). */
      hashtags: { syntax: "hash", max: 30 },
      linksClickable: true,
    },
    source: {
      url: "https://section.blog.naver.com/",
      checked: "2026-11-23",
      confidence: "uncertain",
    },
    notes:
      "No primary source was found: the square comes from search thumbnails showing 1:1, the 30-tag cap from bloggers; formats and the 10 MB limit are assumptions (uncertain). The URL is the service itself.",
  },
];
