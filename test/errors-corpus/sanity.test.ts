import { copyFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SanityDocumentLike } from "../../src/sources/sanity/perspective.ts";
import type { SanityQueries } from "../../src/sources/sanity/projections.ts";
import { houseWithPhotos } from "../support/house.ts";
import { writeExportArchive } from "../support/sanity-export-archive.ts";
import { type SanityHouse, sanityHouse } from "../support/sanity-house.ts";
import { runCorpus } from "./harness.ts";

/**
 * The bad-input corpus for a house in Sanity: the good house is a dataset export
 * (`--source sanity-export`, the same GROQ and mapping as the live source), and each case is one
 * mistake in its documents or in the house's `sanity.queries`.
 */
const ARCHIVE = "house.tar.gz";

let goodHouse: Promise<SanityHouse> | undefined;

/** The good house's dataset, changed by `change`, written as the house's export archive. */
async function writeDataset(root: string, change: (documents: SanityDocumentLike[]) => void) {
  goodHouse ??= houseWithPhotos().then(sanityHouse);
  const house = await goodHouse;
  const documents = structuredClone(house.documents);
  change(documents);
  await copyFile(await writeExportArchive({ ...house, documents }), path.join(root, ARCHIVE));
}

/** The house's config: the export, and its own queries when it has any. */
async function writeConfig(root: string, queries?: SanityQueries) {
  const config = { sanity: { export: ARCHIVE, ...(queries ? { queries } : {}) } };
  await writeFile(
    path.join(root, "relais.config.ts"),
    `export default ${JSON.stringify(config, null, 2)};\n`,
  );
}

function documentOf(documents: SanityDocumentLike[], id: string): Record<string, unknown> {
  const found = documents.find((doc) => doc._id === id);
  if (!found) throw new Error(`the good house has no document ${id}`);
  return found;
}

const blocks = (text: string) => [
  {
    _key: "b1",
    _type: "block",
    style: "normal",
    markDefs: [],
    children: [{ _key: "s1", _type: "span", marks: [], text }],
  },
];

const story = 'relaisStory "la-maison" (document story-la-maison)';

