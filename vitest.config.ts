import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Needs root and a Slurm cluster: `npm run test:slurm` (vitest.slurm.config.ts), run by CI.
    exclude: ["test/slurm/**", "**/node_modules/**"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
  },
});
