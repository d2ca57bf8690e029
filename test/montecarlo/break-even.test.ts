/**
 * The break-even read from the same runs: the share of runs that pay at each price, the prices
 * where that share crosses a level, the median break-even by order statistics, and its bootstrap
 * interval — each against an answer worked out by hand or a known distribution.
 */
import { describe, expect, it } from "vitest";
import { normal, stream } from "../../src/random/index.ts";
import { bootstrapBreakEven, medianBreakEvenFactor, shareCrossingFactor, sharePaysAt } from "../../src/montecarlo/break-even.ts";
import { breakEvenFactor } from "../../src/montecarlo/verdict.ts";

describe("the share of runs that pay", () => {
  // Ten runs with a $1 bill and gains 1..10 at factor 1: gain_i(m) = i − (m − 1), so run i pays
  // below factor i + 1 (crossings 2..11).
  const gain = Float64Array.from({ length: 10 }, (_, i) => i + 1);
  const bill = new Float64Array(10).fill(1);

  it("is the share of runs whose own crossing lies above the price", () => {
    expect(sharePaysAt(gain, bill, 1)).toBe(1);
    expect(sharePaysAt(gain, bill, 5.5)).toBe(0.6); // runs 5..10 cross at 6..11
    expect(sharePaysAt(gain, bill, 11)).toBe(0);
  });

  it("falls to 80%, 50% and 20% at the 9th, 6th and 3rd largest crossing (known linear gains)", () => {
    // More than 80% pay while m < 3 (9 of 10 at 2.999); from m = 3 on, 8 of 10 or fewer.
    expect(shareCrossingFactor(gain, bill, 0.8)).toBe(3);
    expect(sharePaysAt(gain, bill, 2.999)).toBe(0.9);
    expect(sharePaysAt(gain, bill, 3)).toBe(0.8);
    expect(shareCrossingFactor(gain, bill, 0.5)).toBe(6);
    expect(shareCrossingFactor(gain, bill, 0.2)).toBe(9);
  });

  it("has no crossing when too few pay even free, or too many pay at any price", () => {
    expect(shareCrossingFactor(Float64Array.of(-5, -5, 1), Float64Array.of(1, 1, 1), 0.5)).toBeNull();
    expect(shareCrossingFactor(Float64Array.of(5, 5, 5), Float64Array.of(0, 0, 1), 0.5)).toBeNull();
  });
});

describe("the median break-even by order statistics", () => {
  it("agrees with the bisection of verdict.ts on odd and even counts, ties, free runs and losses", () => {
    const rng = stream(7, "break-even-agree");
    const draw = normal({ mean: 50, sd: 120 });
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(rng() * 40);
      const gain = Float64Array.from({ length: n }, () => Math.round(draw(rng)));
      // Some runs pay nothing per token; bills are often tied.
      const bill = Float64Array.from({ length: n }, () => (rng() < 0.15 ? 0 : 1 + Math.floor(rng() * 5)));
      const slow = breakEvenFactor(gain, bill);
      const fast = medianBreakEvenFactor(gain, bill);
      if (slow === null) expect(fast).toBeNull();
      else expect(fast).toBeCloseTo(slow, 9);
    }
  });

  it("finds 11 on the verdict test's three runs (gains 0, 100, 1000, bill 10)", () => {
    expect(medianBreakEvenFactor(Float64Array.of(0, 100, 1000), Float64Array.of(10, 10, 10))).toBeCloseTo(11, 12);
  });
});

describe("the bootstrap interval of the break-even", () => {
  it("covers the true median at the nominal 95% (within 3.5 standard errors) on a known distribution", () => {
    // With a bill of 1 in every run, run r crosses at 1 + gain_r: the break-even factor is 1 plus the
    // sample median, and the truth is 1 plus the population median (here 10).
    const experiments = 300;
    const rng = stream(11, "bootstrap-coverage");
    const draw = normal({ mean: 9, sd: 4 });
    let covered = 0;
    for (let e = 0; e < experiments; e++) {
      const n = 101;
      const gain = Float64Array.from({ length: n }, () => draw(rng));
      const interval = bootstrapBreakEven(gain, new Float64Array(n).fill(1), rng, 400)!;
      if (interval.low <= 10 && 10 <= interval.high) covered++;
    }
    const se = Math.sqrt((0.95 * 0.05) / experiments);
    expect(Math.abs(covered / experiments - 0.95)).toBeLessThan(3.5 * se);
  });

  it("is reproducible from its seed and holds the estimate", () => {
    const draw = normal({ mean: 30, sd: 60 });
    const r0 = stream(3, "data");
    const gain = Float64Array.from({ length: 400 }, () => draw(r0));
    const bill = Float64Array.from({ length: 400 }, () => 1 + r0() * 3);
    const a = bootstrapBreakEven(gain, bill, stream(5, "b"), 500)!;
    const b = bootstrapBreakEven(gain, bill, stream(5, "b"), 500)!;
    expect(a).toEqual(b);
    const estimate = medianBreakEvenFactor(gain, bill)!;
    expect(a.low).toBeLessThan(estimate);
    expect(a.high).toBeGreaterThan(estimate);
  });

  it("reads a resample that pays at any price as unbounded", () => {
    const interval = bootstrapBreakEven(Float64Array.of(5, 5, 5, 5), new Float64Array(4), stream(1, "x"), 50)!;
    expect(interval.high).toBe(Infinity);
  });
});
