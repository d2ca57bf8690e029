/**
 * The shared market: early-adopter ARR, Bass growth after takeoff, competition, milestones.
 * Statistical checks use 40 runs with a fixed seed; each tolerance is 4 standard errors of the
 * mean (estimated from the runs) plus, where the continuous closed form is the reference, 1% for
 * the daily time step (the Heun step's bias is ~0.3% at q = 0.8, see bass.test.ts).
 */
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/model/index.ts";
import { bassClosedForm } from "../../src/model/bass.ts";
import { company, scenario } from "./scenario-builder.ts";

const RUNS = 40;

function meanAndSe(xs: number[]): { mean: number; se: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
  return { mean, se: Math.sqrt(variance / xs.length) };
}

describe("market", () => {
  it("earns early-adopter ARR per release before takeoff, integrates revenue, fires milestones", () => {
    // Releases at hours 6, 36, 66, 96 → ARR $20k, $40k, $60k, $80k.
    const s = scenario({ horizon: 100, milestones: [50e3, 1e6], target: 1e6, market: { earlyAdopterArrPerRelease: 20e3 } });
    const r = simulate(s, 0, { trace: true });
    const c = r.companies[0];
    expect(c.arrAtHorizon).toBe(80e3);
    expect(c.revenue).toBeCloseTo((20e3 * 30 + 40e3 * 30 + 60e3 * 30 + 80e3 * 4) / (52 * 168), 6);
    expect(c.milestones[0]).toBeCloseTo(66, 9);
    expect(c.milestones[1]).toBeNull();
    expect(c.target).toBeNull();
    expect(c.arrWeekly).toEqual([0, 80e3]); // horizon inside week 1: the last sample is the horizon's ARR
    expect(r.trace!.filter((e) => e.event === "milestone").map((e) => e.detail)).toEqual(["ARR $50k"]);
  });

  it("grows one company along the Bass closed form, within the Poisson noise", () => {
    const p = 0.01;
    const q = 0.5;
    const M = 100_000;
    const s = scenario({ companies: [company("A", { takeoff: { v1Chance: 1 }, growth: { p, q } })], market: { potentialCustomers: M } });
    const finals: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const c = simulate(s, run).companies[0];
      expect(c.takeoff).toBeCloseTo(6, 9);
      finals.push(c.arrAtHorizon / 600);
    }
    const expected = bassClosedForm(p, q, M, (s.horizon - 6) / 168);
    const { mean, se } = meanAndSe(finals);
    expect(Math.abs(mean - expected)).toBeLessThan(4 * se + 0.01 * expected);
  });

  it("splits the market evenly between two identical companies on average", () => {
    const twin = (name: string) => company(name, { takeoff: { v1Chance: 1 }, growth: { p: 0.01, q: 0.5 } });
    const s = scenario({ companies: [twin("A"), twin("B")] });
    const shares: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const [a, b] = simulate(s, run).companies;
      shares.push(a.arrAtHorizon / (a.arrAtHorizon + b.arrAtHorizon));
    }
    const { mean, se } = meanAndSe(shares);
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * se);
  });

  it("loses customers to churn", () => {
    const base = { companies: [company("A", { takeoff: { v1Chance: 1 }, growth: { p: 0.01, q: 0.5 } })] };
    const noChurn = simulate(scenario(base), 0).companies[0].arrAtHorizon;
    const churn = simulate(scenario({ ...base, market: { monthlyChurn: 0.2 } }), 0).companies[0].arrAtHorizon;
    expect(churn).toBeLessThan(noChurn * 0.95);
  });

  it("records the target with the spend up to then, and weekly ARR to the horizon", () => {
    const s = scenario({ companies: [company("A", { takeoff: { v1Chance: 1 }, growth: { p: 0.05, q: 1 } })], target: 10e6, milestones: [1e6, 10e6, 100e6] });
    const c = simulate(s, 0).companies[0];
    expect(c.target).not.toBeNull();
    expect(c.milestones[1]).toBe(c.target);
    expect(c.milestones[0]!).toBeLessThan(c.target!);
    expect(c.milestones[2]).toBeNull();
    expect(c.tokenSpendToTarget!).toBeLessThanOrEqual(c.tokenSpend);
    expect(c.teamSpendToTarget).toBeCloseTo((4000 * c.target!) / 168, 6);
    expect(c.arrWeekly).toHaveLength(9);
    expect(c.arrWeekly[8]).toBe(c.arrAtHorizon);
    for (let w = 1; w < 9; w++) expect(c.arrWeekly[w]).toBeGreaterThanOrEqual(c.arrWeekly[w - 1]);
  });
});
