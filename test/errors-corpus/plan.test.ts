import { markdown, minimalHouse } from "../support/house.ts";
import { runCorpus } from "./harness.ts";

const house = minimalHouse();
const fr = house["markets/fr.yaml"] as Record<string, unknown>;
const jp = house["markets/jp.yaml"] as Record<string, unknown>;
const hero = house["assets/hero.yaml"] as { licence: Record<string, unknown> };

/** Mistakes only the whole catalog shows. */
runCorpus("plan-level mistakes", [
  {
    name: "an unknown channel id in a market",
    files: { "markets/jp.yaml": { ...jp, channels: ["line/rich-message", "x/psot"] } },
    expect: { name: "UnknownChannel", origin: "markets/jp.yaml", path: "channels[1]" },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
  },
  {
    name: "a misspelled channel id is answered with the nearest one",
    files: { "markets/fr.yaml": { ...fr, channels: ["instagram/feed-portrat"] } },
    expect: { name: "UnknownChannel", origin: "markets/fr.yaml", path: "channels[0]" },
    buildExit: 0,
  },
  {
    name: "an unknown channel in an audience's channels is answered with the nearest platform",
    files: {
      "audiences.yaml": {
        public: {
          name: "Fans",
          receives: ["story", "capsule"],
          usage: "social",
          channels: ["instagram", "linee"],
        },
        press: { name: "Press", receives: ["story", "capsule", "product"], usage: "editorial" },
      },
    },
    expect: {
      name: "UnknownChannel",
      origin: "audiences.yaml",
      path: "public.channels[1]",
      found: /"linee"/,
    },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
  },
  {
    name: "a product sold only where it is never published",
    files: {
      "products/sac-nuit/index.md": markdown(
        {
          name: "Sac Nuit",
          sku: "MT-FW26-001",
          capsule: "nuit",
          images: ["hero"],
          soldIn: ["jp"],
          markets: { include: ["fr"] },
        },
        "Un sac.",
      ),
    },
    expect: { name: "EntryReachesNothing", origin: "products/sac-nuit/index.md" },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
  },
  {
    name: "a story whose only image is licensed for no market of the house",
    files: {
      "stories/la-maison/index.md": markdown({ title: "La Maison", hero: "hero" }, "Il était."),
      "assets/hero.yaml": {
        ...hero,
        licence: { ...hero.licence, territories: { exclude: ["fr", "jp"] } },
      },
    },
    expect: { name: "EntryReachesNothing", origin: "stories/la-maison/index.md" },
    buildExit: 1,
    checkExit: 1,
  },
  {
    name: "a reference to a market that does not exist",
    files: {
      "stories/la-maison/index.md": markdown(
        { title: "La Maison", hero: "hero", markets: { exclude: ["japan"] } },
        "Il était.",
      ),
    },
    expect: {
      name: "UnknownMarketReference",
      origin: "stories/la-maison/index.md",
      path: "markets.exclude[0]",
    },
    buildExit: 0,
    leftOut: ["story/la-maison"],
  },
]);
