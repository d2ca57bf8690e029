/**
 * Economics: net value to the horizon = revenue − token spend − team spend, each dollar discounted
 * to the start at `economics.discountRate` a year (continuously: e^(−δt), δ = ln(1 + rate) per year).
 * Closed forms on hand-made scenarios (scenario-builder.ts: one engineer at $4k a week).
 */
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/model/index.ts";
import { company, scenario } from "./scenario-builder.ts";

const YEAR = 365.25 * 24;
const free = { pricePerMInput: 0, pricePerMCachedInput: 0, pricePerMOutput: 0 };

describe("net value", () => {
  it("is revenue − token spend − team spend when nothing is discounted", () => {
    const s = scenario({ market: { earlyAdopterRate: 50 }, companies: [company("A", { takeoff: { fitChance: 1 } })] });
    const c = simulate(s, 0).companies[0];
    expect(c.revenue).toBeGreaterThan(0);
    expect(c.tokenSpend).toBeGreaterThan(0);
    expect(c.netValue).toBeCloseTo(c.revenue - c.tokenSpend - c.teamSpend, 6);
  });

  it("discounts a year of team cost at 100% a year to (1 − 1/2) / ln 2 of its face value", () => {
    const s = scenario({ horizon: YEAR, economics: { discountRate: 1 }, companies: [company("A", { agent: free })] });
    const c = simulate(s, 0).companies[0];
    const perYear = (4000 * YEAR) / 168;
    expect(c.teamSpend).toBeCloseTo(perYear, 6);
    expect(c.netValue).toBeCloseTo((-perYear * 0.5) / Math.LN2, 6);
  });

  it("discounts revenue: a constant ARR from day 1 is worth ∫ ARR·e^(−δt) dt", () => {
    // Ten potential customers and a flood of early adopters: all ten pay from the first daily tick
    // after v1 (hour 24) to the horizon, ARR $6k; tokens are free and the team costs nothing.
    const s = scenario({
      horizon: YEAR,
      economics: { discountRate: 0.25 },
      market: { potentialCustomers: 10, earlyAdopterRate: 1e6 },
      companies: [company("A", { agent: free, team: { costPerEngineerWeek: 0 } })],
    });
    const c = simulate(s, 0).companies[0];
    const delta = Math.log(1.25) / YEAR;
    expect(c.arrAtHorizon).toBe(6000);
    expect(c.revenue).toBeCloseTo((6000 * (YEAR - 24)) / YEAR, 6);
    expect(c.netValue).toBeCloseTo((6000 * (Math.exp(-delta * 24) - Math.exp(-delta * YEAR))) / delta / YEAR, 6);
  });

  it("costs a company that only spends less in today's money the higher the discount rate", () => {
    const at = (discountRate: number) => simulate(scenario({ economics: { discountRate } }), 0).companies[0].netValue;
    expect(at(0)).toBeLessThan(at(0.25));
    expect(at(0.25)).toBeLessThan(at(1));
    expect(at(1)).toBeLessThan(0);
  });
});
