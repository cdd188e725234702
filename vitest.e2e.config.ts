import { defineConfig } from "vitest/config";

/** The browser suite: `npm run test:e2e` (needs Debian's chromium at /usr/bin/chromium). */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
