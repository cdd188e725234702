import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../src/config/resolve-config.ts";
import type { Source } from "../../src/sources/contract.ts";
import { settingsElsewhere } from "../../src/sources/house-settings.ts";
import type { SettingsElsewhere } from "../../src/sources/sanity/load-snapshot.ts";
import type { SanityQueries } from "../../src/sources/sanity/projections.ts";
import { createSanitySource } from "../../src/sources/sanity/sanity-source.ts";
import { createSanityExportSource } from "../../src/sources/sanity-export/sanity-export-source.ts";
import { validateCatalog } from "../../src/validate/validate-catalog.ts";
import { type HouseFiles, minimalHouse, writeHouse } from "../support/house.ts";
import { writeExportArchive } from "../support/sanity-export-archive.ts";
import {
  type SanityHouse,
  sanityHouse,
  serveSanityHouse,
  sourceOptions,
} from "../support/sanity-house.ts";

/**
 * A house maps its own schema with a filter, a transform and the brand's id per kind, and keeps
 * its settings outside the dataset; both Sanity drivers read it the same way.
 */
interface Reading {
  queries?: SanityQueries;
  settings?: SettingsElsewhere;
}

const drivers: Record<string, (house: SanityHouse, reading?: Reading) => Promise<Source>> = {
  sanity: async (house, reading = {}) =>
    createSanitySource(await sourceOptions(await serveSanityHouse(house), reading)),
  "sanity-export": async (house, reading = {}) =>
    createSanityExportSource({
      file: await writeExportArchive(house),
      cacheDir: await mkdtemp(path.join(tmpdir(), "relais-sanity-cache-")),
      ...reading,
    }),
};

const idsOf = (documents: { kind: string; id: string }[], kind: string) =>
  documents.filter((doc) => doc.kind === kind).map((doc) => doc.id);

/** The minimal house with a second story, so a filter has something to leave out. */
function twoStories(): HouseFiles {
  return {
    ...minimalHouse(),
    "stories/second/index.md": {
      frontmatter: { title: "Seconde", hero: "hero" },
      body: "Une autre histoire.",
    },
  };
}

