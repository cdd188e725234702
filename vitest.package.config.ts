import { defineConfig } from "vitest/config";

/**
 * The package as a house gets it: `npm run test:package` (needs the npm registry). No time limit:
 * installing sharp and Astro takes what it takes.
 */
export default defineConfig({
  test: {
    include: ["test/package/**/*.test.ts"],
    pool: "forks",
    testTimeout: 0,
    hookTimeout: 0,
  },
});
