import { describe, expect, it } from "vitest";
import { averageRanks, spearman } from "../../src/montecarlo/spearman.ts";
import { quantileSorted, quantiles } from "../../src/montecarlo/quantiles.ts";
import { stream } from "../../src/random/index.ts";

describe("spearman", () => {
  it("matches a hand-computed case with ties: 1 − 6Σd²/(n(n²−1)) when there are none", () => {
    // x ranks 1..5, y ranks (2,1,4,3,5): Σd² = 1+1+1+1+0 = 4 → 1 − 24/120 = 0.8.
    expect(spearman([10, 20, 30, 40, 50], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 12);
  });

  it("handles ties with average ranks and censored values ranked last", () => {
    expect(Array.from(averageRanks([3, 1, 3, Infinity, Infinity]))).toEqual([2.5, 1, 2.5, 4.5, 4.5]);
    // Pearson of ranks x = (1,2,3,4) and y = (1, 2, 3.5, 3.5): hand computation gives 0.9486833.
    expect(spearman([1, 2, 3, 4], [5, 6, Infinity, Infinity])).toBeCloseTo(0.9486833, 6);
  });

  it("is ±1 for monotone relations and 0 for a constant", () => {
    expect(spearman([1, 2, 3], [1, 8, 27])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 2, 3], [7, 7, 7])).toBe(0);
  });
});

describe("quantiles", () => {
  it("interpolate between order statistics (type 7)", () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.1)).toBe(2);
    expect(quantileSorted([], 0.5)).toBeNull();
  });

  it("skip runs where the value is not defined (NaN)", () => {
    const q = quantiles([4, Number.NaN, 2, 3, Number.NaN, 1], 2);
    expect(q).toEqual({ p10: 2.6, p50: 5, p90: 7.4, mean: 5, n: 4 });
  });
});

describe("the statistics from simple-statistics agree with their textbook definitions at 100k runs", () => {
  const n = 100_000;
  const rng = stream(15, "rank-statistics");

  it("spearman without ties is 1 − 6Σd²/(n(n²−1))", () => {
    // A random permutation against its noisy copy: distinct ranks, so the closed form holds.
    const x = Float64Array.from({ length: n }, (_, i) => i);
    const y = Float64Array.from(x, (v) => v + n * 0.3 * (rng() - 0.5));
    const rx = averageRanks(x);
    const ry = averageRanks(y);
    let d2 = 0;
    for (let i = 0; i < n; i++) d2 += (rx[i] - ry[i]) ** 2;
    expect(spearman(x, y)).toBeCloseTo(1 - (6 * d2) / (n * (n * n - 1)), 9);
  });

  it("type-7 quantiles of sorted runs: the order statistics at (n−1)p, interpolated", () => {
    const sorted = Float64Array.from({ length: n }, () => Math.exp(rng() * 10)).sort();
    for (const p of [0, 0.1, 0.25, 0.5, 0.9, 0.999, 1]) {
      const h = (n - 1) * p;
      const lo = Math.floor(h);
      const hi = Math.min(lo + 1, n - 1);
      expect(quantileSorted(sorted, p)).toBe(sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]));
    }
    expect(quantileSorted([7], 0.9)).toBe(7);
  });
});