for (const [driver, createSource] of Object.entries(drivers)) {
  describe(`${driver} source: mapping a house's own schema`, () => {
    it("reads only the documents a kind's filter keeps", async () => {
      const house = await sanityHouse(twoStories());
      const all = await (await createSource(house)).load();
      expect(idsOf(all.documents, "story")).toEqual(["la-maison", "second"]);
      const source = await createSource(house, {
        queries: { story: { filter: 'slug.current != "second"' } },
      });
      const { documents, issues } = await source.load();
      expect(issues).toEqual([]);
      expect(idsOf(documents, "story")).toEqual(["la-maison"]);
    });

    it("reports a filter that does not parse, naming the config field, and reads the other kinds", async () => {
      const source = await createSource(await sanityHouse(minimalHouse()), {
        queries: { story: { filter: 'language == "en" &&' } },
      });
      const { documents, issues } = await source.load();
      expect(issues).toEqual([
        expect.objectContaining({
          name: "SourceQueryInvalid",
          origin: "relais.config.ts",
          path: "sanity.queries.story.filter",
          found: expect.stringMatching(/^a syntax error at line 1, column \d+/),
        }),
      ]);
      expect(idsOf(documents, "story")).toEqual([]);
      expect(idsOf(documents, "capsule")).toEqual(["nuit"]);
    });

    it("says when a filter keeps nothing, rather than building an empty kind in silence", async () => {
      const source = await createSource(await sanityHouse(minimalHouse()), {
        queries: { story: { filter: 'language == "en"' } },
      });
      const { issues } = await source.load();
      expect(issues).toEqual([
        expect.objectContaining({
          name: "SourceQueryEmpty",
          path: "sanity.queries.story.type",
          found: 'none that matches sanity.queries.story.filter ((language == "en"))',
        }),
      ]);
    });

    it("reads the brand chosen by its id when the dataset holds two brand documents", async () => {
      const house = await sanityHouse(minimalHouse());
      const brand = house.documents.find((doc) => doc._type === "relaisBrand");
      house.documents.push({
        ...structuredClone(brand),
        _id: "old-brand",
        name: "Ancienne",
      } as never);
      const both = await (await createSource(house)).load();
      expect(both.issues.map((issue) => issue.name)).toContain("DuplicateSlug");
      const chosen = await (
        await createSource(house, { queries: { brand: { id: String(brand?._id) } } })
      ).load();
      expect(chosen.issues).toEqual([]);
      expect(chosen.documents.find((doc) => doc.kind === "brand")?.data).toMatchObject({
        name: "Maison Test",
      });
    });

    it("runs a kind's transform on each document, and reports one that throws without losing the others", async () => {
      const house = await sanityHouse(twoStories());
      const source = await createSource(house, {
        queries: {
          story: {
            transform: (value, { documentId, slugify }) => {
              const story = value as { slug: string; tags?: string[] };
              if (story.slug === "second") throw new TypeError(`no tags on ${documentId}`);
              return { ...story, tags: [slugify("Haute Maroquinerie")] };
            },
          },
        },
      });
      const { documents, issues } = await source.load();
      expect(issues).toEqual([
        expect.objectContaining({
          name: "SourceTransformFailed",
          origin: "relaisStory (document story-second)",
          path: "sanity.queries.story.transform",
          found: "TypeError: no tags on story-second",
        }),
      ]);
      const stories = documents.filter((doc) => doc.kind === "story");
      expect(stories.map((doc) => [doc.id, (doc.data as { tags?: unknown }).tags])).toEqual([
        ["la-maison", ["haute-maroquinerie"]],
      ]);
    });

    it("reads the brand, audiences and markets from content/ and entries and images from the dataset", async () => {
      const files = minimalHouse();
      const house = await sanityHouse(files);
      const full = validateCatalog(await (await createSource(house)).load());
      // The dataset keeps its market documents, which its entries reference, but they are not
      // read: the markets are content/'s, as the changed name shows.
      const settingsTypes = new Set<unknown>(["relaisBrand", "relaisAudience"]);
      const entriesOnly = {
        ...house,
        documents: house.documents.filter((doc) => !settingsTypes.has(doc._type)),
      };
      const france = files["markets/fr.yaml"] as Record<string, unknown>;
      const root = await writeHouse({
        ...files,
        "markets/fr.yaml": { ...france, name: "France (content)" },
      });
      const config = resolveConfig(root, {
        source: driver as "sanity",
        content: ".",
        sanity: { settings: "content" },
      });
      const settings = await settingsElsewhere(config);
      const mixed = validateCatalog(await (await createSource(entriesOnly, { settings })).load());
      expect(mixed.issues).toEqual([]);
      expect(mixed.catalog?.brand).toEqual(full.catalog?.brand);
      expect(mixed.catalog?.audiences).toEqual(full.catalog?.audiences);
      expect(mixed.catalog?.markets.map((market) => market.name)).toEqual([
        "France (content)",
        "Japan",
      ]);
      expect(mixed.catalog?.entries).toEqual(full.catalog?.entries);
    });

    it("reports the settings content/ lacks instead of reading the dataset's", async () => {
      const house = await sanityHouse(minimalHouse());
      const root = await writeHouse({ "notes.txt": "no settings here" } as unknown as HouseFiles);
      const config = resolveConfig(root, {
        source: driver as "sanity",
        content: ".",
        sanity: { settings: "content" },
      });
      const settings = await settingsElsewhere(config);
      const { documents, issues } = await (await createSource(house, { settings })).load();
      expect(documents.filter((doc) => doc.kind === "brand")).toEqual([
        expect.objectContaining({ origin: "brand.yaml", unreadable: true }),
      ]);
      expect(issues).toContainEqual(
        expect.objectContaining({ name: "MissingFile", origin: "brand.yaml" }),
      );
    });
  });
}

describe("house settings written in relais.config.ts", () => {
  it("become the brand, audiences and markets, named by their place in the config", async () => {
    const house = minimalHouse();
    const config = resolveConfig("/house", {
      source: "sanity-export",
      house: {
        brand: house["brand.yaml"] as Record<string, unknown>,
        audiences: house["audiences.yaml"] as Record<string, unknown>,
        markets: { fr: house["markets/fr.yaml"] as Record<string, unknown> },
      },
    });
    const settings = await settingsElsewhere(config);
    expect(settings?.brand).toMatchObject({
      kind: "brand",
      origin: "relais.config.ts (house.brand)",
      data: { name: "Maison Test" },
    });
    expect(settings?.audiences?.origin).toBe("relais.config.ts (house.audiences)");
    expect(settings?.markets?.map((market) => [market.id, market.origin])).toEqual([
      ["fr", "relais.config.ts (house.markets.fr)"],
    ]);
  });

  it("are nothing to read elsewhere when the config has none", async () => {
    expect(await settingsElsewhere(resolveConfig("/house", { source: "sanity" }))).toBeUndefined();
  });
});
