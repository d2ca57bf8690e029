/**
 * The value of information against closed forms: a gain linear in a normal assumption has
 * EVPPI = E[max(a + bX, 0)] − max(a, 0) = a·Φ(a/|b|) + |b|·φ(a/|b|) − max(a, 0).
 */
import { errorFunction } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { normal, standardNormal, stream, type Rng } from "../../src/random/index.ts";
import { evpi, evppi, tenths, valueOfInformation } from "../../src/montecarlo/value-of-information.ts";

const Phi = (z: number) => (1 + errorFunction(z / Math.SQRT2)) / 2;
const phi = (z: number) => Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);

/** n runs of x ~ N(0, 1) and gain = f(x) + N(0, noise). */
function runs(rng: Rng, n: number, f: (x: number) => number, noise: number) {
  const e = normal({ mean: 0, sd: noise });
  const x = Float64Array.from({ length: n }, () => standardNormal(rng));
  const gain = x.map((xi) => f(xi) + e(rng));
  return { x, gain };
}

describe("EVPI", () => {
  it("is mean max(g, 0) − max(mean g, 0): gains −2, 1, 4 give 5/3 − 1", () => {
    expect(evpi(Float64Array.of(-2, 1, 4))).toBeCloseTo(2 / 3, 12);
  });
  it("is zero when one choice is best in every run", () => {
    expect(evpi(Float64Array.of(1, 2, 3))).toBe(0);
    expect(evpi(Float64Array.of(-1, -2))).toBe(0);
  });
});

describe("EVPPI by regression spline", () => {
  const a = -1;
  const b = 2;
  const truth = a * Phi(a / b) + b * phi(a / b) - Math.max(a, 0); // 0.3956

  it("recovers the closed form of a linear gain: mean of 100 experiments within 4 standard errors, and its stated error matches the spread", () => {
    const rng = stream(29, "evppi-linear");
    const estimates: number[] = [];
    const errors: number[] = [];
    for (let e = 0; e < 100; e++) {
      const { x, gain } = runs(rng, 2000, (xi) => a + b * xi, 4);
      const v = evppi(x, gain);
      estimates.push(v.evppi);
      errors.push(v.standardError);
    }
    const mean = estimates.reduce((s, v) => s + v, 0) / estimates.length;
    const sd = Math.sqrt(estimates.reduce((s, v) => s + (v - mean) ** 2, 0) / (estimates.length - 1));
    expect(Math.abs(mean - truth)).toBeLessThan((4 * sd) / Math.sqrt(estimates.length));
    const stated = errors.reduce((s, v) => s + v, 0) / errors.length;
    expect(stated / sd).toBeGreaterThan(0.7);
    expect(stated / sd).toBeLessThan(1.4);
  });

  it("recovers a curved gain, E[(X² − 1)⁺] = 2φ(1), within 4 standard errors", () => {
    const { x, gain } = runs(stream(29, "evppi-square"), 4000, (xi) => xi * xi - 1, 1);
    const v = evppi(x, gain);
    expect(Math.abs(v.evppi - 2 * phi(1))).toBeLessThan(4 * v.standardError);
  });

  it("fits an assumption with few values by its mean gain per value: −3, 1, 5 give (0 + 1 + 5)/3 − 1", () => {
    const x = Float64Array.from({ length: 300 }, (_, r) => r % 3);
    const gain = x.map((xi) => [-3, 1, 5][xi]);
    const v = evppi(x, gain);
    expect(v.evppi).toBeCloseTo(1, 9);
    expect(v.standardError).toBeCloseTo(0, 9);
  });

  it("finds next to nothing in an assumption the gain does not depend on", () => {
    const rng = stream(29, "evppi-noise");
    const { gain } = runs(rng, 2000, (xi) => a + b * xi, 4);
    const unrelated = Float64Array.from({ length: 2000 }, () => rng());
    const v = evppi(unrelated, gain);
    expect(v.evppi).toBeLessThan(0.05 * truth + 3 * v.standardError);
  });

  it("ranks the assumptions, skips one not drawn in every run, and puts EVPI above each", () => {
    const rng = stream(29, "evppi-rank");
    const { x, gain } = runs(rng, 2000, (xi) => a + b * xi, 1);
    const noise = Float64Array.from({ length: 2000 }, () => rng());
    const partial = noise.map((v, r) => (r === 0 ? NaN : v));
    const voi = valueOfInformation(gain, [{ path: "noise", draws: noise }, { path: "x", draws: x }, { path: "partial", draws: partial }]);
    expect(voi.perAssumption.map((p) => p.path)).toEqual(["x", "noise"]);
    expect(voi.evpiUsd).toBeGreaterThanOrEqual(voi.perAssumption[0].evppiUsd);
  });
});

describe("the dollar tornado's ends", () => {
  it("are the mean gains over the bottom and top tenth of draws: x = 0..99 and gain = 2x give 9 and 189", () => {
    const x = Float64Array.from({ length: 100 }, (_, i) => 99 - i); // out of order on purpose
    const gain = x.map((v) => 2 * v);
    expect(tenths(x, gain)).toEqual({ lowTenthGainUsd: 9, highTenthGainUsd: 189 });
  });
});

describe("the bound", () => {
  it("never puts one assumption above knowing everything, where the spline overshoots", () => {
    // The gain is never negative (one windfall run of 400, the rest 0), so no run would choose
    // otherwise: EVPI = 0. The spline through that spike dips below zero elsewhere (the raw EVPPI
    // is about 5), which would claim that knowing x is worth something.
    const x = Float64Array.from({ length: 40 }, (_, i) => i);
    const gain = x.map((xi) => (xi === 39 ? 400 : 0));
    expect(evppi(x, gain).evppi).toBeGreaterThan(1);
    const voi = valueOfInformation(gain, [{ path: "x", draws: x }]);
    expect(voi.evpiUsd).toBe(0);
    expect(voi.perAssumption[0].evppiUsd).toBe(0);
  });
});
