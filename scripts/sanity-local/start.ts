import path from "node:path";
import { parseArgs } from "node:util";
import { FIXTURE_PLACE } from "./fixture-place.ts";
import { readNdjson, startLocalSanity } from "./server.ts";

/**
 * Serves a dataset (the sample house by default) as a local Sanity Content API and image CDN,
 * and prints the settings that point the `sanity` source at it.
 *
 *   npm run sanity:local -- [--port 3333] [--token <read token>] [--dataset-file <ndjson>] [--assets <dir>]
 */
const repository = path.resolve(import.meta.dirname, "../..");
const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.SANITY_LOCAL_PORT ?? "0" },
    token: { type: "string", default: "local-read-token" },
    "dataset-file": {
      type: "string",
      default: path.join(repository, "fixtures/sanity/maison-aurele.ndjson"),
    },
    assets: { type: "string", default: path.join(repository, "content/assets") },
  },
});

const server = await startLocalSanity({
  documents: await readNdjson(path.resolve(values["dataset-file"])),
  assetsDir: path.resolve(values.assets),
  ...FIXTURE_PLACE,
  token: values.token,
  port: Number(values.port),
});

console.log(`Local Sanity Content API on ${server.url} (loopback only). Use:

SANITY_PROJECT_ID=${FIXTURE_PLACE.projectId}
SANITY_DATASET=${FIXTURE_PLACE.dataset}
SANITY_API_HOST=${server.url}
SANITY_API_VERSION=2025-02-19
SANITY_TOKEN=${values.token}

Ctrl-C stops it.`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
