import { defineConfig } from "vitest/config";
import { SLOW_TEST_FILES } from "./test/slow-tier.ts";

/** `npm run test:slow`: the slow end-to-end tier (test/slow-tier.ts), left out of `npm test` and run by CI. */
export default defineConfig({
  test: {
    include: SLOW_TEST_FILES,
    // Hang guards, never a measure of speed.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: "forks",
  },
});
