import { markdown, minimalHouse } from "../support/house.ts";
import { runCorpus } from "./harness.ts";

const house = minimalHouse();
const hero = house["assets/hero.yaml"] as { licence: Record<string, unknown> };
const detail = house["assets/detail.yaml"] as { licence: Record<string, unknown> };

const capsule = (extra: Record<string, unknown>) =>
  markdown(
    { title: "Nuit", season: "FW26", keyVisuals: ["hero"], products: ["sac-nuit"], ...extra },
    "La nuit.",
  );
const story = (extra: Record<string, unknown>) =>
  markdown(
    {
      title: "La Maison",
      dek: "Depuis 1854",
      year: 1854,
      hero: "hero",
      gallery: ["detail"],
      ...extra,
    },
    "Il était une fois.",
  );

/**
 * A misspelled key that decides what may be published (embargo, expiry, territories, markets,
 * availability, usage) leaves its document out, loudly, with or without --strict.
 */
runCorpus("misspelled keys that decide what may be published", [
  {
    name: "embrago: for embargo: leaves the capsule and its product out everywhere",
    files: { "capsules/nuit/index.md": capsule({ embrago: { publishAt: "2099-01-01" } }) },
    expect: { name: "UnknownField", origin: "capsules/nuit/index.md", path: "embrago" },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
    leftOut: ["capsule/nuit", "product/sac-nuit"],
    neverPublished: ["La nuit.", "The night.", "Night Bag"],
  },
  {
    name: "embargo.markts: inside the embargo leaves the capsule out",
    files: { "capsules/nuit/index.md": capsule({ embargo: { markts: { jp: "2099-01-01" } } }) },
    expect: { name: "UnknownField", origin: "capsules/nuit/index.md", path: "embargo.markts" },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
    leftOut: ["capsule/nuit"],
  },
  {
    name: "unpublishedAt: for unpublishAt: leaves the story out",
    files: { "stories/la-maison/index.md": story({ unpublishedAt: "2020-01-01" }) },
    expect: { name: "UnknownField", origin: "stories/la-maison/index.md", path: "unpublishedAt" },
    buildExit: 0,
    stillBuilt: ["capsule/nuit"],
    leftOut: ["story/la-maison"],
    neverPublished: ["Il était une fois."],
  },
  {
    name: "markets.exclud: leaves the story out",
    files: { "stories/la-maison/index.md": story({ markets: { exclud: ["jp"] } }) },
    expect: { name: "UnknownField", origin: "stories/la-maison/index.md", path: "markets.exclud" },
    buildExit: 0,
    leftOut: ["story/la-maison"],
  },
  {
    name: "expire: for a licence's expires: leaves the image out",
    files: {
      "assets/detail.yaml": { ...detail, licence: { ...detail.licence, expire: "2020-01-01" } },
    },
    expect: { name: "UnknownField", origin: "assets/detail.yaml", path: "licence.expire" },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
    assetsLeftOut: ["detail"],
  },
  {
    name: "exlude: for a territory's exclude: leaves the image out",
    files: {
      "assets/hero.yaml": {
        ...hero,
        licence: { ...hero.licence, territories: { exlude: ["jp"] } },
      },
    },
    expect: {
      name: "UnknownField",
      origin: "assets/hero.yaml",
      path: "licence.territories.exlude",
    },
    buildExit: 0,
    assetsLeftOut: ["hero"],
  },
  {
    name: "alow: for a territory's allow: leaves the image out",
    files: {
      "assets/detail.yaml": {
        ...detail,
        licence: { ...detail.licence, territories: { alow: ["fr"] } },
      },
    },
    expect: {
      name: "UnknownField",
      origin: "assets/detail.yaml",
      path: "licence.territories.alow",
    },
    buildExit: 0,
    assetsLeftOut: ["detail"],
  },
  {
    name: "usages: for a licence's usage: leaves the image out",
    files: {
      "assets/detail.yaml": {
        ...detail,
        licence: { name: "GPL-2.0-or-later", usages: ["social"], usage: ["social"] },
      },
    },
    expect: { name: "UnknownField", origin: "assets/detail.yaml", path: "licence.usages" },
    buildExit: 0,
    assetsLeftOut: ["detail"],
  },
  {
    name: "soldin: for a product's soldIn: leaves the product out",
    files: {
      "products/sac-nuit/index.md": markdown(
        { name: "Sac Nuit", sku: "MT-FW26-001", capsule: "nuit", images: ["hero"], soldin: ["fr"] },
        "Un sac.",
      ),
    },
    expect: { name: "UnknownField", origin: "products/sac-nuit/index.md", path: "soldin" },
    buildExit: 0,
    stillBuilt: ["capsule/nuit"],
    leftOut: ["product/sac-nuit"],
  },
  {
    name: "a translation's titel: drops that translation only",
    files: {
      "stories/la-maison/index.en.md": markdown({ titel: "The House" }, "Once upon a time."),
    },
    expect: { name: "UnknownField", origin: "stories/la-maison/index.en.md", path: "titel" },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
    neverPublished: ["Once upon a time."],
  },
  {
    name: "an audience's usge: drops the audience and stops the build",
    files: {
      "audiences.yaml": {
        public: { name: "Fans", receives: ["story", "capsule"], usage: "social" },
        press: { name: "Press", receives: ["story", "capsule", "product"], usge: "editorial" },
      },
    },
    expect: { name: "AudienceDropped", origin: "audiences.yaml", path: "press" },
    buildExit: 1,
  },
  {
    name: "a market's timezone: drops the market and stops the build",
    files: {
      "markets/jp.yaml": {
        name: "Japan",
        locales: ["ja", "en"],
        timezone: "Asia/Tokyo",
        channels: ["line/rich-message", "x/post"],
      },
    },
    expect: { name: "UnknownField", origin: "markets/jp.yaml", path: "timezone" },
    buildExit: 1,
    absentCodes: ["UndeclaredLocale"],
  },
]);
