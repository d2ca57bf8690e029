/**
 * Child process of the pipeline bench: runs the seed scenario with `runs` replications on two
 * workers (no charts) and prints its peak resident memory, so each size starts from a fresh process.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runScenario } from "../src/run/index.ts";

const runs = Number(process.argv[2]);
const out = mkdtempSync(join(tmpdir(), "velocity-bench-"));
const started = performance.now();
await runScenario({ file: "scenarios/seed-article.yaml", runs, workers: 2, outDir: out, version: "bench" });
const seconds = (performance.now() - started) / 1000;
rmSync(out, { recursive: true, force: true });
console.log(JSON.stringify({ runs, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
