import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The browser suite runs apart (`npm run test:e2e`), so `npm test` needs no browser; the
    // package suite too (`npm run test:package`), so it needs no registry.
    exclude: ["test/e2e/**", "test/package/**", "node_modules/**"],
    // Two cores here and in CI: forks keep memory predictable.
    pool: "forks",
  },
});
