import { defineConfig } from "vitest/config";
import { SLOW_TEST_FILES } from "./test/slow-tier.ts";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Needs root and a Slurm cluster: `npm run test:slurm` (vitest.slurm.config.ts), run by CI.
    // The slow end-to-end tier: `npm run test:slow` (vitest.slow.config.ts), run by CI.
    exclude: ["test/slurm/**", "**/node_modules/**", ...SLOW_TEST_FILES],
    // Hang guards, never a measure of speed: a test that passes slowly on a busy machine passes.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
  },
});
