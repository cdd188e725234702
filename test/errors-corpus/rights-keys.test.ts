import { houseWithPhotos, markdown, minimalHouse } from "../support/house.ts";
import { runCorpus } from "./harness.ts";

const house = minimalHouse();
const asset = house["assets/hero.yaml"] as { licence: Record<string, unknown> };

/** A misspelled key that decides what may be published leaves its document out, loudly. */
runCorpus("misspelled rights keys", [
  {
    name: "embrago: for embargo: leaves the capsule out everywhere",
    files: {
      "capsules/nuit/index.md": markdown(
        {
          title: "Nuit",
          season: "FW26",
          keyVisuals: ["hero"],
          products: ["sac-nuit"],
          embrago: { publishAt: "2099-01-01" },
        },
        "La nuit.",
      ),
    },
    expect: { name: "UnknownField", origin: "capsules/nuit/index.md", path: "embrago" },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
    leftOut: ["capsule/nuit", "product/sac-nuit"],
    neverPublished: ["La nuit.", "The night."],
  },
  {
    name: "expire: for a licence's expires: leaves the image out",
    files: {
      "assets/detail.yaml": {
        ...(house["assets/detail.yaml"] as object),
        licence: { name: "GPL-2.0-or-later", usage: ["social", "editorial"], expire: "2020-01-01" },
      },
    },
    expect: { name: "UnknownField", origin: "assets/detail.yaml", path: "licence.expire" },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
  },
  {
    name: "exlude: for a territory's exclude: leaves the image out",
    files: {
      "assets/hero.yaml": {
        ...asset,
        licence: { ...asset.licence, territories: { exlude: ["jp"] } },
      },
    },
    expect: {
      name: "UnknownField",
      origin: "assets/hero.yaml",
      path: "licence.territories.exlude",
    },
    buildExit: 0,
  },
]);
void houseWithPhotos;
