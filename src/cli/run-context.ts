import path from "node:path";
import type { ChannelSpec } from "../channels/channel-spec.ts";
import { resolveChannelSpecs } from "../channels/resolve-channels.ts";
import { ConfigError, loadConfig } from "../config/load-config.ts";
import { type ResolvedConfig, resolveConfig } from "../config/resolve-config.ts";
import { createMarkdownSource } from "../sources/markdown/markdown-source.ts";
import { parseInstant, Temporal } from "../time/moment.ts";
import { type ValidationResult, validateCatalog } from "../validate/validate-catalog.ts";

/** Options every command shares, as commander gives them. */
export interface CommonOptions {
  config?: string;
  content?: string;
  out?: string;
  now?: string;
  source?: string;
  strict?: boolean;
  json?: boolean;
  /** `--no-site` sets it to false: packs only, no press kit site. */
  site?: boolean;
}

export class UsageError extends Error {
  override name = "UsageError";
}

export interface RunContext {
  config: ResolvedConfig;
  now: Temporal.Instant;
  json: boolean;
}

export async function createRunContext(
  options: CommonOptions,
  cwd: string,
  clock: () => Temporal.Instant,
): Promise<RunContext> {
  if (options.source !== undefined && options.source !== "markdown") {
    throw new UsageError(
      `Expected --source markdown but received "${options.source}" (the sanity and sanity-export drivers are not available yet)`,
    );
  }
  let now: Temporal.Instant;
  try {
    now = options.now === undefined ? clock() : parseInstant(options.now);
  } catch (error) {
    throw new UsageError(`--now: ${(error as Error).message}`);
  }
  const { file, config } = await loadConfig(cwd, options.config);
  const root = file ? path.dirname(file) : cwd;
  // Paths given on the command line are relative to where the command runs, not to the config.
  const overrides = {
    content: options.content === undefined ? undefined : path.resolve(cwd, options.content),
    out: options.out === undefined ? undefined : path.resolve(cwd, options.out),
    strict: options.strict,
    site: options.site === false ? { ...config.site, enabled: false } : undefined,
  };
  return { config: resolveConfig(root, config, overrides), now, json: options.json === true };
}

/** The built-in channel library with the house's records applied; invalid records stop the run. */
export function loadChannels(config: ResolvedConfig): ReadonlyMap<string, ChannelSpec> {
  const { specs, errors } = resolveChannelSpecs(config.channelRecords);
  if (errors.length > 0) {
    throw new ConfigError(
      `[relais] [channels] Invalid channel records:\n${errors.map((e) => `  ${e.message}`).join("\n")}`,
    );
  }
  return specs;
}

export async function loadAndValidate(config: ResolvedConfig): Promise<ValidationResult> {
  const source = createMarkdownSource({ root: config.content });
  return validateCatalog(await source.load());
}

export const systemClock = (): Temporal.Instant => Temporal.Now.instant();
