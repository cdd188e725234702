import path from "node:path";
import type { RelaisConfig } from "./define-config.ts";

export interface ResolvedConfig {
  /** Folder the config's relative paths are read from. */
  root: string;
  content: string;
  out: string;
  source: "markdown";
  strict: boolean;
  markets: readonly string[] | undefined;
  audiences: readonly string[] | undefined;
}

/** Frozen defaults; each is documented on `RelaisConfig`. */
export const configDefaults = Object.freeze({
  content: "content",
  out: "dist",
  source: "markdown",
  strict: false,
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
    source: merged.source,
    strict: merged.strict,
    markets: merged.markets ? Object.freeze([...merged.markets]) : undefined,
    audiences: merged.audiences ? Object.freeze([...merged.audiences]) : undefined,
  });
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
