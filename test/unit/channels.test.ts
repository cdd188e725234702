import { describe, expect, it } from "vitest";
import {
  type ChannelSpec,
  type ChannelSpecInput,
  channelSpecSchema,
} from "../../src/channels/channel-spec.ts";
import { defaultChannelSpecs } from "../../src/channels/library/index.ts";
import { resolveChannelSpecs } from "../../src/channels/resolve-channels.ts";

/** The canonical ids of CHANNELS.md, in its order: a public contract, written out on purpose. */
const CANONICAL_IDS = [
  "instagram/feed-square",
  "instagram/feed-portrait",
  "instagram/feed-landscape",
  "instagram/story",
  "instagram/reel-cover",
  "facebook/feed",
  "facebook/story",
  "facebook/page-cover",
  "threads/post",
  "tiktok/photo",
  "tiktok/cover",
  "x/post",
  "x/card",
  "pinterest/pin",
  "linkedin/post",
  "youtube/thumbnail",
  "snapchat/story",
  "og/image",
  "wechat/article-cover",
  "wechat/cover-square",
  "wechat/article-image",
  "weibo/single",
  "weibo/grid",
  "xiaohongshu/note-portrait",
  "xiaohongshu/note-square",
  "douyin/cover-portrait",
  "douyin/image-text",
  "bilibili/cover",
  "line/rich-message",
  "line/imagemap",
  "kakao/brand-image",
  "kakao/brand-wide",
  "naver/blog",
  "tmall/main",
  "tmall/main-3x4",
  "google-merchant/product",
  "meta-catalog/product",
  "douyin/live-cover",
  "taobao/live-cover",
  "instagram/live-announcement",
  "tiktok/live-cover",
];

const COMMERCE_IDS = [
  "google-merchant/product",
  "meta-catalog/product",
  "tmall/main",
  "tmall/main-3x4",
];

const library = resolveChannelSpecs();

function specOf(id: string, specs = library.specs): ChannelSpec {
  const spec = specs.get(id);
  if (!spec) throw new Error(`no channel record "${id}"`);
  return spec;
}

function inputOf(id: string): ChannelSpecInput {
  const input = defaultChannelSpecs.find((record) => record.id === id);
  if (!input) throw new Error(`no library record "${id}"`);
  return input;
}

const exact = (width: number, height: number) => ({ fit: "exact", width, height });