runCorpus(
  "a house in Sanity",
  [
    {
      name: "a misspelled document type in sanity.queries reads no story, and names the types that exist",
      prepare: (root) => writeConfig(root, { story: { type: "relaisStroy" } }),
      expect: {
        name: "SourceQueryEmpty",
        origin: "sanity query story",
        path: "sanity.queries.story.type",
        found: /did you mean "relaisStory"\? its document types: .*relaisCapsule/,
      },
      buildExit: 0,
      stillBuilt: ["capsule/nuit", "product/sac-nuit"],
      leftOut: ["story/la-maison"],
    },
    {
      name: "a misspelled brand type leaves nothing to build, and says so",
      prepare: (root) => writeConfig(root, { brand: { type: "relaisBrnd" } }),
      expect: {
        name: "SourceQueryEmpty",
        origin: "sanity query brand",
        path: "sanity.queries.brand.type",
        found: /did you mean "relaisBrand"\?/,
      },
      checkExit: 1,
      buildExit: 1,
    },
    {
      name: "Portable Text as a translation's title is reported as such, not as a list",
      prepare: (root) =>
        writeDataset(root, (documents) => {
          documentOf(documents, "story-la-maison").title = [
            { _key: "fr", _type: "relaisLocaleString", value: blocks("La maison") },
            { _key: "en", _type: "relaisLocaleString", value: "The house" },
          ];
        }),
      expect: {
        name: "InvalidFieldType",
        origin: story,
        path: "title",
        found: /Portable Text in fr/,
      },
      buildExit: 0,
      stillBuilt: ["capsule/nuit"],
      leftOut: ["story/la-maison"],
    },
    {
      name: "two image documents under one asset slug are both left out, not one shown for the other",
      prepare: (root) =>
        writeDataset(root, (documents) => {
          const detail = documentOf(documents, "asset-detail");
          documents.push({
            ...detail,
            _id: "asset-hero-2",
            slug: { _type: "slug", current: "hero" },
          });
        }),
      expect: {
        name: "DuplicateSlug",
        origin: 'relaisAsset "hero" (document asset-hero)',
        path: "slug",
        found: /"hero", also used by relaisAsset "hero" \(document asset-hero-2\)/,
      },
      buildExit: 0,
      // The story keeps its gallery image; the capsule and the product had only the hero.
      stillBuilt: ["story/la-maison"],
      leftOut: ["capsule/nuit", "product/sac-nuit"],
    },
    {
      name: "two markets with one slug are both left out, without a crash or a staging folder",
      prepare: (root) =>
        writeDataset(root, (documents) => {
          const france = documentOf(documents, "market-fr");
          documents.push({ ...france, _id: "market-fr-2", name: "France (copy)" });
        }),
      expect: {
        name: "DuplicateSlug",
        origin: 'relaisMarket "fr" (document market-fr-2)',
        path: "slug",
      },
      buildExit: 1,
      stillBuilt: ["story/la-maison"],
    },
    {
      name: "two audiences with one slug are both left out, not merged into one",
      prepare: (root) =>
        writeDataset(root, (documents) => {
          const press = documentOf(documents, "audience-press");
          documents.push({ ...press, _id: "audience-press-2", usage: "commerce" });
        }),
      expect: {
        name: "DuplicateSlug",
        origin: 'relaisAudience "press" (document audience-press)',
        path: "slug",
      },
      buildExit: 1,
      stillBuilt: ["story/la-maison", "capsule/nuit"],
      leftOut: ["product/sac-nuit"],
    },
    {
      name: "a second brand document leaves the build without a brand, instead of picking one",
      prepare: (root) =>
        writeDataset(root, (documents) => {
          const brand = documentOf(documents, "relaisBrand");
          documents.push({ ...brand, _id: "a1b2c3", name: "Maison Test (draft copy)" });
        }),
      expect: { name: "DuplicateSlug", origin: "relaisBrand (document a1b2c3)", path: "" },
      checkExit: 1,
      buildExit: 1,
    },
    {
      name: "a GROQ syntax error names the config field and its place in the house's projection",
      prepare: (root) =>
        writeConfig(root, {
          story: {
            projection: `{
  "slug": slug.current, "hero": hero->slug.current,
  title body
}`,
          },
        }),
      expect: {
        name: "SourceQueryInvalid",
        origin: "relais.config.ts",
        path: "sanity.queries.story.projection",
        found: /^a syntax error at line 3, column 9: .*right after ` {2}title `/,
      },
      buildExit: 1,
      stillBuilt: ["capsule/nuit", "product/sac-nuit"],
      leftOut: ["story/la-maison"],
    },
    {
      name: "an unknown GROQ function in a projection names the config field",
      prepare: (root) =>
        writeConfig(root, {
          story: `{ "slug": slug.current, "hero": hero->slug.current, title, "body": pt::txt(body) }`,
        }),
      expect: {
        name: "SourceQueryInvalid",
        origin: "relais.config.ts",
        path: "sanity.queries.story",
        found: /Undefined function: txt/,
      },
      buildExit: 1,
      stillBuilt: ["capsule/nuit"],
    },
    {
      name: "a projection that misspells embargo (embrago) leaves the capsule out, not published early",
      prepare: async (root) => {
        await writeDataset(root, (documents) => {
          documentOf(documents, "capsule-nuit").embargo = { publishAt: "2099-01-01" };
        });
        await writeConfig(root, {
          capsule: `{
  "slug": slug.current, season, "keyVisuals": keyVisuals[]->slug.current,
  "products": products[]->slug.current, title, dek, body, embrago
}`,
        });
      },
      expect: {
        name: "UnknownField",
        origin: 'relaisCapsule "nuit" (document capsule-nuit)',
        path: "embrago",
        found: /the field "embrago"/,
      },
      buildExit: 0,
      stillBuilt: ["story/la-maison"],
      leftOut: ["capsule/nuit", "product/sac-nuit"],
      neverPublished: ["La nuit.", "The night."],
    },
  ],
  {
    prepare: async (root) => {
      await writeDataset(root, () => {});
      await writeConfig(root);
    },
    args: ["--source", "sanity-export"],
  },
);
