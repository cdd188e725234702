import { describe, expect, test } from "vitest";
import { ref, sampleHouse, strings } from "./sample-house.ts";
import { compileRelaisSchema, type Doc, validate } from "./studio-harness.ts";

const compiled = compileRelaisSchema();

/** The markers of one level, as `path: message`, for readable failures. */
async function findings(document: Doc, dataset: readonly Doc[], level: "error" | "warning") {
  const markers = await validate(compiled, document, dataset);
  return markers
    .filter((marker) => marker.level === level)
    .map((marker) => `${JSON.stringify(marker.path)}: ${marker.message}`);
}

describe("valid documents pass", () => {
  const house = sampleHouse();
  test.each(
    house.dataset
      .filter((document) => document._type.startsWith("relais"))
      .map((document) => [document._type, document] as const),
  )("%s", async (_type, document) => {
    expect(await findings(document, house.dataset, "error")).toEqual([]);
    expect(await findings(document, house.dataset, "warning")).toEqual([]);
  });
});

type Break = (house: ReturnType<typeof sampleHouse>) => Doc;

/** Each case breaks one field of a valid document; the error names the pipeline's rule. */
const brokenDocuments: [string, Break, string, string][] = [
  [
    "an unsafe slug",
    ({ story }) => ({ ...story, slug: { _type: "slug", current: "L'Atelier" } }),
    '["slug"]',
    "Expected a safe path segment: lower-case letters, digits and single hyphens",
  ],
  [
    "a reserved name as slug",
    ({ hero }) => ({ ...hero, slug: { _type: "slug", current: "con" } }),
    '["slug"]',
    "Expected a safe path segment: lower-case letters, digits and single hyphens, at most 96 characters, not a reserved name",
  ],
  [
    "a season code the model refuses",
    ({ capsule }) => ({ ...capsule, season: "Summer27" }),
    '["season"]',
    "Expected a season code such as SS27, FW26",
  ],
  [
    "a SKU in lower case",
    ({ product }) => ({ ...product, sku: "mt-ss27-001" }),
    '["sku"]',
    "Expected a SKU of 3 to 32 upper-case letters, digits and hyphens",
  ],
  [
    "a hashtag with its #",
    ({ brand }) => ({ ...brand, hashtags: ["#MaisonTest"] }),
    '["hashtags",0]',
    'Expected a hashtag without # or spaces, e.g. MaisonAurele: "#MaisonTest"',
  ],
  [
    "a campaign handle with a space",
    ({ capsule }) => ({ ...capsule, campaignHandle: "Maison Nuit" }),
    '["campaignHandle"]',
    "Expected a hashtag without # or spaces",
  ],
  [
    "a tag that is not a slug",
    ({ story }) => ({ ...story, tags: ["Heritage Paris"] }),
    '["tags",0]',
    "Expected a safe path segment",
  ],
  [
    "a locale that is not canonical",
    ({ france }) => ({ ...france, locales: ["fr", "zh-hans"] }),
    '["locales",1]',
    'Expected a canonical BCP 47 locale tag such as fr, en, zh-Hans, ja, ko or ar: "zh-hans"',
  ],
  [
    "an unknown time zone",
    ({ france }) => ({ ...france, timeZone: "Europe/Pariss" }),
    '["timeZone"]',
    "Expected an IANA time zone such as Europe/Paris or Asia/Shanghai",
  ],
  [
    "a channel without a record",
    ({ france }) => ({ ...france, channels: ["instagram/feed-portrait", "myspace/post"] }),
    '["channels",1]',
    'No channel record for "myspace/post"',
  ],
  [
    "an invalid moment",
    ({ story }) => ({ ...story, embargo: { publishAt: "2026-02-30T10:00" } }),
    '["embargo","publishAt"]',
    "Expected an ISO-8601 date (2026-12-01), local date-time (2026-12-01T10:00) or instant",
  ],
  [
    "a leap second in a moment",
    ({ story }) => ({ ...story, embargo: { publishAt: "2099-03-01T09:59:60" } }),
    '["embargo","publishAt"]',
    "Expected an ISO-8601 date (2026-12-01), local date-time (2026-12-01T10:00) or instant",
  ],
  [
    "a leap second in an instant",
    ({ story }) => ({ ...story, unpublishAt: "2099-03-01T09:59:60Z" }),
    '["unpublishAt"]',
    "Expected an ISO-8601 date (2026-12-01), local date-time (2026-12-01T10:00) or instant",
  ],
  [
    "no alt text in the default locale",
    ({ hero }) => ({ ...hero, alt: strings({ en: "A leather bag", "zh-Hans": "皮革手袋" }) }),
    '["alt"]',
    "Alt text is required in fr, the brand's default locale",
  ],
  [
    "blank alt text in another locale",
    ({ hero }) => ({ ...hero, alt: strings({ fr: "Un sac", en: "  ", "zh-Hans": "皮革手袋" }) }),
    '["alt",{"_key":"en"},"value"]',
    "Alt text is empty in en",
  ],
  [
    "a localized item under a locale the Studio does not have",
    ({ story }) => ({ ...story, title: strings({ fr: "L'atelier", de: "Die Werkstatt" }) }),
    '["title",{"_key":"de"}]',
    '"de" is not one of the Studio\'s locales (fr, en, zh-Hans)',
  ],
  [
    "no title in the default locale",
    ({ story }) => ({ ...story, title: strings({ en: "The workshop" }) }),
    '["title"]',
    "The title is required in fr, the brand's default locale",
  ],
  [
    "a translation without its title",
    ({ story }) => ({
      ...story,
      body: [
        ...(story.body as object[]),
        { _key: "zh-Hans", _type: "relaisLocaleText", value: "皮革的故事" },
      ],
    }),
    '["title"]',
    "The zh-Hans text has a body but no title: the build leaves the whole zh-Hans text out",
  ],
  [
    "no credit line in the default locale",
    ({ brand }) => ({ ...brand, creditLine: strings({ en: "Photo: {creator}" }) }),
    '["creditLine"]',
    "The credit line is required in fr",
  ],
  [
    "a credit year out of range",
    ({ hero }) => ({ ...hero, credit: { creator: "Jane Doe", year: 1700 } }),
    '["credit","year"]',
    "Too small: expected number to be >=1800",
  ],
  [
    "a background that is not #rrggbb",
    ({ hero }) => ({ ...hero, background: "black" }),
    '["background"]',
    "Expected a colour such as #1d1b18",
  ],
  [
    "an aspect ratio that is not W:H",
    ({ hero }) => ({
      ...hero,
      crops: [{ _key: "a", _type: "relaisCrop", aspect: "9/16", left: 0.2 }],
    }),
    '["crops",{"_key":"a"},"aspect"]',
    "Expected an aspect ratio such as 4:5 or 9:16",
  ],
  [
    "a crop that cuts the whole image",
    ({ hero }) => ({
      ...hero,
      crops: [{ _key: "a", _type: "relaisCrop", aspect: "9:16", left: 0.6, right: 0.5 }],
    }),
    '["crops",{"_key":"a"}]',
    "Expected a crop that leaves part of the image (top + bottom < 1 and left + right < 1)",
  ],
  [
    "two crops for one aspect ratio",
    ({ hero }) => ({
      ...hero,
      crops: [
        { _key: "a", _type: "relaisCrop", aspect: "9:16", left: 0.2 },
        { _key: "b", _type: "relaisCrop", aspect: "9:16", left: 0.3 },
      ],
    }),
    '["crops",{"_key":"b"},"aspect"]',
    "A second crop for 9:16: keep one per aspect ratio",
  ],
  [
    "a currency that is not ISO 4217",
    ({ france }) => ({ ...france, currency: "EURO" }),
    '["currency"]',
    "Expected an ISO 4217 currency code such as EUR, USD, CNY, JPY, KRW or AED",
  ],
  [
    "a price written as a number with a comma",
    ({ product }) => ({
      ...product,
      prices: [
        { _key: "fr", _type: "relaisMarketPrice", market: ref("market-fr"), amount: "520,00" },
      ],
    }),
    '["prices",{"_key":"fr"},"amount"]',
    'Expected a decimal amount written as a string, such as "1450.00" or "12800"',
  ],
  [
    "two prices for one market",
    ({ product }) => ({
      ...product,
      prices: [
        { _key: "a", _type: "relaisMarketPrice", market: ref("market-fr"), amount: "520.00" },
        { _key: "b", _type: "relaisMarketPrice", market: ref("market-fr"), amount: "530.00" },
      ],
    }),
    '["prices",{"_key":"b"},"market"]',
    "A second price for this market: keep one per market",
  ],
  [
    "a brief with more lines than a brief holds",
    ({ story }) => ({
      ...story,
      brief: {
        do: [
          {
            _key: "k",
            _type: "relaisLocaleStringList",
            language: "fr",
            value: Array.from({ length: 11 }, (_, i) => `Ligne ${i}`),
          },
        ],
      },
    }),
    '["brief","do",{"_key":"k"},"value"]',
    "Do in fr: Expected at most 10 lines",
  ],
  [
    "a live-shopping moment starting at an instant, not a local time",
    ({ moment }) => ({ ...moment, startsAt: "2026-12-12T12:00:00Z" }),
    '["startsAt"]',
    "Expected a local date-time without offset, such as 2026-12-12T20:00",
  ],
  [
    "a live-shopping moment on a placement with no channel record",
    ({ moment }) => ({ ...moment, platforms: ["douyin/live-covr"] }),
    '["platforms",0]',
    'No channel record for "douyin/live-covr"',
  ],
  [
    "a live-shopping moment without products",
    ({ moment }) => ({ ...moment, products: [] }),
    '["products"]',
    "Expected at least one product",
  ],
  [
    "a live-shopping moment with no talking point in a locale",
    ({ moment }) => ({
      ...moment,
      talkingPoints: [{ _key: "k", _type: "relaisLocaleStringList", language: "en", value: [] }],
    }),
    '["talkingPoints",{"_key":"k"},"value"]',
    "The talking points in en: Expected at least one talking point",
  ],
  [
    "a licence without usage",
    ({ hero }) => ({ ...hero, licence: { name: "CC-BY-4.0", usage: [] } }),
    '["licence","usage"]',
    "Must have at least 1 items",
  ],
  [
    "a capsule without key visuals",
    ({ capsule }) => ({ ...capsule, keyVisuals: [] }),
    '["keyVisuals"]',
    "Expected at least one key visual",
  ],
  [
    "a product sold nowhere",
    ({ product }) => ({ ...product, soldIn: [] }),
    '["soldIn"]',
    "Expected at least one market",
  ],
  [
    "an audience that receives nothing",
    ({ audience }) => ({ ...audience, receives: [] }),
    '["receives"]',
    "Must have at least 1 items",
  ],
];

