import { defineConfig } from "vitest/config";

/** The browser suite: `npm run test:e2e` (needs Debian's chromium at /usr/bin/chromium). */
export default defineConfig({
  // "relais" from src/ when a test builds the sample in-process (see vitest.config.ts).
  // Not `module`: Vitest gives these conditions to Node too, and `module` builds are for bundlers
  // (the AWS SDK's have extensionless imports Node cannot load).
  ssr: { resolve: { conditions: ["relais-source", "node", "development|production"] } },
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
