import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readNdjson } from "../../scripts/sanity-local/server.ts";
import type { Catalog } from "../../src/model/catalog.ts";
import type { SourceSnapshot } from "../../src/sources/contract.ts";
import { createMarkdownSource } from "../../src/sources/markdown/markdown-source.ts";
import { createSanitySource } from "../../src/sources/sanity/sanity-source.ts";
import { createSanityExportSource } from "../../src/sources/sanity-export/sanity-export-source.ts";
import { validateCatalog } from "../../src/validate/validate-catalog.ts";
import { writeExportArchive } from "../support/sanity-export-archive.ts";
import { serveSanityHouse, sourceOptions } from "../support/sanity-house.ts";

const repository = path.resolve(import.meta.dirname, "../..");
const FIXTURE = path.join(repository, "fixtures/sanity/maison-aurele.ndjson");
const house = async () => ({
  documents: await readNdjson(FIXTURE),
  assetsDir: path.join(repository, "content/assets"),
});

/** The catalog without where each part came from, which is all that may differ by source. */
function withoutOrigins(catalog: Catalog | undefined) {
  if (!catalog) return undefined;
  return {
    ...catalog,
    assets: catalog.assets.map(({ origin: _o, location: _l, ...asset }) => asset),
    entries: catalog.entries.map(({ origin: _o, textOrigins: _t, ...entry }) => entry),
    moments: catalog.moments?.map(({ origin: _o, ...moment }) => moment),
    ambassadors: catalog.ambassadors?.map(({ origin: _o, ...ambassador }) => ambassador),
  };
}

describe("the sample house in Sanity and in Markdown", () => {
  let markdown: SourceSnapshot;
  let live: SourceSnapshot;

  beforeAll(async () => {
    markdown = await createMarkdownSource({ root: path.join(repository, "content") }).load();
    const server = await serveSanityHouse(await house(), { faults: [] });
    // A small page size makes the queries page through every kind.
    live = await createSanitySource(await sourceOptions(server, { pageSize: 3 })).load();
  });

  it("gives the same catalog once validated, origins aside", () => {
    const fromMarkdown = validateCatalog(markdown);
    const fromSanity = validateCatalog(live);
    expect(fromSanity.issues.map((issue) => issue.name)).toEqual(
      fromMarkdown.issues.map((issue) => issue.name),
    );
    expect(withoutOrigins(fromSanity.catalog)).toEqual(withoutOrigins(fromMarkdown.catalog));
  });

  it("carries the live-shopping moment, the markets' currencies, the prices and the briefs", () => {
    const { catalog } = validateCatalog(live);
    expect(catalog?.moments?.map((moment) => moment.id)).toEqual(["herbier-live-cn"]);
    expect(catalog?.markets.find((market) => market.id === "cn")?.currency).toBe("CNY");
    const product = catalog?.entries.find((entry) => entry.slug === "sac-prairie");
    expect(product?.type === "product" && product.data.prices.cn).toEqual({
      amount: "43500.00",
      availability: "limited",
    });
    const capsule = catalog?.entries.find((entry) => entry.slug === "herbier");
    expect(capsule?.text.en?.brief?.dont).toContain("Do not announce prices or discounts.");
  });

  it("keys renders the same: each image's content hash is the Markdown file's", () => {
    const hashes = (snapshot: SourceSnapshot) =>
      snapshot.documents.flatMap((doc) => (doc.file ? [[doc.id, doc.file.contentHash]] : []));
    expect(hashes(live)).toEqual(hashes(markdown));
  });

  it("never shows the fixture's drafts: neither the draft title nor the draft-only capsule", () => {
    const ids = live.documents.map((doc) => `${doc.kind}:${doc.id}`);
    expect(ids).not.toContain("capsule:jardin-d-hiver");
    const story = live.documents.find((doc) => doc.id === "la-maison-1854");
    expect(JSON.stringify(story)).not.toContain("BROUILLON");
    expect(story?.origin).toBe('relaisStory "la-maison-1854" (document story-la-maison-1854)');
  });

  it("keeps the embargoed capsule, with its embargo, for the planner to hold back", () => {
    const capsule = live.documents.find((doc) => doc.id === "aurele-nuit");
    expect(capsule?.data).toMatchObject({ embargo: { publishAt: "2099-03-01T10:00" } });
  });

  it("reads the same documents from a dataset export as from the Content API", async () => {
    const archive = await writeExportArchive(await house());
    const cacheDir = await mkdtemp(path.join(tmpdir(), "relais-sanity-cache-"));
    const fromExport = await createSanityExportSource({ file: archive, cacheDir }).load();
    const relocated = (snapshot: SourceSnapshot) =>
      snapshot.documents.map((doc) =>
        doc.file
          ? { ...doc, file: { ...doc.file, location: path.basename(doc.file.location) } }
          : doc,
      );
    expect(relocated(fromExport)).toEqual(relocated(live));
    expect(fromExport.issues).toEqual(live.issues);
  });
});
