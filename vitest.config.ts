import { defineConfig } from "vitest/config";

export default defineConfig({
  // Tests run the CLI in-process, and the sample's relais.config.ts imports "relais": from src/
  // (the relais-source condition, as bin/relais.js gives Node), never from an absent or stale
  // lib/. Setting conditions replaces Vite's defaults for the server, so they are listed too,
  // except `module`: Vitest also gives these to Node, and `module` builds are for bundlers (the
  // AWS SDK's have extensionless imports Node cannot load).
  ssr: { resolve: { conditions: ["relais-source", "node", "development|production"] } },
  test: {
    include: ["test/**/*.test.ts"],
    // The browser suite runs apart (`npm run test:e2e`), so `npm test` needs no browser; the
    // package suite too (`npm run test:package`), so it needs no registry.
    exclude: ["test/e2e/**", "test/package/**", "node_modules/**"],
    // Two cores here and in CI: forks keep memory predictable.
    pool: "forks",
  },
});
