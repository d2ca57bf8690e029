/**
 * Which company a sweep's decision concerns and when it has one: the company the swept path names
 * (else the last), only on a one-axis sweep, with the knee only on a sweep of that company's tokens/s.
 */
import { describe, expect, it } from "vitest";
import type { CompanyRun, RunResult } from "../../src/model/index.ts";
import { layoutFor, packRun, RunTable } from "../../src/montecarlo/index.ts";
import { sweepDecision } from "../../src/montecarlo/build-summary.ts";
import { expandSweep, loadScenario, parseVary } from "../../src/scenario/index.ts";

function company(name: string, netValue: number): CompanyRun {
  return { name, v1: null, releases: [], takeoff: null, takeoffRelease: null, milestones: [null], target: null, fit: false, learnings: 0, tokens: { input: 0, cachedInput: 0, output: 0 }, tokenSpend: 0, tokenBillDiscounted: 0, teamSpend: 0, tokenSpendToTarget: null, teamSpendToTarget: null, revenue: 0, netValue, arrWeekly: [0], arrAtHorizon: 0, breakdownToV1: null, breakdownToTakeoff: null, inputs: {} };
}

/** A table of two runs where A's net value is always 0 and B's is `b[r]`. */
function table(b: number[]): RunTable {
  const results: RunResult[] = b.map((v, run) => ({ run, companies: [company("A", 0), company("B", v)] }));
  const layout = layoutFor(results[0]);
  const rows = new Float64Array(layout.width * results.length);
  results.forEach((r, i) => packRun(r, layout, rows, i * layout.width));
  return new RunTable(layout, rows);
}

const scenario = loadScenario("scenarios/grounded.yaml");

describe("sweepDecision", () => {
  it("decides for the company the swept path names, and finds the knee on its speed: 100 → 400 pays, 400 → 1600 does not", () => {
    const points = expandSweep(scenario, [parseVary("companies[B].agent.tokensPerSecond=100,400,1600")]);
    const d = sweepDecision(scenario, points, [table([1, 3]), table([5, 5]), table([4, 4])])!;
    expect(d.company).toBe("B");
    expect(d.choose.label).toBe(points[1].label);
    expect(d.knee).toBe(points[1].label);
  });

  it("decides for the last company on a sweep of a market assumption, with no knee", () => {
    const points = expandSweep(scenario, [parseVary("market.arpu=$400,$700")]);
    const d = sweepDecision(scenario, points, [table([1, 1]), table([2, 2])])!;
    expect(d.company).toBe("B");
    expect(d.knee).toBeUndefined();
  });

  it("has none without a sweep or on a grid of two axes", () => {
    expect(sweepDecision(scenario, expandSweep(scenario), [table([1, 1])])).toBeNull();
    const grid = expandSweep(scenario, [parseVary("market.arpu=$400,$700"), parseVary("companies[B].agent.tokensPerSecond=100,400")]);
    expect(sweepDecision(scenario, grid, grid.map(() => table([1, 1])))).toBeNull();
  });
});
