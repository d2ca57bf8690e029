import { describe, expect, it } from "vitest";
import { compileQuantity, type QuantityRule } from "../../src/scenario/distribution.ts";
import { betaMean, choiceMean, lognormalMean, normalMean, pertMean, stream, triangularMean, uniformMean } from "../../src/random/index.ts";

const hours: QuantityRule = { unit: "duration", min: 0 };
const share: QuantityRule = { unit: "probability", min: 0, max: 1 };
const usd: QuantityRule = { unit: "money", min: 0 };

// [rule, written value, closed-form mean in model units]
const FORMS: [QuantityRule, unknown, number][] = [
  [hours, { lognormal: { median: "10 min", p90: "1 h" } }, lognormalMean({ median: 1 / 6, p90: 1 })],
  [usd, { normal: { mean: "$600", sd: "$50" } }, normalMean({ mean: 600, sd: 50 })],
  [hours, { triangular: ["1 h", "2 h", "1 d"] }, triangularMean({ min: 1, mode: 2, max: 24 })],
  [hours, { pert: ["30 min", "1 h", "4 h"] }, pertMean({ min: 0.5, mode: 1, max: 4 })],
  [share, { uniform: [0.08, 0.34] }, uniformMean({ min: 0.08, max: 0.34 })],
  [share, { beta: [7, 3] }, betaMean({ alpha: 7, beta: 3 })],
  [usd, { choice: ["$5", "$15", "$25"] }, choiceMean({ values: [5, 15, 25] })],
  [usd, { choice: { values: ["$5", "$25"], weights: [3, 1] } }, choiceMean({ values: [5, 25], weights: [3, 1] })],
  [hours, "2 h", 2],
];

describe("distribution forms", () => {
  for (const [rule, value, mean] of FORMS) {
    it(`${JSON.stringify(value)} has the closed-form mean ${mean.toPrecision(4)} in model units and draws near it`, () => {
      const compiled = compileQuantity(value, rule);
      expect(compiled.ok).toBe(true);
      if (!compiled.ok) return;
      expect(compiled.value.mean).toBeCloseTo(mean, 9);
      // Sample mean of n = 20,000 seeded draws: within 5 standard errors (sd estimated from the draws).
      const rng = stream(3, JSON.stringify(value));
      const n = 20_000;
      const draws = Array.from({ length: n }, () => compiled.value.sample(rng));
      const m = draws.reduce((s, x) => s + x, 0) / n;
      const sd = Math.sqrt(draws.reduce((s, x) => s + (x - m) ** 2, 0) / (n - 1));
      expect(Math.abs(m - mean)).toBeLessThanOrEqual(5 * (sd / Math.sqrt(n)) + 1e-12);
    });
  }

  it("takes a normal whose mean − 4 sd is at the minimum or above (80 ± 5 tokens/s), and its draws stay in range", () => {
    const compiled = compileQuantity({ normal: { mean: 80, sd: 5 } }, { unit: "ratio", min: 0.1, max: 1e6 });
    expect(compiled.ok).toBe(true);
    expect(compileQuantity({ normal: { mean: "4 h", sd: "1 h" } }, hours).ok).toBe(true); // exactly 4 sd above 0
  });

  it("clamps the upper tail of a normal to the field's range (a probability stays in [0, 1])", () => {
    const compiled = compileQuantity({ normal: { mean: 0.95, sd: 0.2 } }, share);
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    const rng = stream(4, "clamp");
    const draws = Array.from({ length: 5000 }, () => compiled.value.sample(rng));
    expect(Math.max(...draws)).toBe(1);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
  });

  it("a constant draws no randomness", () => {
    const compiled = compileQuantity("90 min", hours);
    expect(compiled.ok && compiled.value.constant).toBe(1.5);
    expect(compiled.ok && compiled.value.sample(() => Number.NaN)).toBe(1.5);
  });

  // [rule, value, message fragment]
  const REFUSED: [QuantityRule, unknown, string][] = [
    [hours, { lognormal: { median: "2 h", p90: "1 h" } }, "p90 below the median"],
    [hours, { lognormal: { median: "2 h", p95: "3 h" } }, 'did you mean "p90"?'],
    [hours, { triangular: ["3 h", "1 h", "2 h"] }, "min > max"],
    [hours, { triangular: ["1 h", "1 h", "1 h"] }, "min < max"],
    [hours, { pert: ["1 h", "2 h"] }, "[min, mode, max]"],
    [share, { uniform: [0.2, 0.1] }, "min > max"],
    [share, { uniform: [0.2, 1.1] }, "between 0 and 1"],
    [share, { beta: [0, 1] }, "> 0"],
    [hours, { beta: [2, 2] }, "beta draws lie in 0..1"],
    [usd, { choice: [] }, "non-empty list"],
    [usd, { choice: { values: ["$1", "$2"], weights: [1] } }, "2 choice weights"],
    [usd, { normal: { mean: "$600", sd: "-$1" } }, "sd ≥ 0"],
    [{ unit: "count", min: 0, exclusiveMin: true }, { normal: { mean: 10, sd: 5 } }, "use a lognormal"],
    // Negative tokens/s: a normal whose mean − 4 sd is below the field's minimum (0.1 tokens/s) is refused, not clamped.
    [{ unit: "ratio", min: 0.1, max: 1e6 }, { normal: { mean: 50, sd: 30 } }, "whose mean − 4 sd is -70 (it would draw values below the minimum"],
    [hours, { normal: { mean: "2 h", sd: "1 h" } }, "mean − 4 sd is ≥ 0 h, the field's minimum"],
    [hours, { gamma: [1, 2] }, "expected a distribution"],
    [hours, [1, 2], "expected a duration"],
    [hours, "-1 h", "≥ 0 h"],
  ];
  for (const [rule, value, fragment] of REFUSED) {
    it(`refuses ${JSON.stringify(value)} (${fragment})`, () => {
      const compiled = compileQuantity(value, rule);
      expect(compiled.ok).toBe(false);
      if (!compiled.ok) expect(compiled.detail).toContain(fragment);
    });
  }
});