describe("the channel library", () => {
  it("holds exactly the 41 canonical ids, each once, sorted by id", () => {
    const ids = defaultChannelSpecs.map((record) => record.id);
    expect(CANONICAL_IDS).toHaveLength(41);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...CANONICAL_IDS].sort());
    expect(ids).toEqual([...ids].sort());
  });

  it.each(CANONICAL_IDS)("%s is a valid record", (id) => {
    const result = channelSpecSchema.safeParse(inputOf(id));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it("resolves without an error into the 41 records, in id order", () => {
    expect(library.errors).toEqual([]);
    expect([...library.specs.keys()]).toEqual([...CANONICAL_IDS].sort());
  });

  it.each<[string, Record<string, unknown>]>([
    // Meta
    [
      "instagram/feed-portrait",
      {
        image: { size: exact(1080, 1350), acceptedFormats: ["jpeg"], maxBytes: 8_000_000 },
        text: {
          caption: { max: 2200, counting: "graphemes" },
          hashtags: { syntax: "hash", max: 5 },
          linksClickable: false,
        },
      },
    ],
    ["instagram/feed-square", { image: { size: exact(1080, 1080), maxBytes: 8_000_000 } }],
    ["instagram/feed-landscape", { image: { size: exact(1080, 566), maxBytes: 8_000_000 } }],
    [
      "instagram/story",
      { image: { size: exact(1080, 1920), safeZone: { top: 0.14, bottom: 0.2 } } },
    ],
    ["instagram/reel-cover", { image: { size: exact(1080, 1920), safeZone: { bottom: 0.35 } } }],
    [
      "facebook/feed",
      {
        image: { size: exact(1080, 1350), maxBytes: 15_000_000 },
        text: { caption: { max: 63206 }, hashtags: { syntax: "hash" } },
      },
    ],
    ["facebook/story", { image: { size: exact(1080, 1920), maxBytes: 30_000_000 } }],
    ["facebook/page-cover", { image: { size: exact(1640, 624), maxBytes: 15_000_000 } }],
    [
      "threads/post",
      {
        image: { size: exact(1080, 1350), maxBytes: 8_000_000 },
        text: {
          caption: { max: 500, counting: "graphemes-emoji-utf8" },
          hashtags: { syntax: "hash", max: 1 },
        },
      },
    ],
    // TikTok, X, Pinterest, LinkedIn, YouTube, Snapchat, Open Graph
    [
      "tiktok/photo",
      {
        image: { size: exact(1080, 1920), maxBytes: 20_000_000 },
        text: {
          title: { max: 90, counting: "utf16" },
          description: { max: 4000, counting: "utf16" },
        },
      },
    ],
    ["tiktok/cover", { text: { caption: { max: 2200, counting: "utf16" } } }],
    [
      "x/post",
      {
        image: { size: exact(1200, 675), maxBytes: 5_000_000 },
        text: { caption: { max: 280, counting: "twitter" }, hashtags: { syntax: "hash" } },
      },
    ],
    [
      "x/card",
      {
        image: { size: exact(1200, 600), maxBytes: 5_000_000 },
        text: { title: { max: 70 }, description: { max: 200 } },
      },
    ],
    [
      "pinterest/pin",
      {
        image: { size: exact(1000, 1500), maxBytes: 10_000_000 },
        text: { title: { max: 100 }, description: { max: 500 } },
      },
    ],
    [
      "linkedin/post",
      { image: { size: exact(1200, 627), maxBytes: 5_000_000 }, text: { caption: { max: 3000 } } },
    ],
    [
      "youtube/thumbnail",
      {
        image: { size: exact(1280, 720), maxBytes: 2_000_000 },
        text: { title: { max: 100 }, description: { max: 5000 } },
      },
    ],
    [
      "snapchat/story",
      {
        image: {
          size: exact(1080, 1920),
          maxBytes: 5_000_000,
          safeZone: { top: 150 / 1920, bottom: 150 / 1920 },
        },
        text: { title: { max: 34 } },
      },
    ],
    ["og/image", { image: { size: exact(1200, 630), maxBytes: 8_000_000 } }],
    // China
    [
      "wechat/article-cover",
      {
        image: { size: exact(900, 383), maxBytes: 2_000_000 },
        text: { title: { max: 32 }, description: { max: 128 }, hashtags: { syntax: "none" } },
      },
    ],
    ["wechat/cover-square", { image: { size: exact(500, 500), maxBytes: 2_000_000 } }],
    [
      "wechat/article-image",
      {
        image: {
          size: { fit: "width", width: 1080 },
          acceptedFormats: ["jpeg", "png"],
          maxBytes: 1_000_000,
        },
      },
    ],
    [
      "weibo/single",
      {
        image: { size: { fit: "width", width: 1080 }, maxBytes: 5_000_000 },
        text: {
          caption: { max: 2000, counting: "weibo" },
          hashtags: { syntax: "hash-both-sides" },
        },
      },
    ],
    [
      "weibo/grid",
      { image: { size: exact(1080, 1080) }, text: { hashtags: { syntax: "hash-both-sides" } } },
    ],
    [
      "xiaohongshu/note-portrait",
      {
        image: { size: exact(1080, 1440), maxBytes: 10_000_000 },
        text: { title: { max: 20 }, description: { max: 1000 }, hashtags: { syntax: "hash" } },
      },
    ],
    ["xiaohongshu/note-square", { image: { size: exact(1080, 1080), maxBytes: 10_000_000 } }],
    [
      "douyin/cover-portrait",
      { image: { size: exact(1080, 1440), maxBytes: 100_000_000 }, text: { title: { max: 30 } } },
    ],
    ["douyin/image-text", { image: { size: exact(1080, 1920), maxBytes: 100_000_000 } }],
    [
      "bilibili/cover",
      {
        image: { size: exact(1920, 1200), maxBytes: 5_000_000 },
        text: { title: { max: 80 }, description: { max: 2000 } },
      },
    ],
    ["tmall/main", { image: { size: exact(800, 800), maxBytes: 3_000_000 } }],
    ["tmall/main-3x4", { image: { size: exact(750, 1000), maxBytes: 3_000_000 } }],
    // Japan and Korea
    [
      "line/imagemap",
      {
        image: {
          size: exact(1040, 1040),
          extraWidths: [240, 300, 460, 700],
          maxBytes: 10_000_000,
        },
        text: { altText: { max: 400 } },
      },
    ],
    [
      "line/rich-message",
      { image: { size: exact(1040, 1040), extraWidths: [] }, text: { altText: { max: 400 } } },
    ],
    [
      "kakao/brand-image",
      {
        image: { size: exact(800, 400), maxBytes: 5_000_000 },
        text: { caption: { max: 400 }, linksClickable: false },
      },
    ],
    ["kakao/brand-wide", { image: { size: exact(800, 600) }, text: { caption: { max: 76 } } }],
    [
      "naver/blog",
      { image: { size: exact(1080, 1080), maxBytes: 10_000_000 }, text: { hashtags: { max: 30 } } },
    ],
    // Commerce
    ["google-merchant/product", { image: { size: exact(1500, 1500), maxBytes: 16_000_000 } }],
    ["meta-catalog/product", { image: { size: exact(1080, 1080), maxBytes: 8_000_000 } }],
  ])("%s follows CHANNELS.md", (id, facts) => {
    expect(specOf(id)).toMatchObject(facts);
  });

  it("renders JPEG everywhere, in a format each platform accepts", () => {
    for (const spec of library.specs.values()) {
      expect(spec.image.format, spec.id).toBe("jpeg");
      expect(spec.image.acceptedFormats, spec.id).toContain(spec.image.format);
    }
  });

  it("keeps PNG out of TikTok photos", () => {
    expect(specOf("tiktok/photo").image.acceptedFormats).not.toContain("png");
  });

  it("counts text in each platform's unit", () => {
    const unitOf = (id: string) => {
      if (id === "x/post") return "twitter";
      if (id === "threads/post") return "graphemes-emoji-utf8";
      if (id.startsWith("tiktok/")) return "utf16";
      if (id.startsWith("weibo/")) return "weibo";
      return "graphemes";
    };
    for (const spec of library.specs.values()) {
      const { caption, title, description, altText } = spec.text;
      for (const limit of [caption, title, description, altText]) {
        if (limit) expect(limit.counting, spec.id).toBe(unitOf(spec.id));
      }
    }
  });

  it("writes topics as #话题# on Weibo only", () => {
    for (const spec of library.specs.values()) {
      expect(spec.text.hashtags.syntax === "hash-both-sides", spec.id).toBe(
        spec.id.startsWith("weibo/"),
      );
    }
  });

  it("asks a commerce licence and products only on marketplaces, and nothing more elsewhere", () => {
    for (const spec of library.specs.values()) {
      const marketplace = COMMERCE_IDS.includes(spec.id);
      expect(spec.usage, spec.id).toBe(marketplace ? "commerce" : undefined);
      expect(spec.entryTypes, spec.id).toEqual(
        marketplace ? ["product"] : ["story", "capsule", "product"],
      );
    }
  });

  it("leaves part of every frame outside its safe zone", () => {
    for (const spec of library.specs.values()) {
      const zone = spec.image.safeZone;
      if (!zone) continue;
      expect(zone.top + zone.bottom, spec.id).toBeLessThan(1);
      expect(zone.left + zone.right, spec.id).toBeLessThan(1);
    }
  });

  it("dates every record and points it at an https source", () => {
    for (const spec of library.specs.values()) {
      expect(spec.source.checked, spec.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(spec.source.checked)), spec.id).toBe(false);
      expect(new URL(spec.source.url).protocol, spec.id).toBe("https:");
    }
  });

  it("explains every uncertain record in its notes", () => {
    const uncertain = [...library.specs.values()].filter(
      (spec) => spec.source.confidence === "uncertain",
    );
    expect(uncertain.length).toBeGreaterThan(0);
    for (const spec of uncertain) expect(spec.notes?.length ?? 0, spec.id).toBeGreaterThan(20);
  });
});

