import os from "node:os";
import path from "node:path";
import type { RelaisConfig } from "./define-config.ts";

export interface ResolvedConfig {
  /** Folder the config's relative paths are read from. */
  root: string;
  content: string;
  out: string;
  cache: string;
  source: "markdown";
  strict: boolean;
  markets: readonly string[] | undefined;
  audiences: readonly string[] | undefined;
  /** Channel records (config `channels`) to override or add, validated when channels are resolved. */
  channelRecords: readonly unknown[];
  render: { maxUpscale: number; tooSmall: "skip" | "mark"; concurrency: number };
  site: { url: string; enabled: boolean };
  /** Folder for the build's own state beside the cache (site data, the kit secret). */
  state: string;
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
} as const);

/** User config, then command-line overrides (which win) → absolute paths and every default set. */
export function resolveConfig(
  root: string,
  config: RelaisConfig,
  overrides: RelaisConfig = {},
): ResolvedConfig {
  const merged = { ...configDefaults, ...stripUndefined(config), ...stripUndefined(overrides) };
  return Object.freeze({
    root,
    content: path.resolve(root, merged.content),
    out: path.resolve(root, merged.out),
    cache: path.resolve(root, merged.cache),
    source: merged.source,
    strict: merged.strict,
    markets: merged.markets ? Object.freeze([...merged.markets]) : undefined,
    audiences: merged.audiences ? Object.freeze([...merged.audiences]) : undefined,
    channelRecords: Object.freeze([...(merged.channels ?? [])]),
    site: Object.freeze({
      url: (merged.site?.url ?? configDefaults.siteUrl).replace(/\/+$/, ""),
      enabled: merged.site?.enabled ?? true,
    }),
    state: path.resolve(root, merged.cache, ".."),
    render: Object.freeze({
      maxUpscale: merged.render?.maxUpscale ?? configDefaults.maxUpscale,
      tooSmall: merged.render?.tooSmall ?? configDefaults.tooSmall,
      concurrency: merged.render?.concurrency ?? Math.max(1, os.availableParallelism()),
    }),
  });
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
