import { markdown, minimalHouse } from "../support/house.ts";
import { runCorpus } from "./harness.ts";

const hero = minimalHouse()["assets/hero.yaml"] as { licence: Record<string, unknown> };

const capsule = (embargo: Record<string, unknown>) =>
  markdown(
    { title: "Nuit", season: "FW26", keyVisuals: ["hero"], products: ["sac-nuit"], embargo },
    "La nuit.",
  );

/**
 * Moments that are not instants: a leap second would be read as the second before it (Temporal
 * clamps :60 to :59), so an embargo written 09:59:60 for 10:00 would lift a second early.
 */
runCorpus("moments that name no valid instant", [
  {
    name: "an embargo at a leap second, local time, leaves the capsule and its product out",
    files: { "capsules/nuit/index.md": capsule({ publishAt: "2099-03-01T09:59:60" }) },
    expect: {
      name: "InvalidDate",
      origin: "capsules/nuit/index.md",
      path: "embargo.publishAt",
      found: /09:59:60/,
    },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
    leftOut: ["capsule/nuit", "product/sac-nuit"],
    neverPublished: ["La nuit.", "The night.", "Night Bag"],
  },
  {
    name: "a market's embargo at a leap second instant leaves the capsule out",
    files: {
      "capsules/nuit/index.md": capsule({ markets: { jp: "2099-03-01T00:59:60Z" } }),
    },
    expect: {
      name: "InvalidDate",
      origin: "capsules/nuit/index.md",
      path: "embargo.markets.jp",
    },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
    leftOut: ["capsule/nuit", "product/sac-nuit"],
  },
  {
    name: "a licence ending at a leap second leaves the image out",
    files: {
      "assets/hero.yaml": {
        ...hero,
        licence: { ...hero.licence, expires: "2026-12-31T23:59:60Z" },
      },
    },
    expect: { name: "InvalidDate", origin: "assets/hero.yaml", path: "licence.expires" },
    buildExit: 0,
    assetsLeftOut: ["hero"],
  },
]);
