import { access } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseWithSchema } from "../validate/parse-with-schema.ts";
import { configSchema, type RelaisConfig } from "./define-config.ts";

export const CONFIG_FILE = "relais.config.ts";

export class ConfigError extends Error {
  override name = "ConfigError";
}

export interface LoadedConfig {
  /** Absolute path of the file read, or undefined when none exists (defaults apply). */
  file: string | undefined;
  config: RelaisConfig;
}

/**
 * Reads `relais.config.ts` (its default export). An explicit `--config` that does not exist is an
 * error; a missing default file just means defaults.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  const file = path.resolve(cwd, explicit ?? CONFIG_FILE);
  try {
    await access(file);
  } catch {
    if (explicit) throw new ConfigError(`[relais] [config] No config file at ${file}`);
    return { file: undefined, config: {} };
  }
  let loaded: unknown;
  try {
    loaded = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
  } catch (cause) {
    throw new ConfigError(`[relais] [config] Could not load ${file}: ${(cause as Error).message}`, {
      cause,
    });
  }
  const origin = path.relative(cwd, file) || file;
  // Checked before the schema, whose messages quote the value found: a token must never be printed.
  if ((loaded as { sanity?: { token?: unknown } } | undefined)?.sanity?.token !== undefined) {
    throw new ConfigError(
      `[relais] [config] Invalid ${origin}:\n  sanity.token: expected no token in a file (it gets committed and leaks), found one; remove it and set SANITY_TOKEN in the environment instead`,
    );
  }
  const result = parseWithSchema(configSchema, loaded ?? {}, origin);
  const problems = result.issues.filter((issue) => issue.severity === "error");
  if (!result.value || problems.length > 0) {
    const lines = result.issues.map(
      (i) => `  ${i.path || "(config)"}: expected ${i.expected}, found ${i.found}`,
    );
    throw new ConfigError(`[relais] [config] Invalid ${origin}:\n${lines.join("\n")}`);
  }
  return { file, config: result.value };
}
