// @ts-check
import { HOUSE_DEV_DEPENDENCIES, PINNED_NODE } from "./versions.js";

/**
 * The package.json of a new house: its scripts run Relais on the pinned Node (npm puts
 * node_modules/.bin, where the `node` package links its binary, first on PATH).
 * @param {{ name: string, relais: string }} options
 */
export function housePackage({ name, relais }) {
  return {
    name,
    private: true,
    type: "module",
    scripts: {
      build: "relais build",
      check: "relais check",
      typecheck: "tsc --noEmit",
      test: "npm run typecheck && relais check --strict",
      next: "relais next",
      preview: "sirv dist/site --port 4321",
      relais: "relais",
    },
    dependencies: { node: PINNED_NODE, relais },
    devDependencies: HOUSE_DEV_DEPENDENCIES,
    // npm runs install scripts only of the packages named here: the `node` package's fetches the
    // Node binary, esbuild's (through Astro) checks its own.
    allowScripts: { node: true, esbuild: true },
  };
}

/**
 * A package name from the folder's name: npm wants lower case, no spaces, no leading dot or
 * underscore.
 * @param {string} folderName
 */
export function packageNameFor(folderName) {
  const name = folderName
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[._-]+|-+$/g, "");
  return name || "relais-house";
}
