/**
 * Replications per second of `simulate()` on the bundled scenarios (one core, no tracing), plus
 * the cost of tracing. Run with `npm run bench model`.
 */
import { fileURLToPath } from "node:url";
import { simulate } from "../src/model/index.ts";
import { loadScenario } from "../src/scenario/index.ts";

const scenarios = ["seed-article.yaml", "grounded.yaml"];
const seconds = Number(process.env.BENCH_SECONDS ?? 3);

function measure(run: (i: number) => void): { runs: number; perSecond: number } {
  for (let i = 0; i < 20; i++) run(i); // warm-up: let the JIT settle
  const start = performance.now();
  let runs = 0;
  while (performance.now() - start < seconds * 1000) run(runs++);
  return { runs, perSecond: runs / ((performance.now() - start) / 1000) };
}

for (const name of scenarios) {
  const scenario = loadScenario(fileURLToPath(new URL(`../scenarios/${name}`, import.meta.url)));
  const plain = measure((i) => simulate(scenario, i));
  const traced = measure((i) => simulate(scenario, i, { trace: true }));
  const stats = { events: 0 };
  let events = 0;
  for (let i = 0; i < 50; i++) {
    simulate(scenario, i, { stats });
    events += stats.events;
  }
  const heapMb = process.memoryUsage().heapUsed / 1e6;
  console.log(
    `${name.padEnd(20)} ${plain.perSecond.toFixed(0).padStart(6)} runs/s, ${(events / 50).toFixed(0)} events/run  (traced ${traced.perSecond.toFixed(0)} runs/s, ${plain.runs} runs, heap ${heapMb.toFixed(0)} MB)`,
  );
}
