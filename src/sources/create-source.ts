import path from "node:path";
import type { ResolvedConfig } from "../config/resolve-config.ts";
import { createIssue } from "../errors/issue.ts";
import { IssueError } from "../errors/issue-error.ts";
import type { Source } from "./contract.ts";

/** A source's settings are missing: exit 2, printed as an issue. */
export class SourceSettingsError extends IssueError {
  override name = "SourceSettingsError";
}

/**
 * The driver the config asks for. The Sanity token is read here, from the environment only, and
 * handed to the client alone: it is never part of the config, the build's fingerprint or a log.
 * Drivers are loaded when asked for: the Sanity client alone took a quarter of a second to load,
 * a tenth of a rebuild with nothing changed.
 */
export async function createSource(
  config: ResolvedConfig,
  env: { SANITY_TOKEN?: string | undefined } = process.env,
): Promise<Source> {
  const { sanity } = config;
  if (config.source === "markdown" && config.house !== undefined) {
    throw new SourceSettingsError(
      [
        createIssue("InvalidConfig", {
          origin: "relais.config.ts",
          path: "house",
          expected:
            "house settings only with source sanity or sanity-export: a Markdown house writes them in content/ (brand.yaml, audiences.yaml, markets/)",
          found: "house, with the markdown source",
        }),
      ],
      2,
    );
  }
  const settings =
    config.source === "markdown"
      ? undefined
      : await (await import("./house-settings.ts")).settingsElsewhere(config);
  switch (config.source) {
    case "markdown": {
      const { createMarkdownSource } = await import("./markdown/markdown-source.ts");
      const { openFileHashMemo } = await import("./file-hash-memo.ts");
      const hashMemo = await openFileHashMemo(path.join(config.cache, "file-hashes.json"));
      const source = createMarkdownSource({ root: config.content, hashMemo });
      return {
        name: source.name,
        load: async () => {
          const snapshot = await source.load();
          await hashMemo.save();
          return snapshot;
        },
      };
    }
    case "sanity": {
      const projectId = required(
        sanity.projectId,
        "a project id",
        "SANITY_PROJECT_ID",
        "projectId",
      );
      const dataset = required(sanity.dataset, "a dataset", "SANITY_DATASET", "dataset");
      const token = env.SANITY_TOKEN?.trim();
      const { createSanitySource } = await import("./sanity/sanity-source.ts");
      return createSanitySource({
        projectId,
        dataset,
        apiVersion: sanity.apiVersion,
        perspective: sanity.perspective,
        cacheDir: config.cache,
        ...(settings ? { settings } : {}),
        ...(token ? { token } : {}),
        ...(sanity.apiHost ? { apiHost: sanity.apiHost } : {}),
        ...(sanity.queries ? { queries: sanity.queries } : {}),
        ...(sanity.pageSize ? { pageSize: sanity.pageSize } : {}),
        ...(sanity.timeoutMs ? { timeoutMs: sanity.timeoutMs } : {}),
        ...(sanity.maxRetries !== undefined ? { maxRetries: sanity.maxRetries } : {}),
      });
    }
    case "sanity-export": {
      const file = required(sanity.export, "an export archive", "SANITY_EXPORT", "export");
      const { createSanityExportSource } = await import("./sanity-export/sanity-export-source.ts");
      return createSanityExportSource({
        file,
        cacheDir: config.cache,
        perspective: sanity.perspective,
        ...(settings ? { settings } : {}),
        ...(sanity.queries ? { queries: sanity.queries } : {}),
        ...(sanity.pageSize ? { pageSize: sanity.pageSize } : {}),
      });
    }
  }
}

function required(value: string | undefined, what: string, env: string, field: string): string {
  if (value) return value;
  throw new SourceSettingsError(
    [
      createIssue("InvalidConfig", {
        origin: "relais.config.ts",
        path: `sanity.${field}`,
        expected: `${what}: set ${env} in the environment or sanity.${field} in relais.config.ts`,
        found: "none",
      }),
    ],
    2,
  );
}
