import { describe, expect, test } from "vitest";
import { lines, ref, sampleHouse, strings } from "./sample-house.ts";
import { compileRelaisSchema, type Doc, validate } from "./studio-harness.ts";

async function messages(
  document: Doc,
  dataset: readonly Doc[],
  level: "error" | "warning" | "info",
  compiled = compileRelaisSchema(),
) {
  const markers = await validate(compiled, document, dataset);
  return markers
    .filter((marker) => marker.level === level)
    .map((marker) => `${JSON.stringify(marker.path)}: ${marker.message}`);
}

function withBrand(house: ReturnType<typeof sampleHouse>, brand: Doc): Doc[] {
  return house.dataset.map((doc) => (doc._id === brand._id ? brand : doc));
}

describe("captions, made by the caption engine for each market's channels", () => {
  test("legal lines alone longer than X's limit are an error, per market and locale", async () => {
    const house = sampleHouse();
    const brand = { ...house.brand, legalLines: lines({ fr: ["Mentions légales. ".repeat(20)] }) };
    const errors = await messages(house.story, withBrand(house, brand), "error");
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^\[\]: Caption for x\/post in fr \(France\): the legal lines alone need \d+ \(twitter\); the channel allows 280$/,
      ),
    );
    // Instagram's 2,200 still holds them.
    expect(errors.filter((error) => error.includes("instagram"))).toEqual([]);
  });

  test("a title too long for X is a warning: the build shortens it", async () => {
    const house = sampleHouse();
    const story = { ...house.story, title: strings({ fr: "Un titre ".repeat(33).trim() }) };
    const warnings = await messages(story, house.dataset, "warning");
    expect(warnings).toContainEqual(
      expect.stringContaining(
        "[]: Caption for x/post in fr (France): the title was cut to “Un titre",
      ),
    );
  });

  test("the plugin's channel overrides set the limits, as in relais.config.ts", async () => {
    const house = sampleHouse();
    const compiled = compileRelaisSchema({
      channels: [{ id: "instagram/feed-portrait", text: { caption: { max: 20 } } }],
    });
    // The engine makes every caption fit 20 characters: the title is cut and the credit moves.
    const warnings = await messages(house.story, house.dataset, "warning", compiled);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /Caption for instagram\/feed-portrait in fr \(France\): the title was cut to “.*” to fit 20 \(graphemes\)$/,
      ),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /Caption for instagram\/feed-portrait in en \(China\): the title was cut to “.*” to fit 20 \(graphemes\)$/,
      ),
    );
  });

  test("a market with no text in its locales is named", async () => {
    const house = sampleHouse();
    const product = {
      ...house.product,
      name: strings({ fr: "Carré de nuit" }),
      soldIn: [ref("market-fr", "fr"), ref("market-cn", "cn")],
    };
    const warnings = await messages(product, house.dataset, "warning");
    expect(warnings).toContainEqual(
      "[]: No text in zh-Hans, en (China): the entry is left out of these markets until it has text in one of their locales",
    );
  });

  test("captions wait for a published brand", async () => {
    const house = sampleHouse();
    const dataset = house.dataset.filter((doc) => doc._type !== "relaisBrand");
    const warnings = await messages(house.story, dataset, "warning");
    expect(warnings).toContainEqual(
      expect.stringContaining("once the brand document (relaisBrand) is published"),
    );
  });
});

describe("moments, read in each market's time zone", () => {
  test("the publish moment of each market is listed in its own time zone", async () => {
    const house = sampleHouse();
    const notes = await messages(house.story, house.dataset, "info");
    expect(notes).toEqual([
      '["embargo"]: Published in each market from: China 2026-03-02 10:00 Asia/Shanghai (UTC+08:00) · France 2026-03-02 10:00 Europe/Paris (UTC+01:00)',
    ]);
  });

  test("a leap second is refused, as the build refuses it, and never scheduled a second early", async () => {
    const house = sampleHouse();
    for (const publishAt of ["2099-03-01T09:59:60", "2099-03-01T09:59:60Z"]) {
      const story = { ...house.story, embargo: { publishAt } };
      expect(await messages(story, house.dataset, "error")).toEqual([
        expect.stringMatching(/^\["embargo","publishAt"\]: Expected an ISO-8601 date/),
      ]);
      expect(await messages(story, house.dataset, "info")).toEqual([]);
    }
  });

  test("a wall-clock time that Paris skips is flagged with the instant the build uses", async () => {
    const house = sampleHouse();
    const story = { ...house.story, embargo: { publishAt: "2027-03-28T02:30" } };
    expect(await messages(story, house.dataset, "warning")).toEqual([
      '["embargo","publishAt"]: 2027-03-28 02:30 does not exist in France (Europe/Paris), where the clocks go forward: the build reads it as 2027-03-28 03:30 Europe/Paris (UTC+02:00)',
    ]);
  });

  test("a wall-clock time that Paris lives twice is flagged", async () => {
    const house = sampleHouse();
    const story = { ...house.story, unpublishAt: "2026-10-25T02:30" };
    expect(await messages(story, house.dataset, "warning")).toEqual([
      '["unpublishAt"]: 2026-10-25 02:30 happens twice in France (Europe/Paris), when the clocks go back: the build uses the first, 2026-10-25 02:30 Europe/Paris (UTC+02:00)',
    ]);
  });

  test("withdrawal before publication is an error in the market where it happens", async () => {
    const house = sampleHouse();
    // 10:00 local is 02:00Z in Shanghai and 09:00Z in Paris: a withdrawal at 05:00Z comes after
    // Shanghai's publication and before Paris's.
    const story = { ...house.story, unpublishAt: "2026-03-02T05:00:00Z" };
    expect(await messages(story, house.dataset, "error")).toEqual([
      '["unpublishAt"]: Withdrawn 2026-03-02 06:00 Europe/Paris (UTC+01:00), before it is published 2026-03-02 10:00 Europe/Paris (UTC+01:00) in France: the entry would never appear there',
    ]);
  });

  test("a per-market moment for a market the entry does not reach is never used", async () => {
    const house = sampleHouse();
    const product = {
      ...house.product,
      embargo: {
        markets: [
          {
            _key: "cn",
            _type: "relaisMarketMoment",
            market: ref("market-cn"),
            publishAt: "2026-10-08T10:00",
          },
        ],
      },
    };
    expect(await messages(product, house.dataset, "warning")).toEqual([
      '["embargo","markets",{"_key":"cn"},"market"]: China is not among the markets this entry is published in: this moment is never used',
    ]);
  });
});
