import { defineConfig } from "vitest/config";

/** `npm run test:slurm`: deploy/slurm/ on a real one-node Slurm cluster (needs root; not part of `npm test`). */
export default defineConfig({
  test: {
    include: ["test/slurm/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    fileParallelism: false,
  },
});
