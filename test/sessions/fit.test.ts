import { describe, expect, it } from "vitest";
import { calibrate, fitLognormal, MIN_OBSERVATIONS, normalCdf, type CalibrationData } from "../../src/sessions/index.ts";

describe("the lognormal fit", () => {
  it("recovers μ and σ by their closed form: the mean and root mean square of the logs", () => {
    // ln x = 1, 2, 3, 4: μ = 2.5, σ² = (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25
    const fit = fitLognormal([1, 2, 3, 4].map(Math.exp));
    expect(fit?.mu).toBeCloseTo(2.5, 12);
    expect(fit?.sigma).toBeCloseTo(Math.sqrt(1.25), 12);
    expect(fit?.median).toBeCloseTo(Math.exp(2.5), 9);
    expect(fit?.p90).toBeCloseTo(Math.exp(2.5 + 1.2815515655 * Math.sqrt(1.25)), 6);
  });

  it("gives KS D by its closed form on two and three points", () => {
    // Two points: standardised at ∓1, so D = Φ(1) − ½ (the empirical CDF is ½ between them).
    expect(fitLognormal([Math.exp(1), Math.exp(3)])?.ksD).toBeCloseTo(normalCdf(1) - 0.5, 9);
    expect(normalCdf(1) - 0.5).toBeCloseTo(0.3413447, 6);
    // Three points with logs −1, 0, 1: σ = √(2/3), outer points at ∓√1.5, D = ⅓ − Φ(−√1.5).
    expect(fitLognormal([Math.exp(-1), 1, Math.exp(1)])?.ksD).toBeCloseTo(1 / 3 - normalCdf(-Math.sqrt(1.5)), 9);
  });

  it("leaves out zeros (a lognormal is positive) and says how many", () => {
    const fit = fitLognormal([0, 1, 2, 3, 0]);
    expect(fit?.n).toBe(3);
    expect(fit?.nonPositive).toBe(2);
    expect(fitLognormal([5])).toBeNull();
  });

  it("Φ matches textbook values", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.1586553, 6);
  });
});

describe("calibration", () => {
  const stretch = (calls: number) => ({ calls, outputTokens: 250 * calls, inputTokens: 50_000 * calls, cacheReadTokens: 45_000 * calls, toolHours: 0.01 * calls, spanHours: 0.02 * calls });
  const data = (n: number, gaps: number[]): CalibrationData => {
    const stretches = Array.from({ length: n }, (_, i) => stretch(2 + i));
    const calls = stretches.reduce((a, s) => a + s.calls, 0);
    return { sessions: 2, start: "2026-03-02T10:00:00.000Z", end: "2026-03-03T10:00:00.000Z", stretches, gaps, calls, prompts: n, inputTokens: 50_000 * calls, cacheReadTokens: 45_000 * calls };
  };

  it(`fits from ${MIN_OBSERVATIONS} observations and keeps the base's value below that`, () => {
    const values = calibrate(data(MIN_OBSERVATIONS, [0.1, 0.2, 0.3, 0.4]));
    const by = new Map(values.map((v) => [v.field, v]));
    expect(by.get("turns")?.how).toBe("lognormal");
    expect(by.get("promptTime")?.how).toBe("kept");
    const fewer = new Map(calibrate(data(MIN_OBSERVATIONS - 1, [])).map((v) => [v.field, v]));
    expect(fewer.get("turns")?.how).toBe("kept");
  });

  it("shares are ratios of totals (cache reads over input); one supervised turn per prompt's stretch", () => {
    const d = data(6, []);
    const by = new Map(calibrate(d).map((v) => [v.field, v]));
    const share = by.get("cachedInputShare");
    expect(share?.how === "share" && share.value).toBeCloseTo(0.9, 12);
    const supervised = by.get("supervisedTurns");
    expect(supervised?.how === "share" && supervised.value).toBe(1);
  });
});