describe("house overrides", () => {
  it("changes one field of a library record and keeps the others", () => {
    const before = specOf("instagram/feed-portrait");
    const { specs, errors } = resolveChannelSpecs([
      { id: "instagram/feed-portrait", image: { quality: 90 } },
    ]);
    expect(errors).toEqual([]);
    expect(specOf("instagram/feed-portrait", specs)).toEqual({
      ...before,
      image: { ...before.image, quality: 90 },
    });
    expect(specs.size).toBe(41);
  });

  it("merges nested fields and replaces lists", () => {
    const { specs, errors } = resolveChannelSpecs([
      {
        id: "x/post",
        image: { acceptedFormats: ["jpeg"] },
        text: { hashtags: { max: 2 } },
      },
    ]);
    expect(errors).toEqual([]);
    const spec = specOf("x/post", specs);
    expect(spec.image.acceptedFormats).toEqual(["jpeg"]);
    expect(spec.text.hashtags).toEqual({ syntax: "hash", max: 2 });
    expect(spec.text.caption).toEqual({ max: 280, counting: "twitter" });
  });

  it("replaces a size as a whole, since its fields depend on fit", () => {
    const { specs, errors } = resolveChannelSpecs([
      { id: "instagram/feed-portrait", image: { size: { fit: "width", width: 1200 } } },
    ]);
    expect(errors).toEqual([]);
    expect(specOf("instagram/feed-portrait", specs).image.size).toEqual({
      fit: "width",
      width: 1200,
    });
  });

  it("applies overrides in order, later ones onto earlier ones", () => {
    const { specs } = resolveChannelSpecs([
      { id: "x/post", image: { quality: 90 } },
      { id: "x/post", image: { maxBytes: 4_000_000 } },
    ]);
    expect(specOf("x/post", specs).image).toMatchObject({ quality: 90, maxBytes: 4_000_000 });
  });

  it("adds a complete record under a new id", () => {
    const lookbook = {
      ...inputOf("instagram/feed-portrait"),
      id: "house/lookbook",
      name: "House lookbook page",
    };
    const { specs, errors } = resolveChannelSpecs([lookbook]);
    expect(errors).toEqual([]);
    expect(specs.size).toBe(42);
    expect(specOf("house/lookbook", specs)).toMatchObject({
      name: "House lookbook page",
      image: { size: exact(1080, 1350) },
    });
    expect([...specs.keys()]).toEqual([...specs.keys()].sort());
  });

  it("reports a new record that is not complete, naming its missing fields", () => {
    const { specs, errors } = resolveChannelSpecs([
      { id: "house/lookbook", image: { quality: 90 } },
    ]);
    expect(specs.has("house/lookbook")).toBe(false);
    expect(errors.map((error) => error.path)).toEqual(
      expect.arrayContaining(["name", "image.size", "image.maxBytes", "text", "source"]),
    );
    expect(errors.every((error) => error.id === "house/lookbook")).toBe(true);
  });

  it("reports a negative maxBytes with the id and field path, and keeps the library record", () => {
    const { specs, errors } = resolveChannelSpecs([{ id: "x/post", image: { maxBytes: -1 } }]);
    expect(errors).toEqual([
      {
        name: "InvalidChannelSpec",
        origin: "override",
        index: 0,
        id: "x/post",
        path: "image.maxBytes",
        expected: "a positive whole number",
        found: "-1",
        message:
          '[relais] [channels] Expected a positive whole number for image.maxBytes of "x/post" but received -1',
      },
    ]);
    expect(specOf("x/post", specs)).toEqual(specOf("x/post"));
  });

  it("reports an unknown field with its path and keeps the library record", () => {
    const { specs, errors } = resolveChannelSpecs([
      { id: "instagram/feed-portrait", image: { qualty: 90 } },
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      id: "instagram/feed-portrait",
      path: "image.qualty",
      found: 'an unknown field "qualty"',
    });
    expect(errors[0]?.expected).toContain("quality");
    expect(errors[0]?.message).toContain('image.qualty of "instagram/feed-portrait"');
    expect(specOf("instagram/feed-portrait", specs).image.quality).toBe(82);
  });

  it("reports an override without an id by its position, and changes nothing", () => {
    const { specs, errors } = resolveChannelSpecs([{ image: { quality: 90 } }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ origin: "override", index: 0, id: undefined, path: "id" });
    expect(errors[0]?.message).toMatch(
      /^\[relais\] \[channels\] Expected a channel id .* for id of channels\[0\] but received nothing$/,
    );
    expect(specs).toEqual(library.specs);
  });

  it("reports an id that is not platform/placement, and changes nothing", () => {
    const { specs, errors } = resolveChannelSpecs([
      { id: "Instagram Feed", image: { quality: 90 } },
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      id: "Instagram Feed",
      path: "id",
      found: '"Instagram Feed"',
    });
    expect(errors[0]?.message).toContain('but received "Instagram Feed"');
    expect(specs).toEqual(library.specs);
  });

  it("reports an override that is not a mapping", () => {
    const { errors } = resolveChannelSpecs(["instagram/feed-portrait"]);
    expect(errors).toMatchObject([{ index: 0, path: "", found: '"instagram/feed-portrait"' }]);
  });

  it("keeps applying the overrides after an invalid one", () => {
    const { specs, errors } = resolveChannelSpecs([
      { id: "x/post", image: { quality: 0 } },
      { id: "x/post", image: { quality: 70 } },
    ]);
    expect(errors).toMatchObject([
      { index: 0, path: "image.quality", expected: "a whole number from 1 to 100", found: "0" },
    ]);
    expect(specOf("x/post", specs).image.quality).toBe(70);
  });

  it("does not change the library's own records", () => {
    resolveChannelSpecs([{ id: "instagram/feed-portrait", image: { quality: 90 } }]);
    expect(inputOf("instagram/feed-portrait").image.quality).toBe(82);
  });
});

