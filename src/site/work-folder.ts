import path from "node:path";

/**
 * A site build's own folder is made inside Relais (where Astro's packages resolve), named
 * `.relais-site-<owner>-<random>` (see `makeOwnedFolder`).
 */
export const SITE_WORK_PREFIX = ".relais-site-";

/** Relais itself: `astro.config.mjs`, `src/site/` and the `node_modules` Astro runs from. */
export const RELAIS_ROOT = path.resolve(import.meta.dirname, "../..");
