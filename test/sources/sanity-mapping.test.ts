import { describe, expect, it } from "vitest";
import {
  audiencesDocument,
  mapAsset,
  mapAudience,
  mapBrand,
  mapEntry,
  mapMoment,
} from "../../src/sources/sanity/map-document.ts";
import { createSanitySource } from "../../src/sources/sanity/sanity-source.ts";
import { minimalHouse } from "../support/house.ts";
import { sanityHouse, serveSanityHouse, sourceOptions } from "../support/sanity-house.ts";

describe("sanity mapping", () => {
  it("reads localized fields as language items, _key items or objects keyed by locale", () => {
    const mapped = mapEntry(
      {
        _id: "p1",
        value: {
          slug: "sac",
          sku: "MT-1",
          name: [
            { _key: "a1", language: "fr", value: "Sac" },
            { _key: "a2", language: "en", value: "Bag" },
          ],
          body: { _type: "localeText", en: "A bag.", fr: "Un sac.", ja: null },
        },
      },
      "relaisProduct",
      "product",
      "fr",
    );
    expect(mapped.ok && mapped.value.texts).toEqual([
      {
        locale: "fr",
        origin: 'relaisProduct "sac" (document p1)',
        data: { name: "Sac", body: "Un sac." },
      },
      {
        locale: "en",
        origin: 'relaisProduct "sac" (document p1), en text',
        data: { name: "Bag", body: "A bag." },
      },
    ]);
    expect(mapped.ok && mapped.value.data).toEqual({ sku: "MT-1" });
  });

  it("turns crops[] into crops by aspect and the image into file, hotspot and crop", () => {
    const mapped = mapAsset(
      {
        _id: "a1",
        value: {
          slug: "hero",
          image: {
            hotspot: { _type: "sanity.imageHotspot", x: 0.5, y: 0.5, width: 1, height: 1 },
            asset: {
              url: "https://cdn.sanity.io/x",
              sha1hash: "a".repeat(40),
              size: 3,
              extension: "jpg",
              originalFilename: "hero.jpg",
            },
          },
          crops: [{ _key: "k", _type: "relaisCrop", aspect: "9:16", left: 0.2, right: 0.1 }],
          alt: [{ _key: "fr", value: "Un sac" }],
          era: null,
        },
      },
      "relaisAsset",
    );
    expect(mapped.ok && mapped.value.document.data).toEqual({
      file: "hero.jpg",
      hotspot: { x: 0.5, y: 0.5, width: 1, height: 1 },
      crops: { "9:16": { left: 0.2, right: 0.1 } },
      alt: { fr: "Un sac" },
    });
  });

  it("names the document and the field a projection got wrong", () => {
    const noSlug = mapEntry({ _id: "s1", value: { title: [] } }, "houseStory", "story", "fr");
    expect(noSlug.ok ? undefined : noSlug.issue).toMatchObject({
      name: "MissingRequiredField",
      origin: "houseStory (document s1)",
      path: "slug",
    });
    const badTitle = mapEntry(
      { _id: "s1", value: { slug: "x", title: 42 } },
      "houseStory",
      "story",
      "fr",
    );
    expect(badTitle.ok ? undefined : badTitle.issue).toMatchObject({
      name: "InvalidFieldType",
      origin: 'houseStory "x" (document s1)',
      path: "title",
    });
  });

  it("reads a house's own schema through its own projections", async () => {
    const house = await sanityHouse(minimalHouse());
    house.documents.push({
      _id: "post-1",
      _type: "post",
      handle: { current: "journal" },
      headline: { fr: "Journal", en: "Journal (en)" },
      cover: { _type: "reference", _ref: "asset-hero" },
    });
    const server = await serveSanityHouse(house);
    const source = createSanitySource(
      await sourceOptions(server, {
        queries: {
          story: {
            type: "post",
            projection: `{ "slug": handle.current, "hero": cover->slug.current, "title": headline }`,
          },
        },
      }),
    );
    const { documents } = await source.load();
    const story = documents.find((doc) => doc.kind === "story");
    expect(story).toMatchObject({ id: "journal", data: { hero: "hero" } });
    expect(story?.texts.map((text) => text.data)).toEqual([
      { title: "Journal" },
      { title: "Journal (en)" },
    ]);
  });
});

