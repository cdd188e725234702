import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Source } from "../../src/sources/contract.ts";
import { type DatasetReader, loadSnapshot } from "../../src/sources/sanity/load-snapshot.ts";
import type { SanityDocumentLike } from "../../src/sources/sanity/perspective.ts";
import { pageQuery, type SanityQueries } from "../../src/sources/sanity/projections.ts";
import { queryContentApi } from "../../src/sources/sanity/query-content-api.ts";
import { QueryRejected } from "../../src/sources/sanity/query-rejected.ts";
import { createSanitySource } from "../../src/sources/sanity/sanity-source.ts";
import { createSanityExportSource } from "../../src/sources/sanity-export/sanity-export-source.ts";
import { minimalHouse } from "../support/house.ts";
import { writeExportArchive } from "../support/sanity-export-archive.ts";
import {
  type SanityHouse,
  sanityHouse,
  serveSanityHouse,
  sourceOptions,
} from "../support/sanity-house.ts";

/**
 * A house's own queries, read by both Sanity drivers: a type that reads nothing and a projection
 * that does not parse are issues naming the config field, never a silent empty kind nor a stack
 * trace, and the other kinds are still read.
 */
const drivers: Record<string, (house: SanityHouse, queries?: SanityQueries) => Promise<Source>> = {
  sanity: async (house, queries) =>
    createSanitySource(await sourceOptions(await serveSanityHouse(house), { queries })),
  "sanity-export": async (house, queries) =>
    createSanityExportSource({
      file: await writeExportArchive(house),
      cacheDir: await mkdtemp(path.join(tmpdir(), "relais-sanity-cache-")),
      queries,
    }),
};

const kindsOf = (documents: { kind: string }[]) => [...new Set(documents.map((doc) => doc.kind))];

for (const [driver, createSource] of Object.entries(drivers)) {
  describe(`${driver} source: a house's queries`, () => {
    it("reports a type that reads no document, with the type it may have meant", async () => {
      const source = await createSource(await sanityHouse(minimalHouse()), {
        story: { type: "relaisStroy" },
      });
      const { documents, issues } = await source.load();
      expect(issues).toEqual([
        expect.objectContaining({
          name: "SourceQueryEmpty",
          origin: "sanity query story",
          path: "sanity.queries.story.type",
          expected: 'documents of type "relaisStroy" (the stories)',
          found:
            'none in the dataset (did you mean "relaisStory"? its document types: relaisAsset, relaisAudience, relaisBrand, relaisCapsule, relaisMarket, relaisProduct, relaisStory)',
        }),
      ]);
      expect(kindsOf(documents)).toEqual([
        "brand",
        "audiences",
        "market",
        "asset",
        "capsule",
        "product",
      ]);
    });

    it("reports a projection that does not parse at its place in the house's own string", async () => {
      const projection = `
  {
    "slug": slug.current,
    title body
  }`;
      const source = await createSource(await sanityHouse(minimalHouse()), {
        capsule: { projection },
      });
      const { documents, issues } = await source.load();
      expect(issues).toEqual([
        expect.objectContaining({
          name: "SourceQueryInvalid",
          origin: "relais.config.ts",
          path: "sanity.queries.capsule.projection",
          found:
            'a syntax error at line 4, column 11: Expected "}" after object, right after `    title `',
        }),
      ]);
      expect(documents.some((doc) => doc.kind === "capsule")).toBe(false);
      expect(documents.some((doc) => doc.kind === "story")).toBe(true);
    });

    it("reports an empty brand, audience or market kind, but not a house without products", async () => {
      const house = await sanityHouse(minimalHouse());
      const withoutSome = {
        ...house,
        documents: house.documents.filter(
          (doc) => doc._type !== "relaisMarket" && doc._type !== "relaisProduct",
        ),
      };
      const { issues } = await (await createSource(withoutSome)).load();
      expect(issues.map((issue) => `${issue.name} ${issue.origin}`)).toEqual([
        "SourceQueryEmpty sanity query market",
      ]);
    });

    it("leaves out both brand documents when there are two, instead of picking one", async () => {
      const house = await sanityHouse(minimalHouse());
      const brand = house.documents.find(
        (doc) => doc._type === "relaisBrand",
      ) as SanityDocumentLike;
      house.documents.push({ ...brand, _id: "a1b2c3" });
      const { documents, issues } = await (await createSource(house)).load();
      expect(documents.some((doc) => doc.kind === "brand")).toBe(false);
      expect(issues.map((issue) => [issue.name, issue.origin])).toEqual([
        ["DuplicateSlug", "relaisBrand (document a1b2c3)"],
        ["DuplicateSlug", "relaisBrand (document relaisBrand)"],
      ]);
    });
  });
}

describe("sanity source: a query the Content API refuses", () => {
  it("throws QueryRejected with the API's explanation and position, without retrying", async () => {
    const server = await serveSanityHouse(await sanityHouse(minimalHouse()));
    const { projectId, dataset, apiVersion, token } = await sourceOptions(server);
    const { createClient } = await import("@sanity/client");
    const client = createClient({
      projectId,
      dataset,
      apiVersion,
      token,
      apiHost: server.url,
      useProjectHostname: false,
      useCdn: false,
    });
    const context = {
      client,
      policy: { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 },
      facts: { projectId, dataset, host: server.url, timeoutMs: 1000, hasToken: true },
      token,
    };
    const error = await queryContentApi(context, "*[_type == 'x']{ a b }", {}, "the x query").catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(QueryRejected);
    expect(error).toMatchObject({ position: 18, message: "Unexpected end of query" });
    expect(server.requests.filter((request) => request.kind === "query")).toHaveLength(1);
  });

  it("points the position back into the house's projection, from the query that was sent", async () => {
    const projection = `{ "slug": slug.current, title, "body": pt::text(body) }`;
    const reader: DatasetReader = {
      source: "sanity",
      query: async (query) => {
        if (!query.includes("pt::text")) return [];
        throw new QueryRejected("function not supported", pageQuery(projection).indexOf("pt::"));
      },
      imageFile: async () => ({ location: "", exists: false }),
    };
    const { issues } = await loadSnapshot(reader, { queries: { story: projection } });
    expect(issues).toContainEqual(
      expect.objectContaining({
        name: "SourceQueryInvalid",
        path: "sanity.queries.story",
        found:
          'a syntax error at line 1, column 40: function not supported, right after `… slug.current, title, "body": `',
      }),
    );
  });

  it("stops with SourceUnavailableError when a query of Relais's own is refused", async () => {
    const reader: DatasetReader = {
      source: "sanity",
      query: async (query) => {
        if (query.includes("relaisStory") || !query.includes("hero")) return [];
        throw new QueryRejected("unknown API version feature", 3);
      },
      imageFile: async () => ({ location: "", exists: false }),
    };
    await expect(loadSnapshot(reader, {})).rejects.toMatchObject({
      name: "SourceUnavailableError",
      message: expect.stringContaining("Check the API version (sanity.apiVersion)"),
    });
  });
});
