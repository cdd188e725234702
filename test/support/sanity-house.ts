import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { contentToSanityDocuments } from "../../scripts/sanity-local/content-to-documents.ts";
import type { Fault } from "../../scripts/sanity-local/faults.ts";
import { type LocalSanity, startLocalSanity } from "../../scripts/sanity-local/server.ts";
import type { SanityDocumentLike } from "../../src/sources/sanity/perspective.ts";
import type { SanitySourceOptions } from "../../src/sources/sanity/sanity-source.ts";
import { type HouseFiles, writeHouse } from "./house.ts";

export const PLACE = { projectId: "test0001", dataset: "production" };
export const API_VERSION = "2025-02-19";
export const TOKEN = "sk-test-3f9a1c7e5b2d4068a1e9c3b7d5f20486";

export interface SanityHouse {
  documents: SanityDocumentLike[];
  /** Where the house's images are (the server serves them; the export packs them). */
  assetsDir: string;
}

/**
 * A test house as a Sanity dataset: the same content, as an editor would hold it in Sanity. A
 * Markdown file the house cannot parse becomes a document with a field of an unreadable shape,
 * the Sanity counterpart of malformed frontmatter.
 */
export async function sanityHouse(files: HouseFiles): Promise<SanityHouse> {
  const root = await writeHouse(files);
  const { documents, issues } = await contentToSanityDocuments(root, PLACE);
  for (const issue of issues.filter((found) => found.name === "ContentSyntaxError")) {
    const [, folder, slug] =
      /^(stories|capsules|products)\/([^/]+)\/index\.md$/.exec(issue.origin) ?? [];
    if (!folder || !slug) continue;
    const type = { stories: "relaisStory", capsules: "relaisCapsule", products: "relaisProduct" }[
      folder as "stories"
    ];
    documents.push({
      _id: `${folder}-${slug}`,
      _type: type,
      slug: { _type: "slug", current: slug },
      title: 42,
    });
  }
  return { documents, assetsDir: path.join(root, "assets") };
}

const running: LocalSanity[] = [];
afterAll(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** Serves the house on a local Content API, closed after the test file. */
export async function serveSanityHouse(
  house: SanityHouse,
  { token = TOKEN, faults = [] }: { token?: string; faults?: Fault[] } = {},
): Promise<LocalSanity> {
  const server = await startLocalSanity({ ...house, ...PLACE, token, faults });
  running.push(server);
  return server;
}

/** Options of a `sanity` source reading `server`, with a fresh cache and quick retries. */
export async function sourceOptions(
  server: LocalSanity,
  overrides: Partial<SanitySourceOptions> = {},
): Promise<SanitySourceOptions> {
  return {
    ...PLACE,
    apiVersion: API_VERSION,
    token: TOKEN,
    apiHost: server.url,
    cacheDir: await mkdtemp(path.join(tmpdir(), "relais-sanity-cache-")),
    timeoutMs: 2000,
    maxRetries: 2,
    retryDelayMs: 10,
    ...overrides,
  };
}
