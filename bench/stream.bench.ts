/**
 * Cost of creating a named random stream (`npm run bench -- stream`), in one run:
 *
 *   rework     `stream(seed, run, company, "rework", release, task)`: the model's most common key
 *   per run    the first stream of each run (`stream(seed, run, company, "takeoff")`, run changing)
 *   JSON       seedrandom's `tychei(JSON.stringify(key))` on the rework key: what `stream` did before
 *              (same draws bit for bit, so the ratio is the saving)
 *
 * Each case creates the stream and takes one draw, best CPU time of BENCH_REPS rounds, cases taking
 * turns. Goal (issue 14): creating a stream ≤ 0.2 µs.
 */
import seedrandom from "seedrandom";
import { stream } from "../src/random/index.ts";

const N = Number(process.env.BENCH_STREAMS ?? 1_000_000);
const REPS = Number(process.env.BENCH_REPS ?? 5);
const COMPANIES = ["Company A", "Company B"];

let sink = 0;
const cases: [string, number, () => void][] = [
  ["rework", N, () => {
    for (let i = 0; i < N; i++) sink += stream(42, 17, COMPANIES[i & 1], "rework", i % 7, i % 50)();
  }],
  ["release", N, () => {
    for (let i = 0; i < N; i++) sink += stream(42, 17, COMPANIES[i & 1], "release", i % 9)();
  }],
  ["per run", N, () => {
    for (let i = 0; i < N; i++) sink += stream(42, i, "Company A", "takeoff")();
  }],
  ["JSON (before)", N / 10, () => {
    for (let i = 0; i < N / 10; i++) sink += seedrandom.tychei(JSON.stringify([42, 17, COMPANIES[i & 1], "rework", i % 7, i % 50]))();
  }],
];

function cpuSeconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

for (const [, , run] of cases) run(); // warm-up
const best = new Map<string, number>();
for (let r = 0; r < REPS; r++) {
  for (const [name, count, run] of cases) {
    const ns = (cpuSeconds(run) * 1e9) / count;
    best.set(name, Math.min(best.get(name) ?? Infinity, ns));
  }
}
console.log(`stream creation + one draw, best CPU time of ${REPS} (shared machine: compare within this run)`);
for (const [name] of cases) console.log(`  ${name.padEnd(14)} ${(best.get(name) as number).toFixed(0).padStart(6)} ns`);
const rework = best.get("rework") as number;
console.log(`goals: creating a stream ${(rework / 1000).toFixed(3)} µs (goal ≤ 0.2), ${((best.get("JSON (before)") as number) / rework).toFixed(1)}× cheaper than JSON + seedrandom   (check ${sink > 0})`);
