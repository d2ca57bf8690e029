/**
 * grounded.yaml against public base rates for time to $10M ARR (docs/validation.md states the
 * rates and their sources). 300 runs with the scenario's seed; the standard error of a share near
 * 5% is ~1.3 points, far inside the bands, so a failure means the model or the file moved.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { simulate, type CompanyRun } from "../../src/model/index.ts";
import { loadScenario } from "../../src/scenario/index.ts";

const WEEK = 168;
const RUNS = 300;
const scenario = loadScenario(fileURLToPath(new URL("../../scenarios/grounded.yaml", import.meta.url)));
const results: CompanyRun[][] = Array.from({ length: RUNS }, (_, run) => simulate(scenario, run).companies);

describe("grounded.yaml falls inside public base rates for time to $10M ARR", () => {
  const reachedWithin = (company: number, weeks: number) =>
    results.filter((r) => r[company].target !== null && r[company].target! <= weeks * WEEK).length / RUNS;

  it("reaches $10M ARR within a year rarely: between 1% and 15% of runs (SaaS takes ~5 years; AI companies 2–3× faster)", () => {
    for (let c = 0; c < scenario.companies.length; c++) {
      expect(reachedWithin(c, 52)).toBeGreaterThanOrEqual(0.01);
      expect(reachedWithin(c, 52)).toBeLessThanOrEqual(0.15);
    }
  });

  it("almost never within a quarter: at most 1% of runs (Stripe counts such starts individually)", () => {
    for (let c = 0; c < scenario.companies.length; c++) expect(reachedWithin(c, 13)).toBeLessThanOrEqual(0.01);
  });

  it("never takes off without fit, so at most fitChance's share of runs take off", () => {
    for (let c = 0; c < scenario.companies.length; c++) {
      const runs = results.map((r) => r[c]);
      for (const run of runs) if (run.takeoff !== null) expect(run.fit).toBe(true);
      // fitChance is uniform on 0.2–0.5 in the file: at most half the runs, plus 3 standard errors.
      expect(runs.filter((run) => run.takeoff !== null).length / RUNS).toBeLessThan(0.5 + 3 * Math.sqrt(0.25 / RUNS));
    }
  });

  it("reads Bass p and q per year from the literature (converted to per week)", () => {
    const q = scenario.companies[0].growth.q;
    // "0.3 to 1/year": a lognormal whose mean lies inside the interval, per week ≈ ÷ 52.18.
    expect(q.mean).toBeGreaterThan(0.3 / 52.18);
    expect(q.mean).toBeLessThan(1 / 52.18);
  });

  it("no longer rewards a lottery of tiny releases: pipelining 1-task releases is slower to take off, not faster", () => {
    // On main, 144 pipelined 1-task releases reached $10M at 10.4 weeks against 15.9 for the
    // default (each release was a fresh takeoff draw). Same runs, same fit draws (common random numbers).
    const weeksToTakeoff = (set: string[]) => {
      const s = loadScenario(fileURLToPath(new URL("../../scenarios/grounded.yaml", import.meta.url)), { set });
      const weeks = Array.from({ length: 60 }, (_, run) => simulate(s, run).companies[1].takeoff)
        .filter((t): t is number => t !== null)
        .map((t) => t / WEEK)
        .sort((a, b) => a - b);
      return weeks[Math.floor(weeks.length / 2)];
    };
    const tiny = weeksToTakeoff(["companies[B].product.iterationTasks=1", "companies[B].product.iterationPolicy=pipeline"]);
    const usual = weeksToTakeoff([]);
    expect(tiny).toBeGreaterThan(usual);
  });
});