describe("sanity mapping: nothing a projection returns is dropped in silence", () => {
  const storyRow = (fields: Record<string, unknown>) => ({
    _id: "story-1",
    value: { slug: "la-maison", hero: "hero", title: { fr: "La Maison" }, ...fields },
  });
  const origin = 'relaisStory "la-maison" (document story-1)';
  const block = { _key: "b1", _type: "block", children: [{ _type: "span", text: "Il était" }] };

  it("converts a Portable Text body, as the field or as a locale's value, to Markdown", () => {
    const heading = {
      ...block,
      _key: "h",
      style: "h2",
      children: [{ _type: "span", text: "Titre" }],
    };
    const link = {
      _key: "p",
      _type: "block",
      style: "normal",
      markDefs: [{ _key: "l1", _type: "link", href: "https://example.com" }],
      children: [{ _type: "span", text: "un lien", marks: ["l1"] }],
    };
    const item = { ...block, _key: "i", listItem: "bullet", level: 1 };
    const whole = mapEntry(storyRow({ body: [heading, link, item] }), "relaisStory", "story", "fr");
    expect(whole.ok && whole.value.texts[0]).toMatchObject({
      locale: "fr",
      data: { body: "## Titre\n\n[un lien](https://example.com)\n\n- Il était" },
    });
    const perLocale = mapEntry(
      storyRow({ body: { fr: "Il était une fois.", en: [block] } }),
      "relaisStory",
      "story",
      "fr",
    );
    expect(perLocale.ok && perLocale.value.texts.map((text) => text.data)).toEqual([
      { title: "La Maison", body: "Il était une fois." },
      { body: "Il était" },
    ]);
  });

  it("reads a field written once (a string) as the default locale's, and refuses Portable Text where a text is due", () => {
    const once = mapEntry(storyRow({ title: "La Maison" }), "relaisStory", "story", "fr");
    expect(once.ok && once.value.texts[0]?.data).toEqual({ title: "La Maison" });
    const blocksAsTitle = mapEntry(storyRow({ title: [block] }), "relaisStory", "story", "fr");
    expect(blocksAsTitle.ok ? undefined : blocksAsTitle.issue).toMatchObject({
      name: "InvalidFieldType",
      origin,
      path: "title",
      found:
        "Portable Text (1 block), not a text: convert it in the projection, e.g. pt::text(title)",
    });
  });

  it("names a Portable Text block that has no Markdown form, and keeps the rest", () => {
    const video = { _key: "v", _type: "youtube", videoId: "abc" };
    const mapped = mapEntry(storyRow({ body: [block, video] }), "relaisStory", "story", "fr");
    expect(mapped.ok && mapped.value.texts[0]?.data).toMatchObject({ body: "Il était" });
    expect(mapped.ok && mapped.warnings).toEqual([
      expect.objectContaining({
        name: "PortableTextLeftOut",
        severity: "warning",
        origin,
        path: "body[1]",
        found: 'a block of type "youtube"',
      }),
    ]);
  });

  it("refuses a list that is not localized values instead of reading it as no text", () => {
    const references = [{ _key: "a1", _type: "reference", _ref: "asset-hero" }];
    const mapped = mapEntry(storyRow({ dek: references }), "relaisStory", "story", "fr");
    expect(mapped.ok ? undefined : mapped.issue).toMatchObject({
      name: "InvalidFieldType",
      origin,
      path: "dek",
      found: "item 0, which is not a localized value: it has `_ref`",
    });
  });

  it("keeps a key the model does not know even when it is empty, for the schemas to report", async () => {
    // GROQ reads null for `embrago`, a field no document has: the embargo itself is never read.
    const mapped = mapEntry(storyRow({ embrago: null, year: null }), "relaisStory", "story", "fr");
    if (!mapped.ok) throw new Error(mapped.issue.found);
    expect(Object.keys(mapped.value.data as object)).toEqual(["hero", "embrago", "year"]);
    const { validateCatalog } = await import("../../src/validate/validate-catalog.ts");
    const { issues } = validateCatalog({ documents: [mapped.value], issues: [] });
    expect(issues.filter((issue) => issue.name !== "BrandUnusable")).toEqual([
      expect.objectContaining({
        name: "UnknownField",
        origin,
        path: "embrago",
        expected: "a field of this document type (did you mean `embargo`?)",
      }),
    ]);
  });

  it("reports an unknown key in an embargo moment or on an image, with the nearest known one", () => {
    const moment = mapEntry(
      storyRow({ embargo: { markets: [{ market: "cn", publishAtt: "2099-01-01" }] } }),
      "relaisStory",
      "story",
      "fr",
    );
    expect(moment.ok ? undefined : moment.issue).toMatchObject({
      name: "UnknownField",
      origin,
      path: "embargo.markets[0].publishAtt",
      expected: "a field Relais reads here (did you mean `publishAt`?)",
    });
    const image = mapAsset(
      { _id: "a1", value: { slug: "hero", image: { hotspt: { x: 0.5 }, asset: null } } },
      "relaisAsset",
    );
    expect(image.ok ? undefined : image.issue).toMatchObject({
      name: "UnknownField",
      origin: 'relaisAsset "hero" (document a1)',
      path: "image.hotspt",
      expected: "a field Relais reads here (did you mean `hotspot`?)",
    });
  });

  it("reads a press preview as the model says it: every market, some markets, or none", () => {
    const preview = (pressPreview: unknown) => {
      const mapped = mapEntry(
        storyRow({ embargo: { publishAt: "2099-03-01T10:00", pressPreview } }),
        "relaisStory",
        "story",
        "fr",
      );
      if (!mapped.ok) throw new Error(mapped.issue.found);
      const data = mapped.value.data as { embargo: { pressPreview?: unknown } };
      return data.embargo.pressPreview;
    };
    expect(preview({ enabled: true })).toBe(true);
    expect(preview({ enabled: true, markets: [] })).toBe(true);
    expect(preview({ enabled: true, markets: ["fr", "jp"] })).toEqual({ markets: ["fr", "jp"] });
    expect(preview({ enabled: false, markets: ["fr"] })).toBeUndefined();
    expect(preview(null)).toBeUndefined();
    const misspelt = mapEntry(
      storyRow({ embargo: { pressPreview: { enable: true } } }),
      "relaisStory",
      "story",
      "fr",
    );
    expect(misspelt.ok ? undefined : misspelt.issue).toMatchObject({
      name: "UnknownField",
      origin,
      path: "embargo.pressPreview.enable",
    });
  });

  it("refuses brand audiences that are not slugs instead of losing their order", () => {
    const mapped = mapBrand(
      { _id: "relaisBrand", value: { name: "M", audiences: [{ _ref: "audience-press" }] } },
      "relaisBrand",
    );
    expect(mapped.ok ? undefined : mapped.issue).toMatchObject({
      name: "InvalidFieldType",
      origin: "relaisBrand (document relaisBrand)",
      path: "audiences",
    });
    const deleted = mapBrand(
      { _id: "relaisBrand", value: { name: "M", audiences: ["press", null] } },
      "relaisBrand",
    );
    expect(deleted.ok && deleted.value.audienceOrder).toEqual(["press"]);
  });

  it("leaves out both audiences that share a slug, and says so for each", () => {
    const audience = (id: string, usage: string) => {
      const mapped = mapAudience(
        { _id: id, value: { slug: "press", name: "Press", usage } },
        "relaisAudience",
      );
      if (!mapped.ok) throw new Error(mapped.issue.found);
      return mapped.value;
    };
    const publicAudience = mapAudience(
      { _id: "audience-public", value: { slug: "public", name: "Fans" } },
      "relaisAudience",
    );
    if (!publicAudience.ok) throw new Error(publicAudience.issue.found);
    const { document, issues } = audiencesDocument(
      [
        audience("audience-press", "editorial"),
        audience("audience-press-2", "commerce"),
        publicAudience.value,
      ],
      [],
      "relaisAudience",
    );
    expect(Object.keys(document.data as object)).toEqual(["public"]);
    expect(issues.map((issue) => [issue.name, issue.origin, issue.path, issue.found])).toEqual([
      [
        "DuplicateSlug",
        'relaisAudience "press" (document audience-press)',
        "slug",
        '"press", also used by relaisAudience "press" (document audience-press-2)',
      ],
      [
        "DuplicateSlug",
        'relaisAudience "press" (document audience-press-2)',
        "slug",
        '"press", also used by relaisAudience "press" (document audience-press)',
      ],
    ]);
  });
});

