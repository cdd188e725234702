import { createClient } from "@sanity/client";
import { ContentStore } from "../../store/content-store.ts";
import { localStoreFolder } from "../../store/open-store.ts";
import type { Source } from "../contract.ts";
import { downloadImage } from "./image-download.ts";
import { loadSnapshot, type SettingsElsewhere } from "./load-snapshot.ts";
import type { SanityQueries } from "./projections.ts";
import { queryContentApi } from "./query-content-api.ts";
import type { RetryPolicy } from "./retry.ts";
import type { ConnectionFacts } from "./unavailable.ts";

export interface SanitySourceOptions {
  projectId: string;
  dataset: string;
  /** Content API version, e.g. `2025-02-19`. */
  apiVersion: string;
  /** A read token; needed for a private dataset and for drafts. Never logged nor shown. */
  token?: string;
  /**
   * `published` (the default) reads only what is published: drafts never reach a pack unless
   * `drafts` is asked for explicitly, e.g. to preview a launch.
   */
  perspective?: "published" | "drafts";
  /** Another Content API host (a local server for tests and demos). @default https://api.sanity.io */
  apiHost?: string;
  /** Put the project id in the host name (`<id>.api.sanity.io`). @default true unless apiHost is set */
  useProjectHostname?: boolean;
  /** The machine's cache: images are kept in its content store, by their Sanity sha1. */
  cacheDir: string;
  /** A house's own GROQ per kind of document (docs/sanity.md). */
  queries?: SanityQueries;
  /** House settings read outside the dataset (the config, or `content/`). */
  settings?: SettingsElsewhere;
  /** Documents per query page. @default 500 */
  pageSize?: number;
  /** Time allowed for one request. @default 30000 */
  timeoutMs?: number;
  /** Retries of a request after a rate limit, a server error, a timeout or damaged bytes. @default 4 */
  maxRetries?: number;
  /** First backoff step in milliseconds (doubles each retry, with jitter). @default 500 */
  retryDelayMs?: number;
  /** Images downloaded at once. @default 4 */
  concurrency?: number;
  /** The fetch used for image downloads. @default globalThis.fetch */
  fetch?: typeof fetch;
}

const DEFAULT_API_HOST = "https://api.sanity.io";

/**
 * The live Sanity source: reads the dataset through the Content API with Sanity's own client,
 * caches every image by content and verifies it against its asset document. Content mistakes
 * are issues, as with Markdown; a dataset that cannot be read (token, project, dataset, network)
 * throws a SourceUnavailableError, so nothing is built from half a dataset.
 */
export function createSanitySource(options: SanitySourceOptions): Source {
  const apiHost = options.apiHost ?? DEFAULT_API_HOST;
  const useProjectHostname = options.useProjectHostname ?? options.apiHost === undefined;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const client = createClient({
    projectId: options.projectId,
    dataset: options.dataset,
    apiVersion: options.apiVersion,
    token: options.token,
    perspective: options.perspective ?? "published",
    apiHost,
    useProjectHostname,
    // Drafts and fresh edits must not wait for the CDN; the build reads each document once.
    useCdn: false,
    timeout: timeoutMs,
    // Retries are the driver's, so that 500s and Retry-After are handled as for downloads.
    maxRetries: 0,
  });
  const policy: RetryPolicy = {
    maxRetries: options.maxRetries ?? 4,
    baseDelayMs: options.retryDelayMs ?? 500,
    maxDelayMs: 15_000,
    maxRetryAfterMs: 60_000,
  };
  const facts: ConnectionFacts = {
    projectId: options.projectId,
    dataset: options.dataset,
    host: useProjectHostname ? apiHost.replace("://", `://${options.projectId}.`) : apiHost,
    timeoutMs,
    hasToken: Boolean(options.token),
  };
  const context = { client, policy, facts, token: options.token };
  return {
    name: "sanity",
    load: () => {
      // One per read: each blob is checked once per store.
      const store = new ContentStore({ local: localStoreFolder(options) });
      return loadSnapshot(
        {
          source: "sanity",
          query: (query, params, what) => queryContentApi(context, query, params, what),
          imageFile: (image, origin) =>
            downloadImage(
              {
                ...context,
                cacheDir: options.cacheDir,
                store,
                fetch: options.fetch ?? globalThis.fetch,
                trustedOrigins: [new URL(apiHost).origin, "https://cdn.sanity.io"],
              },
              image,
              origin,
            ),
        },
        {
          queries: options.queries,
          settings: options.settings,
          pageSize: options.pageSize,
          concurrency: options.concurrency,
        },
      );
    },
  };
}
