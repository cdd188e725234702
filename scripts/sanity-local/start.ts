import path from "node:path";
import { parseArgs } from "node:util";
import { isSourceUnavailable } from "../../src/sources/source-unavailable-error.ts";
import { FIXTURE_PLACE } from "./fixture-place.ts";
import { LocalExportError, startLocalSanityFromExport } from "./serve-export.ts";
import { type LocalSanity, readNdjson, startLocalSanity } from "./server.ts";

/**
 * Serves a dataset as a local Sanity Content API and image CDN, and prints the settings that
 * point the `sanity` source at it: the sample house by default, or a house's own export.
 *
 *   npm run sanity:local -- [--port 3333] [--token <read token>] [--dataset-file <ndjson>] [--assets <dir>]
 *   npm run sanity:local -- --export <file.tar.gz> [--project-id <id>] [--dataset <name>] [--port …] [--token …]
 *
 * npm runs scripts in the package root; paths are read from the folder npm was run in
 * (INIT_CWD), as the person typing them meant.
 */
const repository = path.resolve(import.meta.dirname, "../..");
const here = process.env.INIT_CWD ?? process.cwd();

function fail(message: string): never {
  console.error(`sanity:local: ${message}`);
  process.exit(2);
}

let values: ReturnType<typeof readOptions>;
try {
  values = readOptions();
} catch (error) {
  fail(
    `${(error as Error).message}. Options: --export <file.tar.gz> [--project-id <id>] [--dataset <name>], or --dataset-file <ndjson> --assets <folder>; --port, --token.`,
  );
}

function readOptions() {
  return parseArgs({
    options: {
      port: { type: "string", default: process.env.SANITY_LOCAL_PORT ?? "0" },
      token: { type: "string", default: "local-read-token" },
      "dataset-file": { type: "string" },
      assets: { type: "string" },
      export: { type: "string" },
      "project-id": { type: "string" },
      dataset: { type: "string" },
    },
  }).values;
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535)
  fail(`--port ${values.port}: expected a port number from 0 (any free port) to 65535.`);

const exportFile = values.export;
if (exportFile !== undefined && (values["dataset-file"] || values.assets))
  fail(
    "--export serves the archive's own documents and images: leave out --dataset-file and --assets.",
  );
if (exportFile === undefined && (values["project-id"] || values.dataset))
  fail(
    `--project-id and --dataset name the place of an --export; the sample house is served as ${FIXTURE_PLACE.projectId}/${FIXTURE_PLACE.dataset}.`,
  );

const served = exportFile === undefined ? await serveSampleHouse() : await serveExport(exportFile);
const { server, projectId, dataset } = served;

console.log(`Local Sanity Content API on ${server.url} (loopback only). Use:

SANITY_PROJECT_ID=${projectId}
SANITY_DATASET=${dataset}
SANITY_API_HOST=${server.url}
SANITY_API_VERSION=2025-02-19
SANITY_TOKEN=${values.token}
${served.note ?? ""}
Ctrl-C stops it.`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}

interface Served {
  server: LocalSanity;
  projectId: string;
  dataset: string;
  note?: string;
}

async function serveSampleHouse(): Promise<Served> {
  const datasetFile = values["dataset-file"] ?? "fixtures/sanity/maison-aurele.ndjson";
  const assets = values.assets ?? "content/assets";
  const server = await startLocalSanity({
    documents: await readNdjson(
      path.resolve(values["dataset-file"] ? here : repository, datasetFile),
    ),
    assetsDir: path.resolve(values.assets ? here : repository, assets),
    ...FIXTURE_PLACE,
    token: values.token,
    port,
  });
  return { server, ...FIXTURE_PLACE };
}

async function serveExport(given: string): Promise<Served> {
  const file = path.resolve(here, given);
  try {
    const server = await startLocalSanityFromExport({
      file,
      ...(values["project-id"] === undefined ? {} : { projectId: values["project-id"] }),
      ...(values.dataset === undefined ? {} : { dataset: values.dataset }),
      token: values.token,
      port,
    });
    return {
      server,
      projectId: server.projectId,
      dataset: server.dataset,
      // The same archive read offline gives the same documents: say how, for comparison.
      note: `
Serving ${file}. The same export read offline, with --source sanity-export:
SANITY_EXPORT=${file}

A schema other than Relais's needs its own sanity.queries (docs/sanity.md).
`,
    };
  } catch (error) {
    if (error instanceof LocalExportError || isSourceUnavailable(error)) fail(error.message);
    throw error;
  }
}
