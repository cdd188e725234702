import { describe, expect, it } from "vitest";
import { mapAsset, mapEntry } from "../../src/sources/sanity/map-document.ts";
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
      { _id: "s1", value: { slug: "x", title: "Plain" } },
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
