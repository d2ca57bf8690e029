/**
 * Child process of the engine bench: `engine-case.ts <case>` times the case and its floor in
 * this fresh process (no other case has trained the JIT on other shapes), taking turns REPS
 * times after one warm-up each, and prints the best CPU time of each as JSON;
 * `engine-case.ts rss <workload>` runs one workload once and prints the process's peak RSS.
 */
import { stream } from "../src/random/index.ts";
import { floorMM1, floorStorm, generatorMM1, kernelStorm, type Outcome, scheduleMM1, type Wait } from "./engine-workloads.ts";

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const REPS = Number(process.env.BENCH_REPS ?? 5);

/** A storm's shape: processes × timeouts each, ~2M events either way. */
const STORMS: Record<string, [number, number]> = { "1k": [1000, 2000], "100k": [100_000, 20] };

/** Each case: [its workload, its floor]. */
function workloads(name: string): [() => Outcome, () => Outcome] {
  const mm1Floor = () => floorMM1(CUSTOMERS, stream(1, "mm1"));
  if (name === "mm1-timeout") return [() => generatorMM1(CUSTOMERS, stream(1, "mm1"), "timeout"), mm1Floor];
  if (name === "mm1-sleep") return [() => generatorMM1(CUSTOMERS, stream(1, "mm1"), "sleep"), mm1Floor];
  if (name === "mm1-delay") return [() => generatorMM1(CUSTOMERS, stream(1, "mm1"), "delay"), mm1Floor];
  if (name === "mm1-schedule") return [() => scheduleMM1(CUSTOMERS, stream(1, "mm1")), mm1Floor];
  const storm = /^storm-(timeout|sleep|delay)-(1k|100k)$/.exec(name);
  if (storm) {
    const [processes, timeouts] = STORMS[storm[2]];
    const wait = storm[1] as Wait;
    return [() => kernelStorm(processes, timeouts, stream(1, "storm"), wait), () => floorStorm(processes, timeouts, stream(1, "storm"))];
  }
  throw new Error(`unknown case ${name}`);
}

function cpuSeconds(run: () => Outcome): { seconds: number; outcome: Outcome } {
  globalThis.gc?.();
  const start = process.cpuUsage();
  const outcome = run();
  const used = process.cpuUsage(start);
  return { seconds: (used.user + used.system) / 1e6, outcome };
}

const [mode, name] = process.argv.slice(2);
if (mode === "rss") {
  const storm = /^(floor|timeout|sleep|delay)-(1k|100k)$/.exec(name);
  if (!storm) throw new Error(`unknown rss workload ${name}`);
  const [processes, timeouts] = STORMS[storm[2]];
  const outcome = storm[1] === "floor" ? floorStorm(processes, timeouts, stream(1, "storm")) : kernelStorm(processes, timeouts, stream(1, "storm"), storm[1] as Wait);
  console.log(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024, check: outcome.check }));
} else {
  const [work, floor] = workloads(mode);
  work();
  floor();
  let best = { seconds: Infinity, outcome: null as Outcome | null };
  let bestFloor = { seconds: Infinity, outcome: null as Outcome | null };
  for (let r = 0; r < REPS; r++) {
    const f = cpuSeconds(floor);
    if (f.seconds < bestFloor.seconds) bestFloor = f;
    const w = cpuSeconds(work);
    if (w.seconds < best.seconds) best = w;
  }
  console.log(JSON.stringify({ case: mode, seconds: best.seconds, outcome: best.outcome, floorSeconds: bestFloor.seconds, floorOutcome: bestFloor.outcome }));
}
