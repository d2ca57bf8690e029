/**
 * A median over the few runs that got anywhere is not an answer for all of them: where fewer than
 * half the runs reach either side's milestone, the comparison table says over how many the median
 * is taken, beside the restricted mean that covers every run (issue 30: "+1.0" for B vs A to $10M
 * over 76 of 1,000 runs, printed bare).
 */
import { describe, expect, it } from "vitest";
import type { Comparison } from "../../src/montecarlo/types.ts";
import { comparisonsTable } from "../../src/report/index.ts";
import { unsweptFixture } from "../charts/fixture.ts";

const comparison = (shareDecided: number): Comparison => ({
  of: "B",
  against: "A",
  metric: "target",
  medianDifferenceWeeks: 1,
  low: 0.4,
  high: 1.6,
  shareSooner: shareDecided / 2,
  shareLater: shareDecided / 2,
  // The fixture's point holds 200 runs.
  decidedRuns: Math.round(shareDecided * 200),
  restrictedMean: { horizonWeeks: 52, differenceWeeks: -0.04, low: -0.19, high: 0.1 },
  medianBound: null,
});

function rowFor(c: Comparison): string[] {
  const s = unsweptFixture();
  s.points[0].comparisons = [c];
  return comparisonsTable(s, s.points[0])!.rows[0].map((x) => (x.note === undefined ? x.text : `${x.text} (${x.note})`));
}

describe("comparisonsTable where few runs are decided", () => {
  it("8% of runs decided: the median says so, the restricted mean beside it has its interval", () => {
    const row = rowFor(comparison(0.076));
    expect(row[2]).toBe("+1.0 among 8% of runs");
    expect(row[3]).toBe("-0.04 (-0.2 to +0.1)");
  });

  it("half the runs or more decided: the median with its 95% interval, as before", () => {
    expect(rowFor(comparison(0.5))[2]).toBe("+1.0 (+0.4 to +1.6)");
  });
});

describe("the comparisons' footnote explains the table it is under", () => {
  function footnote(comparisons: Comparison[]): string {
    const s = unsweptFixture();
    s.points[0].comparisons = comparisons;
    return comparisonsTable(s, s.points[0])!.footnote!;
  }

  it("reads out its own censored bound, not a fixed example", () => {
    const censored: Comparison = { ...comparison(0.6), medianDifferenceWeeks: null, low: null, high: null, medianBound: { side: "at most", weeks: -12.3 } };
    const text = footnote([censored]);
    expect(text).toContain('"at most -12.3" ($10M) means B got there at least 12.3 weeks sooner than A in half the runs');
    expect(text).not.toContain("17.6");
  });

  it("reads out its own few-runs median, and says nothing of bounds or few runs where the table has none", () => {
    expect(footnote([comparison(0.076)])).toContain('"+1.0 among 8% of runs" (B vs A, $10M) is the median of those runs only');
    const plain = footnote([comparison(0.9)]);
    expect(plain).not.toMatch(/censored|among/);
  });
});
