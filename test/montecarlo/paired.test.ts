/** Paired differences on common random numbers: closed-form cases a reader can check by hand. */
import { describe, expect, it } from "vitest";
import { medianRanks, pairedDifference } from "../../src/montecarlo/index.ts";
import { stream } from "../../src/random/index.ts";

const WEEK = 168;

describe("pairedDifference", () => {
  it("of a constant shift is that shift, with a zero-width interval, sooner in every run", () => {
    const rng = stream(1, 0, "test", "paired");
    const against = Float64Array.from({ length: 500 }, () => (4 + 20 * rng()) * WEEK);
    const of = against.map((h) => h - 4.6 * WEEK);
    const d = pairedDifference(of, against, 1 / WEEK);
    expect(d.median).toBeCloseTo(-4.6, 10);
    expect(d.low).toBeCloseTo(-4.6, 10);
    expect(d.high).toBeCloseTo(-4.6, 10);
    expect(d.shareSooner).toBe(1);
    expect(d.shareLater).toBe(0);
  });

  it("counts a run that never got there as later than any that did, and leaves out runs where neither did", () => {
    const of = [1, Number.NaN, 3, Number.NaN];
    const against = [2, 5, Number.NaN, Number.NaN];
    const d = pairedDifference(of, against);
    // Run 0: sooner by 1; run 1: later (never); run 2: sooner (against never); run 3: neither.
    expect(d.shareSooner).toBe(0.5);
    expect(d.shareLater).toBe(0.25);
    expect(d.runs).toBe(4);
    // Decided runs: -1, +∞, -∞ → median -1.
    expect(d.median).toBe(-1);
  });

  it("has no median when most runs never get there on one side", () => {
    const d = pairedDifference([Number.NaN, Number.NaN, Number.NaN, 1], [1, 1, 1, 2]);
    expect(d.median).toBeNull();
    expect(d.shareLater).toBe(0.75);
  });

  it("puts the interval on the order statistics of the binomial(n, ½) (Conover: ranks 40 and 61 of 100)", () => {
    expect(medianRanks(100)).toEqual({ low: 40, high: 61 });
  });

  it("covers the true median shift about 95% of the time (noise around a shift of -2 weeks)", () => {
    let covered = 0;
    const trials = 400;
    for (let t = 0; t < trials; t++) {
      const rng = stream(7, t, "test", "coverage");
      const against = Float64Array.from({ length: 101 }, () => 10 * rng());
      const of = against.map((x) => x - 2 + (rng() - 0.5));
      const d = pairedDifference(of, against);
      if (d.low !== null && d.high !== null && d.low <= -2 && -2 <= d.high) covered++;
    }
    // The order-statistic interval is conservative: at least 95%, within 3 standard errors.
    const se = Math.sqrt((0.95 * 0.05) / trials);
    expect(covered / trials).toBeGreaterThan(0.95 - 3 * se);
  });
});
