/**
 * Draws docs/fit-regimes.png (and its Vega-Lite spec, docs/fit-regimes.vl.json): median weeks to
 * takeoff when waiting for feedback vs pipelining, across feedback delays relative to the time a
 * release takes to build. Run: `npx tsx scripts/fit-regimes-chart.ts`.
 *
 * The world is the one of test/model/takeoff.test.ts: one engineer and one agent session around the
 * clock, 40-task releases (~3.5 days to build), a niche of 200 users who all adopt within a day of
 * v1 (so every release is seen by the same 200, whatever the delay), an idea that fits once 2.5 bits
 * are learned (one release's 40 × 200 task-users teach the first bit). Only the feedback delay and
 * the policy change; each point is the median of 21 runs (seed 42).
 */
import { renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TopLevelSpec } from "vega-lite";
import { renderPng, renderSvg } from "../src/charts/index.ts";
import { deckFrame, DEFAULT_SIZE, companyColor } from "../src/charts/theme.ts";
import { simulate } from "../src/model/index.ts";
import { compileScenario } from "../src/scenario/index.ts";

const RUNS = 21;
/** Feedback delays, hours: minutes to weeks. */
const DELAYS = [2, 6, 12, 24, 48, 96, 168, 336, 672];

function world(feedbackDelay: number, iterationPolicy: "wait" | "pipeline") {
  return compileScenario({
    name: "fit-regimes",
    seed: 42,
    runs: RUNS,
    horizon: "104 weeks",
    market: { potentialCustomers: 200, arpu: "$600", monthlyChurn: 0, earlyAdopterRate: "100k/week" },
    companies: [
      {
        name: "A",
        agent: { tokensPerSecond: 100, prefillTokensPerSecond: "1M", timeToFirstToken: 0, sessions: 1, firstPassAcceptance: 1 },
        team: { engineers: 1, calendar: { workdays: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"], start: "00:00", end: 24 } },
        task: { outputTokens: "360k", inputTokens: "1M", turns: 1, autonomy: 1, toolTime: "1 h", reviewTime: "1 h" },
        product: { v1Tasks: 40, iterationTasks: 40, planningTime: "2 h", releaseTime: "1 h", feedbackDelay, iterationPolicy },
        takeoff: { fitChance: 1, learningNeeded: 2.5, evidencePerLearning: 8000 },
      },
    ],
  });
}

function medianWeeksToTakeoff(feedbackDelay: number, policy: "wait" | "pipeline"): { median: number; build: number } {
  const scenario = world(feedbackDelay, policy);
  const takeoffs: number[] = [];
  const builds: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const c = simulate(scenario, run).companies[0];
    takeoffs.push((c.takeoff ?? Infinity) / 168);
    if (c.v1 !== null) builds.push(c.v1);
  }
  takeoffs.sort((a, b) => a - b);
  builds.sort((a, b) => a - b);
  return { median: takeoffs[Math.floor(RUNS / 2)], build: builds[Math.floor(builds.length / 2)] };
}

const rows: { ratio: number; policy: string; weeks: number }[] = [];
for (const delay of DELAYS) {
  for (const policy of ["wait", "pipeline"] as const) {
    const { median, build } = medianWeeksToTakeoff(delay, policy);
    rows.push({ ratio: Number((delay / build).toPrecision(3)), policy: policy === "wait" ? "wait for feedback" : "pipeline", weeks: Number(median.toFixed(2)) });
  }
}

const spec = {
  ...deckFrame(
    {
      size: DEFAULT_SIZE,
      caption: ["One engineer, 40-task releases (~3.5 days to build), 200 users, fit after 2.5 bits (one release teaches 1 bit)", `Median of ${RUNS} runs per point, seed 42 — scripts/fit-regimes-chart.ts`],
    },
    "Waiting for feedback wins when it is fast; pipelining wins when it is slow",
  ),
  data: { values: rows },
  mark: { type: "line", point: true },
  encoding: {
    x: { field: "ratio", type: "quantitative", scale: { type: "log" }, title: "feedback delay ÷ time to build a release" },
    y: { field: "weeks", type: "quantitative", title: "median weeks to takeoff" },
    color: { field: "policy", type: "nominal", title: null, scale: { domain: ["wait for feedback", "pipeline"], range: [companyColor(0), companyColor(1)] } },
  },
} as TopLevelSpec;

function write(relative: string, data: string | Buffer): void {
  const target = fileURLToPath(new URL(`../${relative}`, import.meta.url));
  writeFileSync(`${target}.tmp`, data);
  renameSync(`${target}.tmp`, target);
  process.stdout.write(`wrote ${relative}\n`);
}

write("docs/fit-regimes.vl.json", `${JSON.stringify(spec, null, 2)}\n`);
write("docs/fit-regimes.png", renderPng(await renderSvg(spec), 1));
for (const r of rows) process.stdout.write(`${r.policy.padEnd(18)} feedback/build ${String(r.ratio).padStart(6)}  ${r.weeks} weeks\n`);
