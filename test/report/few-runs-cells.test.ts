/**
 * Below the runs an interval needs, the tables print none and say why (issue 31, cause 2): "1 run:
 * no interval" when the point has one run, "3 runs decided: no interval" when only three runs got
 * anywhere; a lever re-run on one run is "too few runs to tell", never "no effect".
 */
import { describe, expect, it } from "vitest";
import type { Comparison, LeverEffect, PointSummary, Summary } from "../../src/montecarlo/types.ts";
import { leversTable } from "../../src/report/levers-table.ts";
import { comparisonsTable } from "../../src/report/summary-tables.ts";

const comparison = (c: Partial<Comparison>): Comparison => ({
  of: "B",
  against: "A",
  metric: "v1",
  medianDifferenceWeeks: -2,
  low: null,
  high: null,
  shareSooner: 0.6,
  shareLater: 0.1,
  restrictedMean: { horizonWeeks: 52, differenceWeeks: -1.5, low: -52, high: 52 },
  medianBound: null,
  ...c,
});

function summaryWith(runs: number, point: Partial<PointSummary>): Summary {
  const p = { index: 0, label: "base", params: {}, companies: [{ name: "A", runs }, { name: "B", runs }], comparisons: [], levers: [], ideas: [], verdicts: [], ...point } as unknown as PointSummary;
  return { runs, targetUsd: 10e6, horizonWeeks: 52, points: [p], levers: [{ id: "instant-review", label: "instant reviews" }], leverRuns: runs } as unknown as Summary;
}

describe("no interval from too few runs, and why", () => {
  it("one run: '1 run: no interval' for the median and the mean", () => {
    const s = summaryWith(1, { comparisons: [comparison({ decidedRuns: 1 })] });
    const row = comparisonsTable(s, s.points[0])!.rows[0];
    expect(row[2].note).toBe("1 run: no interval");
    expect(row[3].note).toBe("1 run: no interval");
  });

  it("200 runs of which 3 decided: '3 runs decided: no interval' for the median", () => {
    const s = summaryWith(200, { comparisons: [comparison({ decidedRuns: 3, restrictedMean: { horizonWeeks: 52, differenceWeeks: -0.1, low: -0.3, high: 0.1 } })] });
    const row = comparisonsTable(s, s.points[0])!.rows[0];
    expect(row[2].note).toBe("3 runs decided: no interval");
    expect(row[3].note).not.toMatch(/no interval/);
  });

  it("a lever re-run on one run is too few to tell, not 'no effect'", () => {
    const effect = (metric: LeverEffect["metric"]): LeverEffect => ({ lever: "instant-review", company: "A", metric, medianWeeksSaved: 0.4, low: null, high: null, shareSooner: 1, shareLater: 0, runs: 1, decidedRuns: 1, inScenario: true, detectable: false });
    const s = summaryWith(1, { levers: [effect("v1"), effect("takeoff"), effect("target")] });
    const notes = leversTable(s, s.points[0])!.notes ?? [];
    expect(notes.join(" ")).toContain("too few runs to tell an effect from none (1 run: no interval): instant reviews (A)");
    expect(notes.join(" ")).not.toContain("no effect");
  });
});