describe("resolving a library", () => {
  const record = inputOf("x/post");

  it("reports an invalid library record instead of throwing", () => {
    const { specs, errors } = resolveChannelSpecs(
      [],
      [{ ...record, image: { ...record.image, maxBytes: 0 } }],
    );
    expect(specs.size).toBe(0);
    expect(errors).toMatchObject([
      { origin: "library", index: 0, id: "x/post", path: "image.maxBytes", found: "0" },
    ]);
  });

  it("reports an id listed twice and keeps the first record", () => {
    const { specs, errors } = resolveChannelSpecs([], [record, { ...record, name: "Second" }]);
    expect(errors).toMatchObject([{ name: "DuplicateChannelId", index: 1, id: "x/post" }]);
    expect(specOf("x/post", specs).name).toBe(record.name);
  });

  it("returns frozen records and errors", () => {
    const { specs, errors } = resolveChannelSpecs([{ id: "x/post", image: { maxBytes: -1 } }]);
    const spec = specOf("x/post", specs);
    expect(Object.isFrozen(spec)).toBe(true);
    expect(Object.isFrozen(spec.image.size)).toBe(true);
    expect(Object.isFrozen(spec.image.acceptedFormats)).toBe(true);
    expect(Object.isFrozen(errors)).toBe(true);
    expect(() => {
      (spec.image as { quality: number }).quality = 1;
    }).toThrow(TypeError);
  });
});
