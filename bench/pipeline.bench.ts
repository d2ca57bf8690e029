/**
 * The whole Monte Carlo pipeline on scenarios/seed-article.yaml (load → simulate → summarise →
 * write; no charts), in one run:
 *   1. runs/s with 1 and 2 workers (taking turns, best of BENCH_REPS, default 3), and the ratio
 *      (goal ≥ 1.8× from the second core, on a quiet machine); each of 2 workers' CPU time next
 *      to the wall time (goal: each busy ≥ 90%), so scaling can be judged on a busy machine;
 *   2. peak memory at a small and a large run count, each in a fresh process (goal: grows only by
 *      the per-run rows);
 *   3. the share of wall time spent outside the model (goal < 25%): the pipeline on one worker
 *      against a bare loop of simulate() over the same runs.
 * Runs/s come from the built CLI (`npm run build` first); the rest runs in-process under tsx.
 * Sizes: BENCH_RUNS (default 2000) for 1 and 2; BENCH_MEMORY_RUNS (default "10000,100000") for 2.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Tinypool } from "tinypool";
import { buildSummary, runBlock, simulatePoints, type BlockResult, type BlockRunner } from "../src/montecarlo/index.ts";
import { writeOutputFolder } from "../src/output/index.ts";
import { summaryMarkdownFile } from "../src/report/index.ts";
import { manifestFor, runScenario } from "../src/run/index.ts";
import { expandSweep, loadScenario } from "../src/scenario/index.ts";

const FILE = "scenarios/seed-article.yaml";
const runs = Number(process.env.BENCH_RUNS ?? 2000);
const memoryRuns = (process.env.BENCH_MEMORY_RUNS ?? "10000,100000").split(",").map(Number);

/** Seconds the real CLI (built output, as users run it) reports for a run, from its timing.json. */
function cli(workers: number): number {
  const out = mkdtempSync(join(tmpdir(), "velocity-bench-"));
  const child = spawnSync(process.execPath, ["bin/velocity.mjs", "run", FILE, "--runs", String(runs), "--workers", String(workers), "--out", out, "--no-charts", "--quiet"], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(child.stderr);
  const seconds = JSON.parse(readFileSync(join(out, "timing.json"), "utf8")).wallSeconds as number;
  rmSync(out, { recursive: true, force: true });
  return seconds;
}

async function pipeline(workers: number, count = runs): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), "velocity-bench-"));
  const started = performance.now();
  await runScenario({ file: FILE, runs: count, workers, outDir: out, version: "bench" });
  const seconds = (performance.now() - started) / 1000;
  rmSync(out, { recursive: true, force: true });
  return seconds;
}

console.log(`pipeline on ${FILE}, ${runs} runs (machine shared: compare ratios, not absolute numbers)`);
// Warm up first (module loading, JIT), so the timed cases compare like with like.
await pipeline(1, 300);
// Workers through the built CLI: under tsx every worker thread would compile the sources again.
// One and two workers take turns, best of BENCH_REPS (default 3) each: on a shared machine the
// same run's time moves by ±30% from one minute to the next, so single runs compare badly.
let cliOne = Infinity;
let cliTwo = Infinity;
for (let r = 0; r < Number(process.env.BENCH_REPS ?? 3); r++) {
  cliOne = Math.min(cliOne, cli(1));
  cliTwo = Math.min(cliTwo, cli(2));
}
console.log(`  velocity run --workers 1: ${(runs / cliOne).toFixed(0)} runs/s`);
console.log(`  velocity run --workers 2: ${(runs / cliTwo).toFixed(0)} runs/s   speed-up ${(cliOne / cliTwo).toFixed(2)}× (goal ≥ 1.8× when the machine is quiet)`);

// Each worker's CPU time next to the wall time: the same blocks on a pool of 2 threads running the
// built worker, timed per thread from /proc/thread-self/stat. A worker busy < 90% of the wall time
// waited (for a core taken by other jobs, or for blocks): then the speed-up above says little.
if (existsSync("/proc/thread-self/stat")) {
  const cpuByThread = new Map<number, number>();
  const pool = new Tinypool({ filename: new URL("./pipeline-worker.mjs", import.meta.url).href, minThreads: 2, maxThreads: 2 });
  const pooled: BlockRunner = {
    run: async (task) => {
      const { result, threadId, cpuSeconds } = (await pool.run(task)) as { result: BlockResult; threadId: number; cpuSeconds: number };
      cpuByThread.set(threadId, (cpuByThread.get(threadId) ?? 0) + cpuSeconds);
      return result;
    },
    close: () => pool.destroy(),
  };
  const scenario = loadScenario(FILE, { set: [`runs=${runs}`] });
  await simulatePoints(expandSweep(scenario), { start: 0, end: Math.min(runs, 200), runner: pooled }); // warm-up: threads start, JIT settles
  cpuByThread.clear();
  const started = performance.now();
  await simulatePoints(expandSweep(scenario), { start: 0, end: runs, runner: pooled });
  const wall = (performance.now() - started) / 1000;
  await pooled.close();
  const busy = [...cpuByThread.values()].map((cpu) => cpu / wall);
  console.log(
    `  2 workers, simulate blocks only: ${(runs / wall).toFixed(0)} runs/s over ${wall.toFixed(2)} s wall; CPU per worker ${[...cpuByThread.values()].map((cpu, i) => `${cpu.toFixed(2)} s (${(100 * busy[i]).toFixed(0)}% busy)`).join(", ")} (goal: each ≥ 90% busy)`,
  );
}

// The stages of runScenario, timed from inside: the share of wall time spent in blocks of
// simulate() (the model and engine) against everything else (load, summary, files).
let inModel = 0;
const timed: BlockRunner = {
  run: async (task) => {
    const t = performance.now();
    const result = runBlock(task);
    inModel += performance.now() - t;
    return result;
  },
  close: async () => {},
};
const out = mkdtempSync(join(tmpdir(), "velocity-bench-"));
const started = performance.now();
const scenario = loadScenario(FILE, { set: [`runs=${runs}`] });
const points = expandSweep(scenario);
const tables = await simulatePoints(points, { start: 0, end: runs, runner: timed });
const summary = buildSummary(scenario, points, tables, "bench");
const manifest = manifestFor(scenario, points, runs, { file: FILE, workers: 1, version: "bench" });
writeOutputFolder(out, { summary, manifest, tables, labels: points.map((p) => p.label), timing: { wallSeconds: 0, runsPerSecond: 0, workers: 1 }, markdown: summaryMarkdownFile(summary, manifest) });
const total = performance.now() - started;
rmSync(out, { recursive: true, force: true });
console.log(`  one worker, in-process: ${(total / 1000).toFixed(2)} s, of which simulate() ${(inModel / 1000).toFixed(2)} s`);
console.log(`  share of wall time outside the model and engine: ${(100 * (1 - inModel / total)).toFixed(1)}% (goal < 25%)`);

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
  const block = runBlock({ resolved: points[0].scenario.resolved, file: FILE, start: 0, end: 1 });
  return block.rows.length * 8;
})();
if (rows.length >= 2) {
  const [a, b] = [rows[0], rows[rows.length - 1]];
  const perRunKb = ((b.maxRssMb - a.maxRssMb) * 1024) / (b.runs - a.runs);
  console.log(`  growth: ${perRunKb.toFixed(2)} kB per run; one packed run row is ${(layoutBytes / 1024).toFixed(2)} kB`);
}
