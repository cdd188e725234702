import { describe, expect, it } from "vitest";
import { resolveChannelSpecs } from "../../../src/channels/resolve-channels.ts";
import { resolveAudience } from "../../../src/model/audience.ts";
import type { Market } from "../../../src/model/market.ts";
import { kitLabels } from "../../../src/pack/kit-labels.ts";
import { testChannel } from "../../support/channels.ts";

const labels = kitLabels("fr");
const { specs } = resolveChannelSpecs();
const japan = { id: "jp", name: "Japon", names: {} } as unknown as Market;
const press = resolveAudience(
  "press",
  {
    name: { fr: "Presse", ja: "プレス" },
    receives: ["story"],
    usage: "editorial",
    listed: true,
    description: "",
    partnership: "none",
  },
  "fr",
);

describe("kitLabels", () => {
  it("names the market, the audience and each placement in the kit's language", () => {
    expect(labels.market(japan, "ja")).toBe("日本");
    expect(labels.market(japan, "fr")).toBe("Japon");
    expect(labels.audience(press, "ja")).toBe("プレス");
    const feed = specs.get("instagram/feed-portrait");
    if (!feed) throw new Error("the library has instagram/feed-portrait");
    expect(labels.placement(feed, "ja")).toBe("Instagram · フィード（縦 4:5）");
    const wechat = specs.get("wechat/article-cover");
    if (!wechat) throw new Error("the library has wechat/article-cover");
    expect(labels.placement(wechat, "zh-Hans")).toBe("微信 · 头条封面 2.35:1");
  });

  it("keeps the record's name for a channel a house added", () => {
    expect(labels.placement(testChannel("vk/post", {}, { name: "VK post" }), "ja")).toBe("VK post");
  });
});
