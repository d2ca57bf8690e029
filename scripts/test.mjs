#!/usr/bin/env node
// Runs the whole test suite with vitest and ends with the plain line `N passed, N failed`
// (CI reads that line). Extra arguments go to vitest (e.g. a file filter).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "velocity-test-"));
const report = join(dir, "vitest.json");
const vitest = spawnSync(
  process.execPath,
  ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: "inherit" },
);
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const result = JSON.parse(readFileSync(report, "utf8"));
  passed = result.numPassedTests;
  failed = result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0);
  skipped = result.numPendingTests + (result.numTodoTests ?? 0);
} catch {
  failed = Math.max(failed, 1); // vitest crashed before writing its report
}
rmSync(dir, { recursive: true, force: true });
if (vitest.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 && vitest.status === 0 ? 0 : 1);