describe("each broken document fails with the pipeline's message", () => {
  test.each(brokenDocuments)("%s", async (_case, breakIt, path, message) => {
    const house = sampleHouse();
    const errors = await findings(breakIt(house), house.dataset, "error");
    expect(errors).toContainEqual(expect.stringContaining(`${path}: ${message}`));
  });
});

/** Items as the Studio writes them: a random `_key` from Sanity, the locale in `language`. */
const inLanguages = (values: [key: string, language: string | undefined, value: string][]) =>
  values.map(([key, language, value]) => ({
    _key: key,
    _type: "relaisLocaleString",
    ...(language === undefined ? {} : { language }),
    value,
  }));

describe("localized items keep their locale in `language`, whatever key Sanity gives them", () => {
  test("a story whose titles have random keys and a language passes", async () => {
    const house = sampleHouse();
    const story = {
      ...house.story,
      title: inLanguages([
        ["bd75e2869cc8", "fr", "L'atelier"],
        ["7fa61e697fe8", "en", "The workshop"],
      ]),
    };
    expect(await findings(story, house.dataset, "error")).toEqual([]);
  });

  test("an item Sanity keyed at random, with no language, is named as having no locale", async () => {
    const house = sampleHouse();
    const story = {
      ...house.story,
      title: inLanguages([
        ["bd75e2869cc8", "fr", "L'atelier"],
        ["c71d2e451a10", undefined, "The workshop"],
      ]),
    };
    expect(await findings(story, house.dataset, "error")).toContainEqual(
      `["title",{"_key":"c71d2e451a10"}]: An item has no locale (only Sanity's key "c71d2e451a10"): remove it and write its text under one of fr, en, zh-Hans`,
    );
  });

  test("two items in one locale are an error on the second, since the build could read either", async () => {
    const house = sampleHouse();
    const story = {
      ...house.story,
      title: inLanguages([
        ["bd75e2869cc8", "fr", "L'atelier"],
        ["4b308f35d03b", "fr", "L'atelier de Turenne"],
      ]),
    };
    expect(await findings(story, house.dataset, "error")).toContainEqual(
      `["title",{"_key":"4b308f35d03b"}]: The title has two items in fr: the build cannot tell which to use, so remove one`,
    );
  });

  test("a new document's localized fields start with one item per locale, each naming it", () => {
    const { schema } = compileRelaisSchema();
    const title = (
      schema.get("relaisStory") as { fields: { name: string; type: unknown }[] }
    ).fields.find((field) => field.name === "title")?.type as { initialValue: () => unknown };
    // Sanity's initial-value resolver replaces every `_key` with a random one: the locale must
    // be elsewhere, and it keeps `language`.
    expect(title.initialValue()).toEqual(
      ["fr", "en", "zh-Hans"].map((language) => ({ _type: "relaisLocaleString", language })),
    );
  });
});
