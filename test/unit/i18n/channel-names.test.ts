import { describe, expect, it } from "vitest";
import { defaultChannelSpecs } from "../../../src/channels/library/index.ts";
import {
  placementLabel,
  placementName,
  platformLabel,
  platformName,
} from "../../../src/i18n/channel-names.ts";
import { LABEL_LOCALES } from "../../../src/i18n/label-locales.ts";
import { PLACEMENT_NAMES } from "../../../src/i18n/placement-names.ts";
import { PLATFORM_NAMES } from "../../../src/i18n/platform-names.ts";

const channelIds = defaultChannelSpecs.map((spec) => spec.id);
const platforms = [...new Set(channelIds.map((id) => id.split("/")[0] ?? id))];

describe("platform and placement names", () => {
  it("name every placement of the channel library in every locale Relais writes", () => {
    expect(channelIds).toHaveLength(41);
    for (const id of channelIds) {
      for (const locale of LABEL_LOCALES) {
        const label = placementLabel(id, locale);
        expect(label, `${id} in ${locale}`).toEqual({ text: expect.any(String), locale });
        expect(label?.text.trim(), `${id} in ${locale}`).not.toBe("");
      }
    }
  });

  it("name every platform of the library in every locale, and nothing the library lacks", () => {
    for (const platform of platforms) {
      for (const locale of LABEL_LOCALES) {
        expect(platformLabel(platform, locale), `${platform} in ${locale}`).toEqual({
          text: expect.any(String),
          locale,
        });
      }
    }
    expect(Object.keys(PLATFORM_NAMES).sort()).toEqual([...platforms].sort());
    expect(Object.keys(PLACEMENT_NAMES).sort()).toEqual([...channelIds].sort());
  });

  it("writes Chinese and Korean platforms as their readers do, Latin brands as they are", () => {
    expect(
      ["wechat", "weibo", "xiaohongshu", "douyin", "bilibili"].map((p) =>
        platformName(p, "zh-Hans"),
      ),
    ).toEqual(["微信", "微博", "小红书", "抖音", "哔哩哔哩"]);
    expect(platformName("kakao", "ko")).toBe("카카오톡");
    expect(platformName("naver", "ko")).toBe("네이버");
    for (const locale of LABEL_LOCALES) {
      expect(platformName("instagram", locale)).toBe("Instagram");
      expect(platformName("line", locale)).toBe("LINE");
    }
  });

  it("takes a channel id as well as a platform id", () => {
    expect(platformName("wechat/article-cover", "zh-Hant")).toBe("微信");
  });

  it("names a placement without its platform", () => {
    expect(placementName("instagram/feed-portrait", "en")).toBe("Feed, portrait 4:5");
    expect(placementName("instagram/feed-portrait", "ja")).toBe("フィード（縦 4:5）");
    expect(placementName("wechat/article-cover", "zh-Hans")).toBe("头条封面 2.35:1");
  });

  it("goes through the locale's chain, then English", () => {
    expect(placementLabel("weibo/grid", "zh-Hant-TW")).toEqual({
      text: "九宮格 1:1",
      locale: "zh-Hant",
    });
    expect(placementLabel("weibo/grid", "zh-TW")).toEqual({
      text: "九宮格 1:1",
      locale: "zh-Hant",
    });
    expect(placementLabel("weibo/grid", "de")).toEqual({ text: "9-grid tile 1:1", locale: "en" });
  });

  it("knows nothing of a channel a house added: the caller shows the record's name", () => {
    expect(placementName("vk/post", "en")).toBeUndefined();
    expect(platformName("vk", "en")).toBeUndefined();
    expect(platformName("toString", "en")).toBeUndefined();
  });
});
