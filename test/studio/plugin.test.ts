import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { relais } from "../../src/studio/index.ts";
import { compileRelaisSchema, compileStudioSchema, type Doc, validate } from "./studio-harness.ts";

const locales = ["fr", "en", "zh-Hans", "ja", "ko", "ar"];

describe("the plugin", () => {
  test("is a Sanity plugin named relais that gives the documented types", () => {
    const plugin = relais({ locales, defaultLocale: "fr" });
    expect(plugin.name).toBe("relais");
    const types = (plugin.schema as { types: { name: string }[] }).types.map((type) => type.name);
    expect(types.sort()).toEqual(
      [
        "relaisAmbassador",
        "relaisAmbassadorPlatform",
        "relaisAsset",
        "relaisAudience",
        "relaisBrand",
        "relaisCapsule",
        "relaisCrop",
        "relaisLocaleDirection",
        "relaisLocaleString",
        "relaisLocaleStringList",
        "relaisLocaleText",
        "relaisMarket",
        "relaisMarketMoment",
        "relaisMarketPrice",
        "relaisLiveMoment",
        "relaisProduct",
        "relaisStory",
      ].sort(),
    );
  });

  test("compiles with Sanity's schema tooling without a single problem", () => {
    const { schema, problems } = compileRelaisSchema({ locales, defaultLocale: "fr" });
    expect(problems.flatMap((group) => group.problems)).toEqual([]);
    expect(schema.get("relaisStory")?.jsonType).toBe("object");
  });

  test("the schema check itself reports a broken type", () => {
    const { problems } = compileStudioSchema([
      { name: "broken", type: "document", fields: [{ name: "x", type: "nope" }] },
    ]);
    expect(
      problems.flatMap((group) => group.problems.map((problem) => problem.severity)),
    ).toContain("error");
  });

  const usage = 'relais({ locales: ["fr", "en"], defaultLocale: "fr" })';

  test("says what to pass when given no options, instead of failing on a missing property", () => {
    // A house's sanity.config.ts may write `relais()`: Sanity then calls it with nothing.
    expect(() => (relais as (options?: unknown) => unknown)()).toThrow(
      `[relais] The Studio plugin needs the house's locales: pass ${usage} in the \`plugins\` of sanity.config.ts`,
    );
  });

  test("names both missing options of an empty object, with what to pass", () => {
    const message = catchMessage(() => relais({} as never));
    expect(message).toContain(`\`locales\` is missing: pass ${usage}`);
    expect(message).toContain("`defaultLocale` is missing: name the brand's default locale");
    expect(message).not.toContain("Cannot read properties");
  });

  test.each([
    [{ locales: [], defaultLocale: "fr" }, "`locales` must list at least one locale"],
    [
      { locales: ["fr", "zh-hans"], defaultLocale: "fr" },
      '"zh-hans" in `locales` is not a canonical BCP 47 tag',
    ],
    [{ locales: ["fr"], defaultLocale: "en" }, '`defaultLocale` "en" must be one of `locales`'],
    [
      {
        locales: ["fr"],
        defaultLocale: "fr",
        channels: [{ id: "x/post", text: { caption: { max: -1 } } }],
      },
      '[relais] [channels] Expected a positive whole number for text.caption.max of "x/post"',
    ],
  ])("refuses invalid options: %j", (options, message) => {
    expect(() => relais(options)).toThrow(message);
  });
});

function catchMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error");
}

// Sanity's validator runs every rule of every document: seconds on a loaded machine.
describe("the sample house's Sanity dataset", { timeout: 30_000 }, () => {
  const dataset = readFileSync(
    new URL("../../fixtures/sanity/maison-aurele.ndjson", import.meta.url),
    "utf8",
  )
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Doc);
  const documents = dataset.filter((doc) => doc._type.startsWith("relais"));
  const compiled = compileRelaisSchema({
    locales,
    defaultLocale: "fr",
    now: () => new Date("2026-12-01T00:00:00Z"),
  });

  test("has no field Sanity does not know", async () => {
    const unknown = [];
    for (const document of documents) {
      const markers = await validate(compiled, document, dataset, "cli");
      unknown.push(
        ...markers
          .filter((marker) => marker.code === "object.unknown-field")
          .map((marker) => `${document._id}: ${marker.message}`),
      );
    }
    expect(unknown).toEqual([]);
  });

  test("passes every field rule, and no caption of it is over its limit", async () => {
    const errors = [];
    for (const document of documents) {
      const markers = await validate(compiled, document, dataset);
      errors.push(
        ...markers
          .filter((marker) => marker.level === "error" && marker.code !== "relais.CaptionOverLimit")
          .map((marker) => `${document._id}: ${marker.message}`),
      );
    }
    expect(errors).toEqual([]);
    const story = documents.find((doc) => doc._id === "story-le-jardin-de-soie") as Doc;
    const markers = await validate(compiled, story, dataset);
    expect(markers.filter((marker) => marker.code === "relais.CaptionOverLimit")).toEqual([]);
    // The caption that needed 338 on X now gives way, in the house's order, and says so.
    expect(markers.map((marker) => marker.message)).toContainEqual(
      "Caption for x/post in fr (France): left out for length: ParisRiveDroite, MaisonAurele, Aurele1854",
    );
  });
});
