import { describe, expect, it } from "vitest";
import { wilson } from "../../src/montecarlo/wilson.ts";

// Newcombe R. G. (1998), "Two-sided confidence intervals for the single proportion: comparison of
// seven methods", Statistics in Medicine 17:857–872, Table II, method 3 (Wilson score, no
// continuity correction), reported to 4 decimals.
const published: [number, number, number, number][] = [
  [81, 263, 0.2553, 0.3662],
  [15, 148, 0.0624, 0.1605],
  [0, 20, 0, 0.1611],
  [1, 29, 0.0061, 0.1718],
];

describe("wilson", () => {
  for (const [x, n, low, high] of published) {
    it(`${x}/${n} gives ${low}–${high}`, () => {
      const ci = wilson(x, n);
      expect(ci.share).toBeCloseTo(x / n, 12);
      expect(Math.abs(ci.low - low)).toBeLessThan(6e-5);
      expect(Math.abs(ci.high - high)).toBeLessThan(6e-5);
    });
  }

  it("no successes give a low bound of exactly 0 and all successes a high bound of exactly 1 (not 1.7e-18)", () => {
    for (const n of [1, 7, 100, 2000, 12345]) {
      expect(wilson(0, n).low).toBe(0);
      expect(wilson(n, n).high).toBe(1);
    }
  });

  it("refuses impossible counts", () => {
    expect(() => wilson(5, 3)).toThrow(RangeError);
    expect(() => wilson(-1, 3)).toThrow(RangeError);
  });
});
