/**
 * The model's distributions are kept through performance work (issue 20): grounded's weeks to v1,
 * weeks to takeoff and releases per company, 1,000 runs at seed 11, must be those of the saved
 * reference run by a two-sample KS test at the 1% level. A change that alters the model, not only
 * its speed, fails here. The reference was saved at d8a6252 (before the event-count and kernel
 * changes), renewed by issue 29 (Codex-Spark's `relativeTurns` drawn from a range) and again by
 * issue 30, which made the companies on one idea share its v1 scope and Bass p and q (the joint of
 * A and B moved on purpose; each one's marginals did not), and renewed once more for two changes
 * merged together: issue 28, which made a task's context grow over its turns and compact past the
 * offering's context window (a compaction is a model call: v1 a little later, more so for Opus 4.6
 * than for Codex-Spark), and issue 29's second part, which made grounded's autonomy and its refocus
 * and review levels ranges drawn once per run for both companies (B's releases moved: KS p = 0.004
 * against the issue 30 reference).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/model/index.ts";
import { loadScenario } from "../../src/scenario/index.ts";
import { twoSampleKs } from "../stats/two-sample-ks.ts";

const RUNS = 1000;
const HOURS_PER_WEEK = 168;
const reference = readFileSync(new URL("../fixtures/grounded-issue28-29-seed11.csv", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line !== "" && !line.startsWith("#"))
  .slice(1)
  .map((line) => {
    const [, company, v1, takeoff, releases] = line.split(",");
    const value = (text: string) => (text === "" ? Infinity : Number(text));
    return { company, v1: value(v1), takeoff: value(takeoff), releases: Number(releases) };
  });

describe("grounded keeps the distributions of its saved reference (KS, 1%)", () => {
  const scenario = { ...loadScenario(new URL("../../scenarios/grounded.yaml", import.meta.url).pathname), seed: 11 };
  const now = Array.from({ length: RUNS }, (_, run) => simulate(scenario, run).companies).flat();
  const weeks = (hours: number | null) => (hours === null ? Infinity : hours / HOURS_PER_WEEK);
  for (const company of ["A", "B"]) {
    const before = reference.filter((r) => r.company === company);
    const after = now.filter((c) => c.name === company);
    it(`${company}: the reference holds ${RUNS} runs`, () => expect(before).toHaveLength(RUNS));
    it(`${company}: weeks to v1`, () => expect(twoSampleKs(before.map((r) => r.v1), after.map((c) => weeks(c.v1))).p).toBeGreaterThan(0.01));
    it(`${company}: weeks to takeoff`, () => expect(twoSampleKs(before.map((r) => r.takeoff), after.map((c) => weeks(c.takeoff))).p).toBeGreaterThan(0.01));
    it(`${company}: releases`, () => expect(twoSampleKs(before.map((r) => r.releases), after.map((c) => c.releases.length)).p).toBeGreaterThan(0.01));
  }
});
