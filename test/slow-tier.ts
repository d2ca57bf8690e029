/**
 * The slow tier: end-to-end test files that take minutes on a 2-core machine (each runs the real
 * pipeline many times: every lever on every bundled scenario, charts on every folder case, a
 * 3,000-point sweep, every way a shard can be tampered with, the notebooks in Deno). `npm test`
 * (the README's command) leaves them out to stay under 10 minutes on 2 cores; `npm run test:slow`
 * runs them, and CI (`.ci/run`) runs both (issue 32). Measured per file with vitest's JSON report, one folder at a
 * time: the files below took 160 s, 127 s, 55 s, 52 s and 85 s of a loaded 2-core machine, the
 * most of any test files in test/cli, test/montecarlo, test/explorer, test/notebooks and test/run.
 */
export const SLOW_TEST_FILES = [
  "test/montecarlo/levers-suite.test.ts",
  "test/cli/output-folder.test.ts",
  "test/cli/report-tampered.test.ts",
  "test/cli/merge-integrity.test.ts",
  "test/notebooks/notebooks.test.ts",
];
