import path from "node:path";
import type { ChannelSpec } from "../channels/channel-spec.ts";
import { resolveChannelSpecs } from "../channels/resolve-channels.ts";
import { ConfigError, loadConfig } from "../config/load-config.ts";
import { isObjectStore, type ResolvedConfig, resolveConfig } from "../config/resolve-config.ts";
import { createIssue, wordHintsFor } from "../errors/issue.ts";
import { IssueError } from "../errors/issue-error.ts";
import type { Shard } from "../plan/shard-plan.ts";
import { createSource } from "../sources/create-source.ts";
import { parseInstant, Temporal } from "../time/moment.ts";
import { type ValidationResult, validateCatalog } from "../validate/validate-catalog.ts";
import { shardOption } from "./shard-option.ts";

/** Options every command shares, as commander gives them. */
export interface CommonOptions {
  config?: string;
  content?: string;
  out?: string;
  now?: string;
  source?: string;
  strict?: boolean;
  json?: boolean;
  /** `--no-site` sets it to false: the kits' files and manifest only, no press kit site. */
  site?: boolean;
  /** `--drafts`: a preview that reads Sanity drafts over published documents. */
  drafts?: boolean;
  /** `--allow-partial`: build even when a whole market or audience is left out by its errors. */
  allowPartial?: boolean;
  cache?: string;
  store?: string;
  readOnlyStore?: boolean;
  /** `--shard i/n` or `--shard auto`. */
  shard?: string;
  merge?: boolean;
}

const SOURCES = ["markdown", "sanity", "sanity-export"] as const;

/** A command-line option Relais cannot use: exit 2, printed as an issue. */
export class UsageError extends IssueError {
  override name = "UsageError";

  constructor(option: string, expected: string, found: string) {
    super(
      [createIssue("InvalidOption", { origin: "command line", path: option, expected, found })],
      2,
    );
  }
}

export interface RunContext {
  config: ResolvedConfig;
  now: Temporal.Instant;
  json: boolean;
  allowPartial: boolean;
  /** `relais build --shard i/n`: render this slice into the store, write no output. */
  shard?: Shard | undefined;
  /** `relais build --merge`: assemble from the store, render nothing. */
  merge: boolean;
}

export async function createRunContext(
  options: CommonOptions,
  cwd: string,
  clock: () => Temporal.Instant,
): Promise<RunContext> {
  const source = options.source;
  if (source !== undefined && !SOURCES.includes(source as (typeof SOURCES)[number])) {
    throw new UsageError(
      "--source",
      `one of ${SOURCES.join(", ")} (docs/sanity.md)`,
      JSON.stringify(source),
    );
  }
  let now: Temporal.Instant;
  try {
    now = options.now === undefined ? clock() : parseInstant(options.now);
  } catch (error) {
    throw new UsageError(
      "--now",
      "an ISO-8601 instant with Z or an offset, e.g. 2026-12-01T09:00:00Z",
      `${JSON.stringify(options.now)} (${(error as Error).message})`,
    );
  }
  const { file, config } = await loadConfig(cwd, options.config);
  const root = file ? path.dirname(file) : cwd;
  // Paths given on the command line are relative to where the command runs, not to the config.
  const overrides = {
    content: options.content === undefined ? undefined : path.resolve(cwd, options.content),
    out: options.out === undefined ? undefined : path.resolve(cwd, options.out),
    strict: options.strict,
    site: options.site === false ? { ...config.site, enabled: false } : undefined,
    source: source as (typeof SOURCES)[number] | undefined,
    drafts: options.drafts,
    cache: options.cache === undefined ? undefined : path.resolve(cwd, options.cache),
    store:
      options.store === undefined && options.readOnlyStore === undefined
        ? undefined
        : {
            location: storeLocation(options.store, cwd),
            readOnly: options.readOnlyStore === true,
          },
  };
  const shard = options.shard === undefined ? undefined : shardFrom(options.shard);
  if (shard && options.merge) {
    throw new UsageError(
      "--merge",
      "either --shard (render a slice) or --merge (assemble the output), not both",
      `--shard ${options.shard} --merge`,
    );
  }
  return {
    config: resolveConfig(root, config, overrides, process.env),
    now,
    json: options.json === true,
    allowPartial: options.allowPartial === true,
    shard,
    merge: options.merge === true,
  };
}

function shardFrom(value: string): Shard {
  const parsed = shardOption(value, process.env);
  if ("shard" in parsed) return parsed.shard;
  throw new UsageError("--shard", parsed.expected, parsed.found);
}

/** A folder given on the command line is relative to where the command runs. */
function storeLocation(location: string | undefined, cwd: string): string | undefined {
  if (location?.trim() === "") {
    // An unset CI variable (`--store "$RELAIS_BUCKET"`): never the current folder by accident.
    throw new UsageError(
      "--store",
      "a folder or s3://bucket/prefix (docs/store.md)",
      '"" (an empty value: is the variable that should give it set?)',
    );
  }
  if (location === undefined || isObjectStore(location)) return location;
  return path.resolve(cwd, location);
}

/** The built-in channel library with the house's records applied; invalid records stop the run. */
export function loadChannels(config: ResolvedConfig): ReadonlyMap<string, ChannelSpec> {
  const { specs, errors } = resolveChannelSpecs(config.channelRecords);
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((error) =>
        createIssue("InvalidChannelRecord", {
          origin: error.origin === "library" ? "channel library" : "relais.config.ts",
          path: `channels[${error.index}]${error.path ? `.${error.path}` : ""}`,
          expected: error.expected,
          found: `${error.found}${error.id ? ` (record "${error.id}")` : ""}`,
        }),
      ),
    );
  }
  return specs;
}

/** Reads and validates the content; `channels` are the build's records (`loadChannels`). */
export async function loadAndValidate(
  config: ResolvedConfig,
  channels: ReadonlyMap<string, ChannelSpec>,
): Promise<ValidationResult> {
  const channelIds = new Set(channels.keys());
  const result = validateCatalog(await (await createSource(config)).load(), { channelIds });
  const wording = config.source === "markdown" ? "markdown" : "sanity";
  return { ...result, issues: wordHintsFor(wording, result.issues) };
}

export const systemClock = (): Temporal.Instant => Temporal.Now.instant();
