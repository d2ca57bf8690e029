/**
 * Engine speed and memory, in one run (`npm run bench -- engine`). Each case runs in a fresh
 * child process (bench/engine-case.ts) beside its floor — the least code that does the same work
 * on a minimal heap of callbacks, drawing from the same seeded stream — the two taking turns, best
 * CPU time of BENCH_REPS each; the ratio floor time ÷ case time is the figure of merit (1 = as
 * fast as the floor). CPU time, not wall time: the machine is shared (still noisy: compare ratios
 * from one run).
 *
 *   M/M/1 generator + timeout   SimPy's textbook M/M/1: a process per customer, a Resource, env.timeout
 *   M/M/1 generator + sleep     the same with env.sleep (the process's reused wake-up event)
 *   M/M/1 generator + delay     the same yielding the delay as a plain number (the kernel's fast path)
 *   M/M/1 schedule callbacks    the engine's callback path, no processes
 *   storm N                     N processes each waiting random delays, ~2M events (1k × 2000, 100k × 20)
 *   peak RSS                    the 100k storm alone in a fresh process, against the floor's storm alone
 *   memory                      heap sampled through a 10M-event generator M/M/1 (must stay flat)
 *
 * Goals (issue 20, re-based from issue 14's 0.40): generator M/M/1 ≥ 0.30 of the floor; storm
 * ≥ 0.6 at 1k and ≥ 0.35 at 100k; peak RSS at 100k ≤ 2× the floor's.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Environment, Resource, type Event } from "../src/engine/index.ts";
import { exponential, stream } from "../src/random/index.ts";
import type { Outcome } from "./engine-workloads.ts";

const CHILD = fileURLToPath(new URL("./engine-case.ts", import.meta.url));

interface CaseResult {
  seconds: number;
  outcome: Outcome;
  floorSeconds: number;
  floorOutcome: Outcome;
}

function child(...args: string[]): string {
  const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", CHILD, ...args], { encoding: "utf8", env: process.env });
  if (run.status !== 0) throw new Error(`engine-case ${args.join(" ")} failed: ${run.stderr}`);
  return run.stdout.trim().split("\n").pop() as string;
}

const cases: [string, string][] = [
  ["M/M/1 generator + timeout", "mm1-timeout"],
  ["M/M/1 generator + sleep", "mm1-sleep"],
  ["M/M/1 generator + delay", "mm1-delay"],
  ["M/M/1 schedule callbacks", "mm1-schedule"],
  ["storm 1k × 2000, timeout", "storm-timeout-1k"],
  ["storm 1k × 2000, sleep", "storm-sleep-1k"],
  ["storm 1k × 2000, delay", "storm-delay-1k"],
  ["storm 100k × 20, timeout", "storm-timeout-100k"],
  ["storm 100k × 20, sleep", "storm-sleep-100k"],
  ["storm 100k × 20, delay", "storm-delay-100k"],
];

console.log(`engine bench: each case in a fresh process beside its floor, best CPU time of ${process.env.BENCH_REPS ?? 5} (shared machine: compare ratios)`);
console.log("case                          events/s  floor ev/s  events/customer  ratio to floor   check");
const ratios = new Map<string, number>();
for (const [label, name] of cases) {
  const r = JSON.parse(child(name)) as CaseResult;
  const ratio = r.floorSeconds / r.seconds;
  ratios.set(name, ratio);
  const perCustomer = r.outcome.customers ? (r.outcome.events / r.outcome.customers).toFixed(2) : "-";
  console.log(
    `${label.padEnd(28)} ${(r.outcome.events / r.seconds / 1e6).toFixed(2).padStart(7)}M  ${(r.floorOutcome.events / r.floorSeconds / 1e6).toFixed(2).padStart(8)}M  ${perCustomer.padStart(15)}  ${ratio.toFixed(2).padStart(14)}   ${r.outcome.check.toFixed(3)}`,
  );
}

const rss = (workload: string) => (JSON.parse(child("rss", workload)) as { maxRssMb: number }).maxRssMb;
const floorRss = rss("floor-100k");
const timeoutRss = rss("timeout-100k");
const sleepRss = rss("sleep-100k");
console.log(`peak RSS, storm 100k × 20 alone in a fresh process: floor ${floorRss.toFixed(0)} MB, timeout ${timeoutRss.toFixed(0)} MB (${(timeoutRss / floorRss).toFixed(2)}×), sleep ${sleepRss.toFixed(0)} MB (${(sleepRss / floorRss).toFixed(2)}×)`);

// Memory: a 10M-event generator M/M/1, run in slices; after each slice, collect and sample the heap.
// Processed events must be released, so the heap may wobble with the queue's length but not grow.
{
  const arrival = exponential({ rate: 0.9 });
  const service = exponential({ rate: 1 });
  const customers = 2_500_000; // 4 queue events each
  const env = new Environment();
  const server = new Resource(env, 1);
  const rng = stream(2, "memory");
  env.process(function* (): Generator<Event<any>, void, any> {
    for (let i = 0; i < customers; i++) {
      yield env.timeout(arrival(rng));
      env.process(function* (): Generator<Event<any>, void, any> {
        const request = server.request();
        yield request;
        yield env.timeout(service(rng));
        server.release(request);
      });
    }
  });
  const slices = 10;
  const horizon = customers / 0.9; // expected time of the last arrival
  const samples: number[] = [];
  const start = performance.now();
  for (let s = 1; s <= slices; s++) {
    env.run({ until: (horizon * s) / slices });
    globalThis.gc?.();
    samples.push(process.memoryUsage().heapUsed / 1e6);
  }
  env.run();
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `memory: ${(env.eventsProcessed / 1e6).toFixed(1)}M-event generator M/M/1 (${customers} customers, ${seconds.toFixed(1)} s) heap MB after each tenth: ${samples.map((x) => x.toFixed(1)).join(" ")}`,
  );
  if (!globalThis.gc) console.log("memory: run with --expose-gc (npm run bench does) for samples after collection");
}

const goal = (value: number, target: number, atLeast = true) => `${value.toFixed(2)} (goal ${atLeast ? "≥" : "≤"} ${target}${(atLeast ? value >= target : value <= target) ? ", met" : ", NOT met"})`;
const r = (name: string) => ratios.get(name) as number;
console.log(
  `goals: generator M/M/1 ÷ floor: timeout ${goal(r("mm1-timeout"), 0.3)}, sleep ${goal(r("mm1-sleep"), 0.3)}, delay ${goal(r("mm1-delay"), 0.3)}; ` +
    `storm 1k: timeout ${goal(r("storm-timeout-1k"), 0.6)}, sleep ${goal(r("storm-sleep-1k"), 0.6)}, delay ${goal(r("storm-delay-1k"), 0.6)}; ` +
    `storm 100k: timeout ${goal(r("storm-timeout-100k"), 0.35)}, sleep ${goal(r("storm-sleep-100k"), 0.35)}, delay ${goal(r("storm-delay-100k"), 0.35)}; ` +
    `peak RSS at 100k ÷ floor's: timeout ${goal(timeoutRss / floorRss, 2, false)}, sleep ${goal(sleepRss / floorRss, 2, false)}`,
);
