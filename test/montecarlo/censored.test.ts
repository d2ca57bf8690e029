/**
 * Censored paired comparisons against closed forms: two exponential times cut at a horizon, whose
 * restricted means are known exactly, E[min(T, h)] = (1 − e^(−λh)) / λ.
 */
import { describe, expect, it } from "vitest";
import { medianBound, restrictedMeanDifference } from "../../src/montecarlo/censored.ts";
import { stream } from "../../src/random/index.ts";

/** E[min(T, h)] for T exponential with rate λ. */
const restricted = (rate: number, h: number) => (1 - Math.exp(-rate * h)) / rate;

/** n exponential times with rate λ (mean 1/λ), NaN past the horizon (never got there). */
function exponentials(rate: number, n: number, h: number, seed: number): Float64Array {
  const rng = stream(seed, 0, "test", "censored");
  return Float64Array.from({ length: n }, () => {
    const t = -Math.log(1 - rng()) / rate;
    return t > h ? Number.NaN : t;
  });
}

describe("restrictedMeanDifference", () => {
  it("matches the closed form for two exponentials censored at the horizon, within 4 standard errors", () => {
    // B's mean is 5 weeks, A's 40: A gets there by the 26-week horizon in only 48% of runs, so
    // its median is censored, but the restricted mean difference is known exactly.
    const h = 26;
    const b = exponentials(1 / 5, 20_000, h, 1);
    const a = exponentials(1 / 40, 20_000, h, 2);
    const d = restrictedMeanDifference(b, a, h);
    const exact = restricted(1 / 5, h) - restricted(1 / 40, h);
    const se = (d.high - d.low) / (2 * 1.959964);
    // 5·(1 − e^−5.2) − 40·(1 − e^−0.65) = 4.97 − 19.12.
    expect(exact).toBeCloseTo(-14.15, 2);
    expect(Math.abs(d.differenceWeeks - exact)).toBeLessThan(4 * se);
    expect(d.high).toBeLessThan(0);
    expect(d.horizonWeeks).toBe(h);
  });

  it("covers the exact difference in about 95% of repeated experiments", () => {
    const h = 10;
    const exact = restricted(1 / 3, h) - restricted(1 / 8, h);
    const trials = 300;
    let covered = 0;
    for (let t = 0; t < trials; t++) {
      const d = restrictedMeanDifference(exponentials(1 / 3, 400, h, 100 + t), exponentials(1 / 8, 400, h, 1000 + t), h);
      if (d.low <= exact && exact <= d.high) covered++;
    }
    // Binomial(300, 0.95): sd 1.26 percentage points; 4 sd either side.
    expect(covered / trials).toBeGreaterThan(0.95 - 4 * 0.0126);
    expect(covered / trials).toBeLessThan(0.95 + 4 * 0.0126);
  });

  it("is zero with a zero-width interval for identical series, and scales hours to weeks", () => {
    const a = Float64Array.from([168, 336, Number.NaN, 168, 336, Number.NaN]);
    expect(restrictedMeanDifference(a, a, 504, 1 / 168)).toEqual({ horizonWeeks: 3, differenceWeeks: 0, low: 0, high: 0 });
    // Fewer than six runs: only the certain interval, the horizon either way.
    expect(restrictedMeanDifference(a.subarray(0, 3), a.subarray(0, 3), 504, 1 / 168)).toEqual({ horizonWeeks: 3, differenceWeeks: 0, low: -3, high: 3 });
  });
});

describe("medianBound", () => {
  it("bounds the true median difference from above when the slower side is mostly censored", () => {
    // The same runs uncensored give the true median difference; the bound must hold for it.
    const h = 26;
    const n = 2001;
    const rng = stream(3, 0, "test", "bound");
    const of: number[] = [];
    const against: number[] = [];
    const truth: number[] = [];
    for (let r = 0; r < n; r++) {
      const tb = -Math.log(1 - rng()) * 5;
      const ta = -Math.log(1 - rng()) * 60;
      truth.push(tb - ta);
      of.push(tb > h ? Number.NaN : tb);
      against.push(ta > h ? Number.NaN : ta);
    }
    const trueMedian = truth.sort((x, y) => x - y)[(n - 1) / 2];
    const bound = medianBound(of, against, h);
    expect(bound?.side).toBe("at most");
    expect(trueMedian).toBeLessThanOrEqual(bound!.weeks);
    // A run where A never got there is at least h − B's time sooner: the bound is well below zero.
    expect(bound!.weeks).toBeLessThan(-10);
  });

  it("gives a lower bound the other way round, and none when most runs reach neither side", () => {
    const bound = medianBound([Number.NaN, Number.NaN, Number.NaN], [4, 6, 8], 10);
    // Later by at least 10 − 4, 10 − 6, 10 − 8: the median is at least 4.
    expect(bound).toEqual({ side: "at least", weeks: 4 });
    expect(medianBound([Number.NaN, Number.NaN, 1], [Number.NaN, Number.NaN, 2], 10)).toBeNull();
  });
});
