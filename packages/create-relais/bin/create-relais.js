#!/usr/bin/env node
// @ts-check
// `npm create relais@latest <folder>`: a new house repository, installed and ready to build.
import path from "node:path";
import { parseArgs } from "node:util";
import { CreateError, createHouse } from "../lib/create-house.js";
import { installHouse } from "../lib/install.js";
import { RELAIS_VERSION_RANGE } from "../lib/versions.js";

const USAGE = `Usage: npm create relais@latest <folder> [-- [--relais <spec>] [--no-install]]

  <folder>          a new or empty folder for the house's repository
  --relais <spec>   the relais dependency to install (default ${RELAIS_VERSION_RANGE}); any
                    npm spec: a version, a tag, a tarball (file:relais-0.1.0.tgz)
  --no-install      write the files only; run \`npm install\` there later`;

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    allowNegative: true,
    options: {
      relais: { type: "string" },
      install: { type: "boolean", default: true },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
  } else if (positionals.length !== 1) {
    console.error(
      `Expected one folder for the new house, received ${positionals.length}.\n\n${USAGE}`,
    );
    process.exitCode = 2;
  } else {
    const folder = await createHouse({
      folder: /** @type {string} */ (positionals[0]),
      relais: values.relais ?? RELAIS_VERSION_RANGE,
    });
    console.log(`Created a Relais house in ${folder}`);
    if (values.install) await installHouse(folder);
    const relative = path.relative(process.cwd(), folder) || ".";
    console.log(`
Next:
  cd ${relative}${values.install ? "" : "\n  npm install          # once: writes package-lock.json, commit it"}
  npm run build        # content/ → dist/ (kits, manifest, site)
  npm run preview      # the press kit site on http://localhost:4321
  npm test             # types of relais.config.ts and every content error
Then read README.md: publishing with GitHub Actions, and the secrets it needs.`);
  }
} catch (error) {
  const code = /** @type {{ code?: unknown }} */ (error).code;
  const usage = typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
  const known = usage || error instanceof CreateError || code !== undefined;
  console.error(`[create-relais] ${error instanceof Error ? error.message : String(error)}`);
  if (usage) console.error(`\n${USAGE}`);
  else if (!known) console.error(error);
  process.exitCode = usage ? 2 : 1;
}
