import type { TextLimit } from "../channels/channel-spec.ts";

/**
 * The long-form platforms a story's kit carries an article for, as data: which placement's
 * renders the article shows, which covers go with it, and where its field limits come from. An
 * article is written when the kit holds its `images` placement for the story.
 */
export interface ArticlePlatform {
  /** The kit folder the article goes in: `wechat/<slug>-article.html`. */
  folder: string;
  /** The placement whose images the article shows (the kit already holds them). */
  images: string;
  /** Cover placements, uploaded apart from the body, with the crop each is. */
  covers: readonly { channel: string; crop: string }[];
  /** The placement whose `text.title` and `text.description` (digest) limits the fields obey. */
  fields?: string;
  /** The author field's limit, when the platform has one. */
  author?: TextLimit;
}

export const ARTICLE_PLATFORMS: readonly ArticlePlatform[] = [
  {
    folder: "wechat",
    images: "wechat/article-image",
    covers: [
      { channel: "wechat/article-cover", crop: "2.35:1" },
      { channel: "wechat/cover-square", crop: "1:1" },
    ],
    fields: "wechat/article-cover",
    // draft_add: author ≤ 16 字 (developers.weixin.qq.com, changelog 2025-12-19).
    author: { max: 16, counting: "graphemes" },
  },
  // Naver Blog documents neither its editor nor its fields: the article keeps WeChat's rules.
  { folder: "naver", images: "naver/blog", covers: [] },
];
