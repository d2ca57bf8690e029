/** Weeks a lever saves when most runs never got there as run: the bound and the restricted mean, by hand. */
import { describe, expect, it } from "vitest";
import type { CompanyRun, RunResult } from "../../src/model/index.ts";
import { layoutFor, leverEffects, packLeverRun, packRun, RunTable } from "../../src/montecarlo/index.ts";

const WEEK = 168;

function company(targetWeek: number | null): CompanyRun {
  const at = targetWeek === null ? null : targetWeek * WEEK;
  return {
    name: "A", v1: WEEK, releases: [WEEK], takeoff: at, takeoffRelease: at === null ? null : 1, milestones: [at], target: at, fit: true, learnings: 0,
    tokens: { input: 0, cachedInput: 0, output: 0 }, tokenSpend: 0, tokenBillDiscounted: 0, teamSpend: 0, tokenSpendToTarget: null, teamSpendToTarget: null,
    revenue: 0, netValue: 0, arrWeekly: [0], arrAtHorizon: 0, breakdownToV1: null, breakdownToTakeoff: null, inputs: {},
  };
}

/** As run, A reaches the target in run 2 only (week 10); with the lever in weeks 5, 6 and 8. */
function table(): RunTable {
  // The same three runs twice: six, the fewest an effect is told from none with (MIN_INTERVAL_RUNS).
  const asRun = [null, null, 10, null, null, 10].map((w, run): RunResult => ({ run, companies: [company(w)] }));
  const levered = [5, 6, 8, 5, 6, 8].map((w, run): RunResult => ({ run, companies: [company(w)] }));
  const layout = layoutFor(asRun[0], ["instant-review"], 6);
  const rows = new Float64Array(layout.width * 6);
  for (let r = 0; r < 6; r++) {
    packRun(asRun[r], layout, rows, r * layout.width);
    packLeverRun(levered[r], layout, 0, rows, r * layout.width);
  }
  return new RunTable(layout, rows);
}

describe("leverEffects with a censored median", () => {
  const target = leverEffects(table(), 20 * WEEK).find((e) => e.metric === "target")!;

  it("bounds the weeks saved from below: at least 20 − 6 = 14 weeks in half the runs", () => {
    expect(target.medianWeeksSaved).toBeNull();
    expect(target.medianSavedBound).toEqual({ side: "at least", weeks: 14 });
  });

  it("gives the restricted mean saved: ((20 − 5) + (20 − 6) + (10 − 8)) / 3 = 31/3 weeks", () => {
    expect(target.restrictedMeanSaved?.weeks).toBeCloseTo(31 / 3, 10);
    expect(target.restrictedMeanSaved?.horizonWeeks).toBe(20);
    expect(target.detectable).toBe(true);
  });

  it("never calls an effect detectable from fewer than six runs, however large", () => {
    const five = new RunTable({ ...table().layout, leverRuns: 5 }, table().rows.slice(0, 5 * table().layout.width));
    const effect = leverEffects(five, 20 * WEEK).find((e) => e.metric === "target")!;
    expect(effect.runs).toBe(5);
    expect(effect.detectable).toBe(false);
  });

  it("marks a lever whose cost the scenario does not have, and never calls it detectable", () => {
    const absent = leverEffects(table(), 20 * WEEK, () => false).find((e) => e.metric === "target")!;
    expect(absent).toMatchObject({ inScenario: false, detectable: false });
  });
});
