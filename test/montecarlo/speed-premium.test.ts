/** The speed premium: paired per-run differences in closed form, and only on sweeps over speed or price. */
import { describe, expect, it } from "vitest";
import type { CompanyRun, RunResult } from "../../src/model/index.ts";
import { buildSummary, isSpeedOrPrice, layoutFor, packRun, RunTable, speedPremium } from "../../src/montecarlo/index.ts";
import type { SweepPoint } from "../../src/scenario/index.ts";
import { company, scenario } from "../model/scenario-builder.ts";

const WEEK = 168;

function run(targetWeek: number | null, tokenSpend: number, revenue: number): CompanyRun {
  return {
    name: "A",
    v1: WEEK,
    releases: [WEEK],
    takeoff: WEEK,
    takeoffRelease: 1,
    milestones: [targetWeek === null ? null : targetWeek * WEEK],
    target: targetWeek === null ? null : targetWeek * WEEK,
    learnings: 0,
    fit: true,
    netValue: 0,
    tokens: { input: 0, cachedInput: 0, output: 0 },
    tokenSpend,
    tokenBillDiscounted: tokenSpend,
    teamSpend: 10 * 4000,
    tokenSpendToTarget: null,
    // One engineer at $4k a week: team spend until the target is 4000 × weeks.
    teamSpendToTarget: targetWeek === null ? null : targetWeek * 4000,
    revenue,
    arrWeekly: [0],
    arrAtHorizon: 0,
    breakdownToV1: null,
    breakdownToTakeoff: null,
    inputs: {},
  };
}

function table(runs: CompanyRun[]): RunTable {
  const results: RunResult[] = runs.map((c, r) => ({ run: r, companies: [c] }));
  const layout = layoutFor(results[0]);
  const rows = new Float64Array(layout.width * results.length);
  results.forEach((r, i) => packRun(r, layout, rows, i * layout.width));
  return new RunTable(layout, rows);
}

// Horizon 10 weeks. At the fast point every run spends $1,000 more, arrives 2 weeks sooner (or, in
// run 2, at all: week 8 instead of never = 2 weeks gained against the horizon) and earns $5,000 more.
const slow = table([run(6, 500, 10_000), run(7, 600, 12_000), run(null, 700, 0)]);
const fast = table([run(4, 1500, 15_000), run(5, 1600, 17_000), run(8, 1700, 5000)]);

describe("speed premium", () => {
  it("is the distribution of paired differences, not a ratio of means", () => {
    const p = speedPremium(fast, slow, 0, 10 * WEEK, "slow");
    expect(p?.extraTokenSpendUsd).toEqual({ p10: 1000, p50: 1000, p90: 1000 });
    expect(p?.weeksGained).toEqual({ p10: 2, p50: 2, p90: 2 });
    expect(p?.revenueGainedUsd).toEqual({ p10: 5000, p50: 5000, p90: 5000 });
    // Two weeks of one engineer saved: $8,000 per run.
    expect(p?.teamCostSavedUsd).toEqual({ p10: 8000, p50: 8000, p90: 8000 });
    expect(p?.netValueUsd).toEqual({ p10: 12_000, p50: 12_000, p90: 12_000 });
    expect(p?.sharePaidForItself).toBe(1);
    expect(p?.runs).toBe(3);
  });

  it("is computed for sweeps over speed or price only", () => {
    expect(["companies[B].agent.tokensPerSecond", "companies[B].agent.pricePerMOutput", "companies[B].agent.timeToFirstToken", "companies[B].agent.priceSpeedExponent"].every(isSpeedOrPrice)).toBe(true);
    expect(["companies[B].team.engineers", "market.arpu", "companies[B].agent.sessions"].some(isSpeedOrPrice)).toBe(false);
    const s = scenario({ horizon: 10 * WEEK });
    const points = (path: string): SweepPoint[] => [0, 1].map((i) => ({ index: i, label: `p${i}`, params: { [path]: i + 1 }, scenario: s }));
    const bySpeed = buildSummary(s, points("companies[A].agent.tokensPerSecond"), [slow, fast], "test");
    expect(bySpeed.points[1].companies[0].speedPremium?.netValueUsd.p50).toBe(12_000);
    expect(bySpeed.points[0].companies[0].speedPremium).toBeNull();
    const byTeam = buildSummary(s, points("companies[A].team.engineers"), [slow, fast], "test");
    expect(byTeam.points[1].companies[0].speedPremium).toBeNull();
    // Comparisons against the baseline are there either way.
    expect(byTeam.points[1].comparisons.find((c) => c.metric === "target")).toMatchObject({ of: "A", against: "A @ p0", medianDifferenceWeeks: -2, shareSooner: 1 });
  });

  it("has rows only for the company whose speed or price was swept, not for its rival", () => {
    const pair = (runs: CompanyRun[]) => {
      const results: RunResult[] = runs.map((c, r) => ({ run: r, companies: [c, { ...c, name: "B" }] }));
      const layout = layoutFor(results[0]);
      const rows = new Float64Array(layout.width * results.length);
      results.forEach((r, i) => packRun(r, layout, rows, i * layout.width));
      return new RunTable(layout, rows);
    };
    const s = scenario({ horizon: 10 * WEEK, companies: [company("A"), company("B")] });
    const points = (path: string): SweepPoint[] => [0, 1].map((i) => ({ index: i, label: `p${i}`, params: { [path]: i + 1 }, numericParams: {}, scenario: s }));
    const slowPair = pair([run(6, 500, 10_000), run(7, 600, 12_000), run(null, 700, 0)]);
    const fastPair = pair([run(4, 1500, 15_000), run(5, 1600, 17_000), run(8, 1700, 5000)]);
    for (const path of ["companies[B].agent.tokensPerSecond", "companies[1].agent.model"]) {
      const summary = buildSummary(s, points(path), [slowPair, fastPair], "test");
      expect(summary.points[1].companies.map((c) => c.speedPremium !== null)).toEqual([false, true]);
    }
    // A catalogue offering's speed is anyone's: both get a row.
    const byOffering = buildSummary(s, points("models[fast].tokensPerSecond"), [slowPair, fastPair], "test");
    expect(byOffering.points[1].companies.map((c) => c.speedPremium !== null)).toEqual([true, true]);
  });
});
