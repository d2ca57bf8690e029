/**
 * Replications per second of `simulate()` on every bundled scenario (one core, no tracing),
 * against its events limit (`npm run bench -- model`):
 *
 *   events per run   queue events the engine processed, averaged over the first runs
 *   events limit     the runs/s the floor (bench/engine-workloads.ts: a minimal heap of callbacks)
 *                    would manage: its events/s, measured in this process in the same rounds,
 *                    ÷ the scenario's events per run
 *   share            runs/s ÷ events limit (goal, issue 20: ≥ 0.25; grounded ≤ 25k and
 *                    pair-programming ≤ 30k events per run)
 *
 * Runs/s and the floor take turns BENCH_REPS times (default 5), each for BENCH_SECONDS (default
 * 1.5) of CPU time, best kept; CPU time, not wall time (the machine is shared). Also the cost of
 * tracing, once per scenario. The model is the built one (dist/), as the CLI runs it.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { floorMM1 } from "./engine-workloads.ts";
import type * as EngineModule from "../src/engine/index.ts";
import type * as ModelModule from "../src/model/index.ts";
import type * as RandomModule from "../src/random/index.ts";
import type * as ScenarioModule from "../src/scenario/index.ts";

// The model as users run it: the built JavaScript (`npm run bench` builds first), not the sources
// through tsx's module wrappers.
const dist = new URL("../dist/", import.meta.url).href;
const { Environment } = (await import(`${dist}engine/index.js`)) as typeof EngineModule;
const { simulate } = (await import(`${dist}model/index.js`)) as typeof ModelModule;
const { stream } = (await import(`${dist}random/index.js`)) as typeof RandomModule;
const { loadCatalogue, loadScenario } = (await import(`${dist}scenario/index.js`)) as typeof ScenarioModule;
type Scenario = ScenarioModule.Scenario;

const dir = fileURLToPath(new URL("../scenarios/", import.meta.url));
// Every bundled scenario; a catalogue of offerings (models.yaml) is not one: scenarios extend it.
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".yaml") && loadCatalogue(`${dir}${f}`) === null)
  .sort();
const seconds = Number(process.env.BENCH_SECONDS ?? 1.5);
const REPS = Number(process.env.BENCH_REPS ?? 5);
const COUNT_RUNS = 50;

const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};

/** Runs `run(i)` for `seconds` of CPU time; returns runs per CPU second. */
function rate(run: (i: number) => void, from: number): number {
  const start = cpu();
  let runs = 0;
  while (cpu() - start < seconds) run(from + runs++);
  return runs / (cpu() - start);
}

/** Mean queue events per replication: every `env.run` inside `simulate` counted, over COUNT_RUNS runs. */
function eventsPerRun(scenario: Scenario): number {
  const original = Environment.prototype.run;
  let events = 0;
  Environment.prototype.run = function (this: InstanceType<typeof Environment>, options) {
    const before = this.eventsProcessed;
    try {
      return original.call(this, options);
    } finally {
      events += this.eventsProcessed - before;
    }
  };
  try {
    for (let i = 0; i < COUNT_RUNS; i++) simulate(scenario, i);
  } finally {
    Environment.prototype.run = original;
  }
  return events / COUNT_RUNS;
}

/** The floor's events per CPU second (M/M/1 on the minimal heap, 200k customers per call). */
function floorEventsPerSecond(): number {
  const start = cpu();
  let events = 0;
  while (cpu() - start < seconds) events += floorMM1(200_000, stream(1, "mm1")).events;
  return events / (cpu() - start);
}

const scenarios = names.map((name) => ({ name, scenario: loadScenario(`${dir}${name}`) }));
const events = new Map(scenarios.map(({ name, scenario }) => [name, eventsPerRun(scenario)]));
for (const { scenario } of scenarios) for (let i = 0; i < 20; i++) simulate(scenario, i); // warm-up
floorEventsPerSecond();

const best = new Map<string, number>();
let floor = 0;
for (let r = 0; r < REPS; r++) {
  floor = Math.max(floor, floorEventsPerSecond());
  for (const { name, scenario } of scenarios) best.set(name, Math.max(best.get(name) ?? 0, rate((i) => simulate(scenario, i), r * 100_000)));
}

console.log(`model bench: best of ${REPS} × ${seconds} s CPU per scenario, floor ${(floor / 1e6).toFixed(2)}M events/s in the same rounds (shared machine: compare ratios)`);
console.log("scenario             events/run   runs/s   events limit   share (goal ≥ 0.25)  traced runs/s");
const shares: string[] = [];
for (const { name, scenario } of scenarios) {
  const perRun = events.get(name) as number;
  const runsPerSecond = best.get(name) as number;
  const limit = floor / perRun;
  const share = runsPerSecond / limit;
  const traced = rate((i) => simulate(scenario, i, { trace: true }), 0);
  shares.push(`${name} ${share.toFixed(2)}${share >= 0.25 ? "" : " (NOT met)"}`);
  console.log(
    `${name.padEnd(20)} ${perRun.toFixed(0).padStart(10)} ${runsPerSecond.toFixed(0).padStart(8)} ${limit.toFixed(0).padStart(14)} ${share.toFixed(2).padStart(11)}          ${traced.toFixed(0).padStart(10)}`,
  );
}
console.log(`goals: runs/s ÷ events limit ≥ 0.25: ${shares.join(", ")}`);
const eventGoal = (name: string, most: number) => `${name} ${(events.get(name) ?? NaN).toFixed(0)} (goal ≤ ${most}${(events.get(name) ?? Infinity) <= most ? ", met" : ", NOT met"})`;
console.log(`goals: events per run: ${eventGoal("grounded.yaml", 25_000)}, ${eventGoal("pair-programming.yaml", 30_000)}`);
