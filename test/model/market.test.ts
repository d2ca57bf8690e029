/**
 * The shared market: early-adopter ARR, Bass growth after takeoff, competition, milestones.
 * Statistical checks use 40 runs with a fixed seed; each tolerance is 4 standard errors of the
 * mean (estimated from the runs) plus, where the continuous closed form is the reference, 1% for
 * the daily time step (the Heun step's bias is ~0.3% at q = 0.8, see bass.test.ts).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/model/index.ts";
import { bassClosedForm } from "../../src/model/bass.ts";
import { attractiveness, Market } from "../../src/model/market.ts";
import { HOURS_PER_MONTH, HOURS_PER_YEAR } from "../../src/format/time-units.ts";
import { Environment } from "../../src/engine/index.ts";
import { stream } from "../../src/random/index.ts";
import { company, scenario } from "./scenario-builder.ts";

const RUNS = 40;

function meanAndSe(xs: number[]): { mean: number; se: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
  return { mean, se: Math.sqrt(variance / xs.length) };
}

describe("market", () => {
  it("bills early adopters as customers from v1 on, before takeoff: ARR = customers × ARPU, revenue over a 365.25-day year", () => {
    // v1 ships at hour 6; early adopters then arrive at 100 a week (no churn, the market barely
    // dented): by hour 100, Poisson with mean 100 × 94/168 ≈ 56 customers. Revenue is
    // ∫ 600 × 100 × (t − 6)/168 dt over 6..100, over a year of 365.25 × 24 hours.
    const s = scenario({ horizon: 100, market: { earlyAdopterRate: 100 } });
    const customers: number[] = [];
    const revenue: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const c = simulate(s, run).companies[0];
      expect(c.takeoff).toBeNull();
      expect(c.arrAtHorizon % 600).toBe(0);
      expect(c.arrWeekly).toEqual([0, c.arrAtHorizon]); // horizon inside week 1: the last sample is the horizon's ARR
      customers.push(c.arrAtHorizon / 600);
      revenue.push(c.revenue);
    }
    const expected = (100 * 94) / 168;
    const n = meanAndSe(customers);
    expect(Math.abs(n.mean - expected)).toBeLessThan(4 * n.se);
    // Daily arrivals: customers step up once a day, so revenue follows the staircase (≤ 1 day of lag).
    const r = meanAndSe(revenue);
    const smooth = (600 * 100 * 94 ** 2) / 2 / 168 / (365.25 * 24);
    expect(r.mean).toBeLessThan(smooth + 4 * r.se);
    expect(r.mean).toBeGreaterThan((smooth * (94 - 24)) / 94 - 4 * r.se);
  });

  it("keeps every customer inside the market: Σ customers ≤ M, whatever the rates (stress)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 5000 }),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
        (M, early, q, churn, run) => {
          const grower = (name: string, fitChance: number) =>
            company(name, { takeoff: { fitChance, learningNeeded: 0 }, growth: { p: 0.05, q, attractivenessCap: 3, attractivenessRate: 0.5 } });
          const s = scenario({
            horizon: 6 * 168,
            market: { potentialCustomers: M, earlyAdopterRate: early, monthlyChurn: churn },
            companies: [grower("A", 1), grower("B", 0), grower("C", 1)],
          });
          const r = simulate(s, run);
          for (let w = 0; w <= 6; w++) {
            const total = r.companies.reduce((sum, c) => sum + c.arrWeekly[w] / 600, 0);
            expect(total).toBeLessThanOrEqual(M);
          }
        },
      ),
      { numRuns: 40, seed: 11 },
    );
  });

  it("earns no ARR without customers of the market: M = 0 customers' worth of room means no revenue", () => {
    const s = scenario({ market: { potentialCustomers: 0.5, earlyAdopterRate: 1000 }, companies: [company("A", { takeoff: { fitChance: 1 } })] });
    const c = simulate(s, 0).companies[0];
    expect(c.takeoff).not.toBeNull();
    expect(c.arrAtHorizon).toBe(0);
    expect(c.revenue).toBe(0);
  });

  it("grows one company along the Bass closed form, within the Poisson noise", () => {
    const p = 0.01;
    const q = 0.5;
    const M = 100_000;
    const s = scenario({ companies: [company("A", { takeoff: { fitChance: 1 }, growth: { p, q } })], market: { potentialCustomers: M } });
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
    const twin = (name: string) => company(name, { takeoff: { fitChance: 1 }, growth: { p: 0.01, q: 0.5 } });
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
    const base = { companies: [company("A", { takeoff: { fitChance: 1 }, growth: { p: 0.01, q: 0.5 } })] };
    const noChurn = simulate(scenario(base), 0).companies[0].arrAtHorizon;
    const churn = simulate(scenario({ ...base, market: { monthlyChurn: 0.2 } }), 0).companies[0].arrAtHorizon;
    expect(churn).toBeLessThan(noChurn * 0.95);
  });

  it("records the target with the spend up to then, and weekly ARR to the horizon", () => {
    const s = scenario({ companies: [company("A", { takeoff: { fitChance: 1 }, growth: { p: 0.05, q: 1 } })], target: 10e6, milestones: [1e6, 10e6, 100e6] });
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

describe("attractiveness", () => {
  it("starts at 1 at takeoff, saturates towards its cap and never passes it", () => {
    expect(attractiveness(1.5, 0.1, 0)).toBe(1);
    // Ten releases close 1 − e^(−1) ≈ 63% of the gap.
    expect(attractiveness(1.5, 0.1, 10)).toBeCloseTo(1.5 - 0.5 * Math.exp(-1), 12);
    let previous = 1;
    for (let n = 1; n <= 1000; n++) {
      const a = attractiveness(1.5, 0.1, n);
      expect(a).toBeGreaterThanOrEqual(previous);
      expect(a).toBeLessThanOrEqual(1.5);
      previous = a;
    }
    expect(attractiveness(1, 5, 100)).toBe(1); // a cap of 1: releases add nothing
  });

  it("lets a late entrant that is more attractive overtake an incumbent", () => {
    // A takes off at v1 (hour 6); B's v1 is a long build and takes off at ~hour 206, but B's
    // releases make it up to 4× as attractive (fast), A stays at 1. Over 26 weeks B wins most runs.
    const incumbent = company("A", { takeoff: { fitChance: 1 }, growth: { p: 0.002, q: 0.3 } });
    const entrant = company("B", {
      takeoff: { fitChance: 1 },
      task: { toolTime: 200 },
      growth: { p: 0.002, q: 0.3, attractivenessCap: 4, attractivenessRate: 1 },
    });
    const s = scenario({ horizon: 26 * 168, companies: [incumbent, entrant] });
    let overtaken = 0;
    for (let run = 0; run < 20; run++) {
      const [a, b] = simulate(s, run).companies;
      expect(b.takeoff!).toBeGreaterThan(a.takeoff! + 150);
      if (b.arrAtHorizon > a.arrAtHorizon) overtaken++;
    }
    expect(overtaken).toBeGreaterThan(15);
  });
});

describe("calendar constants", () => {
  it("churns a monthly share over one month of 365.25/12 days, the same month revenue's year is made of", () => {
    // 100,000 customers, 50% monthly churn, no newcomers: after exactly one month, ~50,000 remain
    // (daily Poisson losses; their sum has an SD of ~√50,000 ≈ 224, so 1% is > 4 SD).
    const env = new Environment();
    const draws = { potentialCustomers: 1e6, arpu: 1, monthlyChurn: 0.5, earlyAdopterRate: 0 };
    const entrant = { name: "A", p: 0, q: 0, attractivenessCap: 1, attractivenessRate: 0 };
    const market = new Market(env, draws, [entrant], [], HOURS_PER_MONTH, stream(1, 0, "market", "adoption"), () => {}, null);
    market.onRelease(0, 0);
    market.customers[0] = 100_000;
    market.start();
    env.run({ until: HOURS_PER_MONTH });
    market.finish();
    expect(HOURS_PER_MONTH).toBe((365.25 * 24) / 12);
    expect(HOURS_PER_YEAR).toBe(12 * HOURS_PER_MONTH);
    expect(Math.abs(market.customers[0] - 50_000)).toBeLessThan(500);
  });
});
