/**
 * Intervals are not claimed from nothing (issue 31, cause 2). The median's 95% interval from order
 * statistics covers the median with probability at most 1 − 2·½ⁿ even at its widest (the smallest to
 * the largest of n values): 93.75% for n = 5, 96.9% for n = 6, so below 6 decided runs there is no
 * 95% interval. The restricted mean's normal interval needs runs to estimate a spread: below 6
 * runs the only certain statement is the bound every difference of times capped at the horizon h
 * obeys, [−h, h]. A lever re-run on fewer runs is never detectable.
 */
import { describe, expect, it } from "vitest";
import { MIN_INTERVAL_RUNS, pairedDifference } from "../../src/montecarlo/index.ts";
import { restrictedMeanDifference } from "../../src/montecarlo/censored.ts";

describe("intervals need runs", () => {
  it("the widest order-statistic interval of n values covers the median with 1 − 2·½ⁿ: 95% first at n = 6", () => {
    const coverage = (n: number) => 1 - 2 * 0.5 ** n;
    expect(coverage(5)).toBeLessThan(0.95);
    expect(coverage(6)).toBeGreaterThanOrEqual(0.95);
    expect(MIN_INTERVAL_RUNS).toBe(6);
  });

  it("a paired median from 1 to 5 decided runs has no interval; from 6 it has one", () => {
    for (let n = 1; n <= 8; n++) {
      const against = Array.from({ length: n }, (_, r) => 100 + 10 * r);
      const of = against.map((x, r) => x - 5 - r);
      const d = pairedDifference(of, against);
      expect(d.median, `n = ${n}`).not.toBeNull();
      expect(d.decided).toBe(n);
      if (n < 6) expect([d.low, d.high], `n = ${n}`).toEqual([null, null]);
      else expect(d.low !== null && d.high !== null && d.low <= d.median! && d.median! <= d.high, `n = ${n}`).toBe(true);
    }
  });

  it("runs where neither side got there do not count toward the six", () => {
    const of = [1, 2, 3, 4, 5, Number.NaN, Number.NaN, Number.NaN];
    const against = [2, 3, 4, 5, 6, Number.NaN, Number.NaN, Number.NaN];
    const d = pairedDifference(of, against);
    expect(d.decided).toBe(5);
    expect([d.low, d.high]).toEqual([null, null]);
  });

  it("a restricted mean from fewer than 6 runs has only the certain interval [−h, h]; from 6 the normal one", () => {
    const h = 52;
    for (let n = 1; n <= 7; n++) {
      const of = Array.from({ length: n }, (_, r) => 10 + r);
      const against = of.map((x) => x + 5.8);
      const m = restrictedMeanDifference(of, against, h);
      expect(m.differenceWeeks).toBeCloseTo(-5.8, 10);
      if (n < 6) expect([m.low, m.high], `n = ${n}`).toEqual([-h, h]);
      // Every difference is −5.8: no spread, the normal interval is the point itself.
      else expect([m.low, m.high].map((x) => Number(x.toFixed(9))), `n = ${n}`).toEqual([-5.8, -5.8]);
    }
  });
});
