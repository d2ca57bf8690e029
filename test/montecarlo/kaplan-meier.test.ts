import { describe, expect, it } from "vitest";
import { kaplanMeier, kmMedianInterval, kmQuantile, survivalAt } from "../../src/montecarlo/kaplan-meier.ts";

// Remission times (weeks) of the 6-MP arm of Freireich et al. (1963), Blood 21:699–716, the
// textbook example of Klein & Moeschberger, "Survival Analysis" (2003), Table 4.1A; null = censored.
const sixMp: [number, boolean][] = [
  [6, true], [6, true], [6, true], [6, false], [7, true], [9, false], [10, true], [10, false], [11, false],
  [13, true], [16, true], [17, false], [19, false], [20, false], [22, true], [23, true], [25, false],
  [32, false], [32, false], [34, false], [35, false],
];
const times = sixMp.map(([t, event]) => (event ? t : null));
const censorTimes = sixMp.map(([t]) => t);

// Klein & Moeschberger Table 4.1A: S(t) and its Greenwood standard error.
const table: [number, number, number][] = [
  [6, 0.857, 0.0764],
  [7, 0.807, 0.0869],
  [10, 0.753, 0.0963],
  [13, 0.69, 0.1068],
  [16, 0.627, 0.1141],
  [22, 0.538, 0.1282],
  [23, 0.448, 0.1346],
];

describe("kaplanMeier on the 6-MP leukemia data", () => {
  const km = kaplanMeier(times, censorTimes);

  it("has the textbook steps, survival and Greenwood errors", () => {
    expect(km.steps.map((s) => s.time)).toEqual(table.map(([t]) => t));
    km.steps.forEach((step, i) => {
      expect(Math.abs(step.survival - table[i][1])).toBeLessThan(6e-4);
      expect(Math.abs(step.se - table[i][2])).toBeLessThan(6e-5);
    });
    expect(km.steps[0].atRisk).toBe(21);
    expect(km.steps[1].atRisk).toBe(17);
  });

  it("has median 23 weeks and no 90th percentile (the curve never falls below 0.448)", () => {
    expect(kmQuantile(km, 0.5)).toBe(23);
    expect(kmQuantile(km, 0.1)).toBe(6);
    expect(kmQuantile(km, 0.9)).toBeNull();
    expect(survivalAt(km, 15)).toBeCloseTo(0.690196, 5);
  });

  it("gives a median interval that contains the median", () => {
    const { low, high } = kmMedianInterval(km);
    // The band's lower edge first reaches 0.5 at 13 weeks (at 10: 0.753 − 1.96 × 0.0963 = 0.564;
    // at 13: 0.690 − 1.96 × 0.1068 = 0.481); the upper edge never does (at 23: 0.448 + 0.264 > 0.5).
    expect(low).toBe(13);
    expect(high).toBeNull();
  });

  it("with no censoring is the empirical distribution", () => {
    const plain = kaplanMeier([3, 1, 2, 4], 10);
    expect(plain.steps.map((s) => s.survival)).toEqual([0.75, 0.5, 0.25, 0]);
    expect(kmQuantile(plain, 0.5)).toBe(2);
  });
});
