import { access } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { contentErrors } from "../errors/catalog.ts";
import { type ContentIssue, createIssue } from "../errors/issue.ts";
import { IssueError } from "../errors/issue-error.ts";
import { parseWithSchema } from "../model/parse-with-schema.ts";
import { configSchema, type RelaisConfig } from "./define-config.ts";

export const CONFIG_FILE = "relais.config.ts";

/** The config cannot be read or is invalid: exit 2, printed as issues. */
export class ConfigError extends IssueError {
  override name = "ConfigError";

  constructor(issues: ContentIssue[], options?: { cause?: unknown }) {
    super(issues, 2, options);
  }
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
    if (explicit) {
      throw new ConfigError([
        createIssue("ConfigNotLoadable", {
          origin: explicit,
          expected: "a config file",
          found: `no file at ${file}`,
        }),
      ]);
    }
    return { file: undefined, config: {} };
  }
  let loaded: unknown;
  try {
    loaded = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
  } catch (cause) {
    throw new ConfigError(
      [
        createIssue("ConfigNotLoadable", {
          origin: path.relative(cwd, file) || file,
          expected: "a TypeScript module whose default export is defineConfig({ … })",
          found: (cause as Error).message.split("\n")[0] ?? String(cause),
        }),
      ],
      { cause },
    );
  }
  const origin = path.relative(cwd, file) || file;
  // Checked before the schema, whose messages quote the value found: a token must never be printed.
  if ((loaded as { sanity?: { token?: unknown } } | undefined)?.sanity?.token !== undefined) {
    throw new ConfigError([
      createIssue("InvalidConfig", {
        origin,
        path: "sanity.token",
        expected:
          "no token in a file (it gets committed and leaks): remove it and set SANITY_TOKEN in the environment instead",
        found: "a token",
      }),
    ]);
  }
  const result = parseWithSchema(configSchema, loaded ?? {}, origin);
  if (!result.value || result.issues.length > 0) {
    // A wrong type or value is InvalidConfig; an unknown key keeps its own name (UnknownField).
    throw new ConfigError(
      result.issues.map((issue) =>
        issue.name === "UnknownField" ? issue : { ...issue, ...invalidConfig },
      ),
    );
  }
  return { file, config: result.value };
}

const invalidConfig = {
  name: "InvalidConfig",
  stage: contentErrors.InvalidConfig.stage,
  hint: contentErrors.InvalidConfig.hint,
} as const;
