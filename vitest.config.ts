import { defineConfig } from "vitest/config";

export default defineConfig({
  // Tests run the CLI in-process, and the sample's relais.config.ts imports "relais": from src/
  // (the relais-source condition, as bin/relais.js gives Node), never from an absent or stale
  // lib/. Setting conditions replaces Vite's defaults for the server, so they are listed too.
  ssr: { resolve: { conditions: ["relais-source", "module", "node", "development|production"] } },
  test: {
    include: ["test/**/*.test.ts"],
    // The browser suite runs apart (`npm run test:e2e`), so `npm test` needs no browser; the
    // package suite too (`npm run test:package`), so it needs no registry.
    exclude: ["test/e2e/**", "test/package/**", "node_modules/**"],
    // Two cores here and in CI: forks keep memory predictable.
    pool: "forks",
  },
});