describe("sanity mapping: live-shopping moments, prices and briefs", () => {
  const productRow = (fields: Record<string, unknown>) => ({
    _id: "product-1",
    value: { slug: "sac", sku: "MA-1", name: { fr: "Sac" }, ...fields },
  });
  const origin = 'relaisProduct "sac" (document product-1)';

  it("reads prices[] as prices by market, and each locale's brief into its text", () => {
    const mapped = mapEntry(
      productRow({
        prices: [
          {
            _key: "k1",
            _type: "relaisMarketPrice",
            market: "cn",
            amount: "43500.00",
            availability: "limited",
          },
          {
            _key: "k2",
            _type: "relaisMarketPrice",
            market: "jp",
            amount: "798000",
            availability: null,
          },
        ],
        brief: {
          talkingPoints: [
            { _key: "a", language: "fr", value: ["Doublé de soie."] },
            { _key: "b", language: "en", value: ["Lined with silk."] },
          ],
          do: null,
          dont: { en: ["No prices."] },
        },
      }),
      "relaisProduct",
      "product",
      "fr",
    );
    expect(mapped.ok && mapped.value.data).toMatchObject({
      prices: { cn: { amount: "43500.00", availability: "limited" }, jp: { amount: "798000" } },
    });
    expect(mapped.ok && mapped.value.texts.map((text) => text.data)).toEqual([
      { name: "Sac", brief: { talkingPoints: ["Doublé de soie."] } },
      { brief: { talkingPoints: ["Lined with silk."], dont: ["No prices."] } },
    ]);
  });

  it("names the price without a market, the second price for one market and the brief's unknown list", () => {
    const issueOf = (fields: Record<string, unknown>) => {
      const mapped = mapEntry(productRow(fields), "relaisProduct", "product", "fr");
      return mapped.ok ? undefined : mapped.issue;
    };
    expect(issueOf({ prices: [{ market: null, amount: "1.00" }] })).toMatchObject({
      name: "MissingRequiredField",
      origin,
      path: "prices[0].market",
    });
    const twice = [
      { market: "cn", amount: "1.00" },
      { market: "cn", amount: "2.00" },
    ];
    expect(issueOf({ prices: twice })).toMatchObject({
      name: "InvalidValue",
      origin,
      path: "prices[1].market",
      found: "a second price for the market cn",
    });
    expect(issueOf({ prices: [{ market: "cn", amout: "1.00" }] })).toMatchObject({
      name: "UnknownField",
      path: "prices[0].amout",
      expected: expect.stringContaining("`amount`"),
    });
    expect(issueOf({ brief: { talkingPoint: { fr: ["x"] } } })).toMatchObject({
      name: "UnknownField",
      path: "brief.talkingPoint",
      expected: expect.stringContaining("`talkingPoints`"),
    });
    expect(issueOf({ brief: { do: "Identifiez la maison." } })).toMatchObject({
      name: "InvalidFieldType",
      origin,
      path: "brief.do",
    });
    expect(issueOf({ brief: ["x"] })).toMatchObject({ name: "InvalidFieldType", path: "brief" });
  });

  it("reads a moment with its references as slugs and its title and talking points by locale", () => {
    const mapped = mapMoment(
      {
        _id: "moment-live",
        value: {
          slug: "live",
          market: "cn",
          platforms: ["douyin/live-cover"],
          startsAt: "2026-12-12T20:00",
          durationMinutes: 90,
          audience: "ambassadors",
          capsule: null,
          products: ["sac"],
          images: ["hero"],
          title: [{ _key: "x", language: "zh-Hans", value: "直播夜" }],
          talkingPoints: [{ _key: "y", language: "zh-Hans", value: ["第一点"] }],
          host: null,
          partnership: "paid",
        },
      },
      "relaisLiveMoment",
    );
    expect(mapped.ok && mapped.value).toMatchObject({
      kind: "moment",
      id: "live",
      origin: 'relaisLiveMoment "live" (document moment-live)',
      data: {
        market: "cn",
        products: ["sac"],
        title: { "zh-Hans": "直播夜" },
        talkingPoints: { "zh-Hans": ["第一点"] },
      },
      texts: [],
    });
    const unlocalized = mapMoment(
      { _id: "moment-live", value: { slug: "live", talkingPoints: "第一点" } },
      "relaisLiveMoment",
    );
    expect(unlocalized.ok ? undefined : unlocalized.issue).toMatchObject({
      name: "InvalidFieldType",
      origin: 'relaisLiveMoment "live" (document moment-live)',
      path: "talkingPoints",
    });
  });
});
