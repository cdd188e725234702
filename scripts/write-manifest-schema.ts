// Writes docs/manifest.schema.json from the manifest's zod schemas (the single source of truth).
import { writeFile } from "node:fs/promises";
import { manifestJsonSchema } from "../src/pack/manifest-types.ts";

await writeFile(
  new URL("../docs/manifest.schema.json", import.meta.url),
  `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`,
);
