/**
 * The whole Monte Carlo pipeline on scenarios/seed-article.yaml (load → simulate → summarise →
 * write; no charts), in one run:
 *   1. runs/s with 1 and 2 workers, and the ratio (goal ≥ 1.8× from the second core);
 *   2. peak memory at a small and a large run count, each in a fresh process (goal: grows only by
 *      the per-run rows);
 *   3. the share of wall time spent outside the model (goal < 25%): the pipeline on one worker
 *      against a bare loop of simulate() over the same runs.
 * Sizes: BENCH_RUNS (default 2000) for 1 and 2; BENCH_MEMORY_RUNS (default "10000,100000") for 2.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simulate } from "../src/model/index.ts";
import { runBlock } from "../src/montecarlo/index.ts";
import { runScenario } from "../src/report/index.ts";
import { expandSweep, loadScenario } from "../src/scenario/index.ts";

const FILE = "scenarios/seed-article.yaml";
const runs = Number(process.env.BENCH_RUNS ?? 2000);
const memoryRuns = (process.env.BENCH_MEMORY_RUNS ?? "10000,100000").split(",").map(Number);

async function pipeline(workers: number): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), "velocity-bench-"));
  const started = performance.now();
  await runScenario({ file: FILE, runs, workers, outDir: out, version: "bench" });
  const seconds = (performance.now() - started) / 1000;
  rmSync(out, { recursive: true, force: true });
  return seconds;
}

console.log(`pipeline on ${FILE}, ${runs} runs (machine shared: compare ratios, not absolute numbers)`);
const one = await pipeline(1);
const two = await pipeline(2);
console.log(`  workers 1: ${(runs / one).toFixed(0)} runs/s`);
console.log(`  workers 2: ${(runs / two).toFixed(0)} runs/s   speed-up ${(one / two).toFixed(2)}× (goal ≥ 1.8×)`);

const scenario = loadScenario(FILE, { set: [`runs=${runs}`] });
const [point] = expandSweep(scenario);
let started = performance.now();
for (let run = 0; run < runs; run++) simulate(point.scenario, run);
const modelOnly = (performance.now() - started) / 1000;
started = performance.now();
runBlock({ resolved: point.scenario.resolved, file: FILE, start: 0, end: runs });
const packed = (performance.now() - started) / 1000;
console.log(`  model alone: ${modelOnly.toFixed(2)} s; with packing: ${packed.toFixed(2)} s; whole pipeline on 1 worker: ${one.toFixed(2)} s`);
console.log(`  share of wall time outside the model: ${(100 * (1 - modelOnly / one)).toFixed(1)}% (goal < 25%)`);

console.log("peak memory, 2 workers, fresh process per size:");
const rows: { runs: number; maxRssMb: number }[] = [];
for (const n of memoryRuns) {
  const child = spawnSync(process.execPath, ["--import", "tsx", "bench/pipeline-memory.ts", String(n)], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(child.stderr);
  const row = JSON.parse(child.stdout.trim().split("\n").pop() as string);
  rows.push(row);
  console.log(`  ${String(n).padStart(7)} runs: ${row.maxRssMb.toFixed(0)} MB peak RSS, ${(n / row.seconds).toFixed(0)} runs/s`);
}
const layoutBytes = (() => {
  const block = runBlock({ resolved: point.scenario.resolved, file: FILE, start: 0, end: 1 });
  return block.rows.length * 8;
})();
if (rows.length >= 2) {
  const [a, b] = [rows[0], rows[rows.length - 1]];
  const perRunKb = ((b.maxRssMb - a.maxRssMb) * 1024) / (b.runs - a.runs);
  console.log(`  growth: ${perRunKb.toFixed(2)} kB per run; one packed run row is ${(layoutBytes / 1024).toFixed(2)} kB`);
}
