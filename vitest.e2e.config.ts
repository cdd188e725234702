import { defineConfig } from "vitest/config";

/** The browser suite: `npm run test:e2e` (needs Debian's chromium at /usr/bin/chromium). */
export default defineConfig({
  // "relais" from src/ when a test builds the sample in-process (see vitest.config.ts).
  ssr: { resolve: { conditions: ["relais-source", "module", "node", "development|production"] } },
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
