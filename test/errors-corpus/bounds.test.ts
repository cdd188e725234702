import { markdown, minimalHouse } from "../support/house.ts";
import { runCorpus } from "./harness.ts";

const house = minimalHouse();
const detail = house["assets/detail.yaml"] as { alt: Record<string, string> };
const jp = house["markets/jp.yaml"] as Record<string, unknown>;

const story = (extra: Record<string, unknown>, body = "Il était une fois.") =>
  markdown({ title: "La Maison", hero: "hero", gallery: ["detail"], ...extra }, body);

/** Every text has a bound, and nothing hidden reaches a caption. */
runCorpus("bounds and hidden characters", [
  {
    name: "a 1 MB dek",
    files: { "stories/la-maison/index.md": story({ dek: "x".repeat(1_048_576) }) },
    expect: { name: "TextTooLong", origin: "stories/la-maison/index.md", path: "dek" },
    buildExit: 0,
    leftOut: ["story/la-maison"],
    stillBuilt: ["capsule/nuit"],
  },
  {
    name: "a 12 MB body",
    files: { "stories/la-maison/index.md": story({}, "Il était une fois. ".repeat(660_000)) },
    expect: { name: "TextTooLong", origin: "stories/la-maison/index.md", path: "body" },
    buildExit: 0,
    leftOut: ["story/la-maison"],
  },
  {
    name: "a 400-character title in a translation drops that translation",
    files: { "stories/la-maison/index.en.md": markdown({ title: "T".repeat(400) }, "Once.") },
    expect: { name: "TextTooLong", origin: "stories/la-maison/index.en.md", path: "title" },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
  },
  {
    name: "a right-to-left override in a title",
    files: { "stories/la-maison/index.md": story({ title: "La \u202Enosiam" }) },
    expect: { name: "HiddenCharacters", origin: "stories/la-maison/index.md", path: "title" },
    buildExit: 0,
    leftOut: ["story/la-maison"],
    neverPublished: ["\u202E"],
  },
  {
    name: "a zero-width space in a dek",
    files: { "stories/la-maison/index.md": story({ dek: "Depuis\u200B1854" }) },
    expect: { name: "HiddenCharacters", origin: "stories/la-maison/index.md", path: "dek" },
    buildExit: 0,
    leftOut: ["story/la-maison"],
  },
  {
    name: "an isolate in a product name",
    files: {
      "products/sac-nuit/index.en.md": markdown({ name: "Night \u2066Bag\u2069" }, "A bag."),
    },
    expect: { name: "HiddenCharacters", origin: "products/sac-nuit/index.en.md", path: "name" },
    buildExit: 0,
    stillBuilt: ["product/sac-nuit"],
  },
  {
    name: "a byte-order mark inside an alt text",
    files: {
      "assets/detail.yaml": { ...detail, alt: { ...detail.alt, fr: "Une\uFEFF couture" } },
    },
    expect: { name: "HiddenCharacters", origin: "assets/detail.yaml", path: "alt.fr" },
    buildExit: 0,
    assetsLeftOut: ["detail"],
  },
  {
    name: "an override in a market's legal line drops the market",
    files: { "markets/jp.yaml": { ...jp, legalLines: { ja: ["\u202D広告"] } } },
    expect: { name: "HiddenCharacters", origin: "markets/jp.yaml", path: "legalLines.ja[0]" },
    buildExit: 1,
  },
]);
