import { describe, expect, it } from "vitest";
import { stream } from "../../src/random/index.ts";
import { twoSampleKs } from "./two-sample-ks.ts";

describe("twoSampleKs", () => {
  it("is 0 for the same sample and 1 for samples that do not overlap", () => {
    expect(twoSampleKs([1, 2, 3], [3, 2, 1])).toEqual({ d: 0, p: 1 });
    const apart = twoSampleKs([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);
    expect(apart.d).toBe(1);
    // Smirnov's limit at λ = √2.5 + 0.12 + 0.11/√2.5 = 1.7707: Q = 2e^(−2λ²) − … = 0.00378.
    expect(apart.p).toBeCloseTo(0.00378, 5);
  });

  it("puts censored values (Infinity) above every finite one", () => {
    expect(twoSampleKs([1, Infinity], [1, 2]).d).toBe(0.5);
  });

  it("rejects two samples of the same distribution at 5% in about 5% of trials", () => {
    // 400 trials of two uniform samples of 200: the rejection count is Binomial(400, ≤ 0.05),
    // sd ≈ 4.4; the asymptotic test is slightly conservative at this size, so allow 5 sd below.
    const rng = stream(7, "ks");
    let rejected = 0;
    for (let trial = 0; trial < 400; trial++) {
      const a = Array.from({ length: 200 }, rng);
      const b = Array.from({ length: 200 }, rng);
      if (twoSampleKs(a, b).p < 0.05) rejected++;
    }
    expect(rejected).toBeGreaterThan(20 - 5 * 4.4);
    expect(rejected).toBeLessThan(20 + 3 * 4.4);
  });

  it("rejects a shift of half a standard deviation with samples of 200", () => {
    const rng = stream(8, "ks");
    const a = Array.from({ length: 200 }, rng);
    const b = Array.from({ length: 200 }, () => rng() + 0.15); // uniform sd = 0.29
    expect(twoSampleKs(a, b).p).toBeLessThan(0.01);
  });
});
