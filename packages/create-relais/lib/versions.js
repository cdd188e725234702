// @ts-check
// What a new house depends on. Relais and create-relais are released together with the same
// version, so a house starts on the Relais of the creator it ran.
import { readFileSync } from "node:fs";

const own = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

/** The Relais a new house installs unless `--relais` names another (a tarball, a tag…). */
export const RELAIS_VERSION_RANGE = `^${own.version}`;

/**
 * The Node the house's npm scripts run on, installed as the `node` package: the same Node that
 * Relais pins for itself (a test keeps the two equal), so a house builds alike on any machine.
 */
export const PINNED_NODE = "24.9.0";

/** The house's own tools: the type checker for relais.config.ts and a static server to preview. */
export const HOUSE_DEV_DEPENDENCIES = {
  "@types/node": "^24.19.2",
  "sirv-cli": "^3.0.1",
  typescript: "^7.0.2",
};
