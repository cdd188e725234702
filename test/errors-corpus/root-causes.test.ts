import { markdown, minimalHouse } from "../support/house.ts";
import { runCorpus } from "./harness.ts";

const house = minimalHouse();
const brand = house["brand.yaml"] as Record<string, unknown>;
const jp = house["markets/jp.yaml"] as Record<string, unknown>;

/**
 * A broken market, audience or brand is reported once, as itself, and stops the build (it would
 * drop a whole market, audience or everything) instead of cascading over every document.
 */
runCorpus("root causes first", [
  {
    name: "a YAML syntax error in a market",
    files: { "markets/jp.yaml": "name: Japan\nlocales: [ja, en\ntimeZone: Asia/Tokyo\n" },
    expect: { name: "ContentSyntaxError", origin: "markets/jp.yaml" },
    buildExit: 1,
    absentCodes: ["UndeclaredLocale"],
  },
  {
    name: "the market dropped by a syntax error blocks the build",
    files: { "markets/jp.yaml": "name: Japan\nlocales: [ja, en\ntimeZone: Asia/Tokyo\n" },
    expect: { name: "MarketDropped", origin: "markets/jp.yaml" },
    buildExit: 1,
  },
  {
    name: "a market written as a list",
    files: { "markets/jp.yaml": "- name: Japan\n- locales: [ja]\n" },
    expect: { name: "InvalidFieldType", origin: "markets/jp.yaml" },
    buildExit: 1,
    absentCodes: ["UndeclaredLocale"],
  },
  {
    name: "a market with a non-canonical locale",
    files: { "markets/jp.yaml": { ...jp, locales: ["ja-jp", "en"] } },
    expect: { name: "InvalidLocale", origin: "markets/jp.yaml", path: "locales[0]" },
    buildExit: 1,
    absentCodes: ["UndeclaredLocale"],
  },
  {
    name: "a market with an invalid time zone",
    files: { "markets/jp.yaml": { ...jp, timeZone: "Tokyo" } },
    expect: { name: "InvalidTimeZone", origin: "markets/jp.yaml", path: "timeZone" },
    buildExit: 1,
  },
  {
    name: "a missing audiences.yaml",
    files: { "audiences.yaml": undefined },
    expect: { name: "AudienceDropped", origin: "audiences.yaml" },
    buildExit: 1,
    absentCodes: ["UndeclaredLocale"],
  },
  {
    name: "audiences.yaml written as a list",
    files: { "audiences.yaml": "- public\n- press\n" },
    expect: { name: "InvalidFieldType", origin: "audiences.yaml" },
    buildExit: 1,
  },
  {
    name: "a missing brand.yaml",
    files: { "brand.yaml": undefined },
    expect: { name: "BrandUnusable", origin: "brand.yaml" },
    buildExit: 1,
  },
  {
    name: "a brand whose YAML is broken",
    files: { "brand.yaml": "name: Maison Test\ndefaultLocale: fr\ncreditLine: { fr: 'x'\n" },
    expect: { name: "ContentSyntaxError", origin: "brand.yaml" },
    buildExit: 1,
  },
  {
    name: "a brand without a credit line in its default locale",
    files: { "brand.yaml": { ...brand, creditLine: { en: "Photo: {creator}" } } },
    expect: { name: "MissingCreditLine", origin: "brand.yaml", path: "creditLine.fr" },
    buildExit: 1,
  },
  {
    name: "a build where every entry is still embargoed publishes nothing and fails",
    files: {
      "stories/la-maison/index.md": markdown(
        { title: "La Maison", hero: "hero", embargo: { publishAt: "2099-01-01" } },
        "Il était une fois.",
      ),
      "capsules/nuit/index.md": markdown(
        {
          title: "Nuit",
          season: "FW26",
          keyVisuals: ["hero"],
          embargo: { publishAt: "2099-01-01" },
        },
        "La nuit.",
      ),
      "products/sac-nuit/index.md": undefined,
      "products/sac-nuit/index.en.md": undefined,
    },
    expect: { name: "NothingToPublish", origin: "content" },
    buildExit: 1,
  },
  {
    name: "a build where every entry has an error publishes nothing and fails",
    files: {
      "stories/la-maison/index.md": markdown({ title: "La Maison", hero: "nope" }, "Il était."),
      "capsules/nuit/index.md": markdown({ title: "Nuit", keyVisuals: ["hero"] }, "La nuit."),
      "products/sac-nuit/index.md": undefined,
      "products/sac-nuit/index.en.md": undefined,
    },
    expect: { name: "NothingToPublish", origin: "content" },
    buildExit: 1,
  },
]);
