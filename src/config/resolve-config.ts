import os from "node:os";
import path from "node:path";
import type { RelaisConfig } from "./define-config.ts";

export interface ResolvedConfig {
  /** Folder the config's relative paths are read from. */
  root: string;
  content: string;
  out: string;
  cache: string;
  source: "markdown" | "sanity" | "sanity-export";
  /** The Sanity sources' settings, from the config and then the environment. Never a token. */
  sanity: ResolvedSanityConfig;
  strict: boolean;
  markets: readonly string[] | undefined;
  audiences: readonly string[] | undefined;
  /** Channel records (config `channels`) to override or add, validated when channels are resolved. */
  channelRecords: readonly unknown[];
  render: { maxUpscale: number; tooSmall: "skip" | "mark"; concurrency: number };
  site: { url: string; enabled: boolean; kitSecretFile: string | undefined };
  /** Folder for the build's own state beside the cache (site data, the kit secret). */
  state: string;
  /** House settings written in the config (`house`), read instead of the dataset's. */
  house: RelaisConfig["house"];
  /**
   * The shared store (config `store`, `RELAIS_STORE`, `--store`): an absolute folder or an
   * `s3://` address; undefined when the cache alone keeps the renders.
   */
  store: { location: string | undefined; readOnly: boolean };
}

export interface ResolvedSanityConfig {
  projectId: string | undefined;
  dataset: string | undefined;
  apiVersion: string;
  apiHost: string | undefined;
  /** Absolute path of the export archive, for `sanity-export`. */
  export: string | undefined;
  /** `drafts` only for a preview build that asked for it (`--drafts`). */
  perspective: "published" | "drafts";
  queries: NonNullable<RelaisConfig["sanity"]>["queries"];
  /** `content`: the brand, audiences and markets come from the content folder's Markdown. */
  settings: "dataset" | "content";
  pageSize: number | undefined;
  timeoutMs: number | undefined;
  maxRetries: number | undefined;
}

/** The environment variables Relais reads (the token is read where the source is made, only). */
export type RelaisEnv = Partial<
  Record<
    | "SANITY_PROJECT_ID"
    | "SANITY_DATASET"
    | "SANITY_API_VERSION"
    | "SANITY_API_HOST"
    | "SANITY_EXPORT"
    | "RELAIS_STORE"
    | "RELAIS_STORE_READ_ONLY",
    string
  >
>;

/** `--store` and `--read-only-store`, either or both. */
export interface StoreOverride {
  location?: string | undefined;
  readOnly?: boolean;
}

/** Frozen defaults; each is documented on `RelaisConfig`. */
export const configDefaults = Object.freeze({
  content: "content",
  out: "dist",
  cache: ".relais/cache",
  source: "markdown",
  strict: false,
  maxUpscale: 1.25,
  tooSmall: "skip",
  siteUrl: "http://localhost:4321",
  sanityApiVersion: "2025-02-19",
} as const);

/** User config, then command-line overrides (which win) → absolute paths and every default set. */
export function resolveConfig(
  root: string,
  config: RelaisConfig,
  overrides: Omit<RelaisConfig, "store"> & { drafts?: boolean; store?: StoreOverride } = {},
  env: RelaisEnv = {},
): ResolvedConfig {
  const merged = { ...configDefaults, ...stripUndefined(config), ...stripUndefined(overrides) };
  const sanity = merged.sanity ?? {};
  const exportFile = sanity.export ?? env.SANITY_EXPORT;
  return Object.freeze({
    root,
    content: path.resolve(root, merged.content),
    out: path.resolve(root, merged.out),
    cache: path.resolve(root, merged.cache),
    source: merged.source,
    sanity: Object.freeze({
      projectId: sanity.projectId ?? env.SANITY_PROJECT_ID,
      dataset: sanity.dataset ?? env.SANITY_DATASET,
      apiVersion: sanity.apiVersion ?? env.SANITY_API_VERSION ?? configDefaults.sanityApiVersion,
      apiHost: sanity.apiHost ?? env.SANITY_API_HOST,
      export: exportFile === undefined ? undefined : path.resolve(root, exportFile),
      perspective: overrides.drafts === true ? "drafts" : "published",
      queries: sanity.queries,
      settings: sanity.settings ?? "dataset",
      pageSize: sanity.pageSize,
      timeoutMs: sanity.timeoutMs,
      maxRetries: sanity.maxRetries,
    }),
    strict: merged.strict,
    markets: merged.markets ? Object.freeze([...merged.markets]) : undefined,
    audiences: merged.audiences ? Object.freeze([...merged.audiences]) : undefined,
    channelRecords: Object.freeze([...(merged.channels ?? [])]),
    site: Object.freeze({
      url: (merged.site?.url ?? configDefaults.siteUrl).replace(/\/+$/, ""),
      enabled: merged.site?.enabled ?? true,
      kitSecretFile:
        merged.site?.kitSecretFile === undefined
          ? undefined
          : path.resolve(root, merged.site.kitSecretFile),
    }),
    state: path.resolve(root, merged.cache, ".."),
    house: merged.house,
    store: Object.freeze(resolveStore(root, config.store, overrides.store, env)),
    render: Object.freeze({
      maxUpscale: merged.render?.maxUpscale ?? configDefaults.maxUpscale,
      tooSmall: merged.render?.tooSmall ?? configDefaults.tooSmall,
      concurrency: merged.render?.concurrency ?? Math.max(1, os.availableParallelism()),
    }),
  });
}

/**
 * The command line, then the environment (a CI job's own), then the config. Read-only when any
 * of them says so: a pull request's job that sets it cannot be overruled by the config.
 */
function resolveStore(
  root: string,
  config: RelaisConfig["store"],
  command: StoreOverride | undefined,
  env: RelaisEnv,
): ResolvedConfig["store"] {
  const location = command?.location ?? (env.RELAIS_STORE || undefined) ?? config?.location;
  const readOnly =
    command?.readOnly === true ||
    ["1", "true"].includes(env.RELAIS_STORE_READ_ONLY ?? "") ||
    config?.readOnly === true;
  if (location === undefined) return { location: undefined, readOnly };
  return { location: isObjectStore(location) ? location : path.resolve(root, location), readOnly };
}

/** `s3://bucket/prefix`: an object store; anything else is a folder. */
export function isObjectStore(location: string): boolean {
  return /^s3:\/\//i.test(location);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
