/**
 * What knowing a guessed price is worth, computed exactly from the runs' bills (issue 29). A price
 * never changes the timeline, so the gain at price factor m is a − (m − 1)·b on average (a: the
 * mean gain now, b: the mean per-token bill), and with m lognormal over the range the value of
 * knowing m has a closed form — checked here against a plain numerical integral, against the
 * brute-force method (a price drawn for each run), and on cases worked by hand.
 */
import { describe, expect, it } from "vitest";
import { priceFactorLognormal, priceInformation } from "../../src/montecarlo/price-information.ts";
import { verdict } from "../../src/montecarlo/verdict.ts";
import { standsOut } from "../../src/montecarlo/shared-assumptions.ts";
import { isPricePath, layoutFor, packRun, RunTable } from "../../src/montecarlo/index.ts";
import type { CompanyRun, RunResult } from "../../src/model/index.ts";
import { normalQuantile, stream } from "../../src/random/index.ts";

/** E over m of f(m), m lognormal over the range: the midpoint rule on 200,000 quantiles. */
function integrate(range: { low: number; high: number }, f: (m: number) => number): number {
  const { mu, sigma } = priceFactorLognormal(range);
  const K = 200_000;
  let sum = 0;
  for (let k = 0; k < K; k++) sum += f(Math.exp(mu + sigma * normalQuantile((k + 0.5) / K)));
  return sum / K;
}

describe("the price factor's lognormal", () => {
  it('"$7 to $28" at $14 is the factor range 0.5 to 2: median 1, and 5% of the mass below 0.5', () => {
    const { mu, sigma, mean } = priceFactorLognormal({ low: 0.5, high: 2 });
    expect(mu).toBeCloseTo(0, 12);
    expect(Math.exp(mu - 1.6448536269514722 * sigma)).toBeCloseTo(0.5, 12);
    expect(mean).toBeCloseTo(integrate({ low: 0.5, high: 2 }, (m) => m), 4);
  });
});

describe("EVPPI of the price, exactly", () => {
  const range = { low: 0.5, high: 2 };

  it("equals the numerical integral E[max(a − (m − 1)·b, 0)] − max(a − (E m − 1)·b, 0) on a close call (a = 1,000, b = 1,000)", () => {
    const gain = Float64Array.of(500, 1500);
    const bill = Float64Array.of(800, 1200);
    const { mean } = priceFactorLognormal(range);
    const truth = integrate(range, (m) => Math.max(1000 - (m - 1) * 1000, 0)) - Math.max(1000 - (mean - 1) * 1000, 0);
    const v = priceInformation(gain, bill, range);
    expect(truth).toBeGreaterThan(10); // 20.85: the choice flips only past twice the price, 5% of the range
    expect(v.evppi).toBeCloseTo(truth, 2);
  });

  it("is zero when the choice is the same at every price (a gain far above any bill), and when the range is a single price", () => {
    expect(priceInformation(Float64Array.of(1e6, 2e6), Float64Array.of(10, 20), range).evppi).toBeCloseTo(0, 6);
    expect(priceInformation(Float64Array.of(500, 1500), Float64Array.of(800, 1200), { low: 1, high: 1 }).evppi).toBe(0);
  });

  it("at the money (mean gain zero at the mean price) it is b·E[(E m − m)⁺], the put's value worked out by the same integral", () => {
    const { mean } = priceFactorLognormal(range);
    const b = 1000;
    const a = (mean - 1) * b;
    const v = priceInformation(Float64Array.of(a, a), Float64Array.of(b, b), range);
    expect(v.evppi).toBeCloseTo(b * integrate(range, (m) => Math.max(mean - m, 0)), 2);
  });

  it("is the limit of the brute-force method (a price drawn per run): 20,000 draws agree within 4 standard errors", () => {
    const rng = stream(29, "price-brute-force");
    const { mu, sigma, mean } = priceFactorLognormal(range);
    const a = 1000;
    const b = 1000;
    const draws = Float64Array.from({ length: 20_000 }, () => Math.max(a - (Math.exp(mu + sigma * normalQuantile(rng())) - 1) * b, 0));
    const m = draws.reduce((s, x) => s + x, 0) / draws.length;
    const sd = Math.sqrt(draws.reduce((s, x) => s + (x - m) ** 2, 0) / (draws.length - 1));
    const brute = m - Math.max(a - (mean - 1) * b, 0);
    const exact = priceInformation(Float64Array.of(a), Float64Array.of(b), range).evppi;
    expect(Math.abs(brute - exact)).toBeLessThan((4 * sd) / Math.sqrt(draws.length));
  });

  it("states a standard error that matches the spread of the estimate over 300 sets of 400 noisy runs (0.7–1.4×)", () => {
    const rng = stream(29, "price-se");
    const estimates: number[] = [];
    const errors: number[] = [];
    for (let e = 0; e < 300; e++) {
      const gain = Float64Array.from({ length: 400 }, () => 1000 + 3000 * normalQuantile(rng()));
      const bill = Float64Array.from({ length: 400 }, () => 1000 * Math.exp(0.5 * normalQuantile(rng())) / Math.exp(0.125));
      const v = priceInformation(gain, bill, range);
      estimates.push(v.evppi);
      errors.push(v.standardError);
    }
    const mean = estimates.reduce((s, v) => s + v, 0) / estimates.length;
    const sd = Math.sqrt(estimates.reduce((s, v) => s + (v - mean) ** 2, 0) / (estimates.length - 1));
    const stated = errors.reduce((s, v) => s + v, 0) / errors.length;
    expect(stated / sd).toBeGreaterThan(0.7);
    expect(stated / sd).toBeLessThan(1.4);
  });

  it("gives the tornado's ends from the price's bottom and top tenths, E[m | m ≤ q₁₀] and E[m | m ≥ q₉₀], by the integral", () => {
    const { mu, sigma } = priceFactorLognormal(range);
    const q10 = Math.exp(mu + sigma * normalQuantile(0.1));
    const q90 = Math.exp(mu + sigma * normalQuantile(0.9));
    const below = integrate(range, (m) => (m <= q10 ? m : 0)) / 0.1;
    const above = integrate(range, (m) => (m >= q90 ? m : 0)) / 0.1;
    const v = priceInformation(Float64Array.of(1000), Float64Array.of(1000), range);
    expect(v.lowTenthGainUsd).toBeCloseTo(1000 - (below - 1) * 1000, 1);
    expect(v.highTenthGainUsd).toBeCloseTo(1000 - (above - 1) * 1000, 1);
  });

  it("counts the price in the EVPI too: run by run E[max(g − (m − 1)·D, 0)], never below the EVPI at the mean price", () => {
    const gain = Float64Array.of(-500, 200, 3000);
    const bill = Float64Array.of(300, 400, 100);
    const { mean } = priceFactorLognormal(range);
    const v = priceInformation(gain, bill, range);
    const perRun = [0, 1, 2].map((r) => integrate(range, (m) => Math.max(gain[r] - (m - 1) * bill[r], 0)));
    const meanAtMean = [0, 1, 2].reduce((s, r) => s + gain[r] - (mean - 1) * bill[r], 0) / 3;
    expect(v.evpi).toBeCloseTo(perRun.reduce((s, x) => s + x, 0) / 3 - Math.max(meanAtMean, 0), 2);
    const atMean = v.gainAtMean;
    const evpiAtMean = atMean.reduce((s, g) => s + Math.max(g, 0), 0) / 3 - Math.max(meanAtMean, 0);
    expect(v.evpi).toBeGreaterThanOrEqual(evpiAtMean - 1e-9);
  });
});

describe("in the verdict", () => {
  /** Eight runs: B's gain over A is 1,000·(r − 3) with a per-token bill of 1,000, B's price $14 per M. */
  const run = (r: number): RunResult => ({ run: r, companies: [side("A", 0, 500), side("B", 1000 * (r - 3), 1000)] });
  const side = (name: string, netValue: number, bill: number): CompanyRun => ({
    name, v1: 168, releases: [168], takeoff: null, takeoffRelease: null, milestones: [null], target: null, fit: true, learnings: 0,
    tokens: { input: 0, cachedInput: 0, output: 0 }, tokenSpend: bill, tokenBillDiscounted: bill, teamSpend: 0, tokenSpendToTarget: null,
    teamSpendToTarget: null, revenue: 0, netValue, arrWeekly: [0], arrAtHorizon: 0, breakdownToV1: null, breakdownToTakeoff: null, inputs: {},
  });
  const results = Array.from({ length: 8 }, (_, r) => run(r));
  const layout = layoutFor(results[0]);
  const rows = new Float64Array(layout.width * results.length);
  results.forEach((r, i) => packRun(r, layout, rows, i * layout.width));
  const t = new RunTable(layout, rows);
  const judge = (priceRange?: { low: number; high: number }) => verdict({ table: t, company: 1, name: "B" }, { table: t, company: 0, name: "A" }, 52 * 168, 14, priceRange ? { priceRange } : {});

  it("a ranged price is ranked as companies[B].agent.pricePerMOutput, with the exact EVPPI; a known one is not", () => {
    const ranged = judge({ low: 0.5, high: 2 }).valueOfInformation!;
    const gain = Float64Array.from(results, (r) => r.companies[1].netValue - r.companies[0].netValue);
    const bill = new Float64Array(8).fill(1000);
    const exact = priceInformation(gain, bill, { low: 0.5, high: 2 });
    const entry = ranged.perAssumption.find((a) => a.path === "companies[B].agent.pricePerMOutput");
    expect(entry?.evppiUsd).toBeCloseTo(Math.min(exact.evppi, exact.evpi), 9);
    expect(ranged.evpiUsd).toBeCloseTo(exact.evpi, 9);
    expect(judge().valueOfInformation!.perAssumption.some((a) => a.path.endsWith("pricePerMOutput"))).toBe(false);
  });

  it("a saved folder answers a new range without simulating: reprice accepts it as a price", () => {
    expect(isPricePath("companies[B].agent.pricePerMOutputRange")).toBe(true);
    expect(isPricePath("models[gpt-5.3-codex-spark].pricePerMOutputRange")).toBe(true);
  });
});

describe("a price that can never turn the choice is worth nothing to know", () => {
  // Runs gaining ~$1.5M with bills of ~$40k, the price between 1× and 3× today's (90%): the choice
  // turns only if m > 37, a tail of 1e-15 dollars (exact, by erfc). The closed form's two terms
  // cancel to a residue of $2.3e-10 there, which must read as nothing.
  const gains = (scale: number) => Float64Array.from({ length: 500 }, (_, r) => scale + 1e4 * (r % 97));
  const bills = (level: number) => Float64Array.from({ length: 500 }, (_, r) => level + 100 * (r % 13));
  it("a gain that the price cannot turn: the EVPPI is exactly 0, not a rounding residue", () => {
    expect(priceInformation(gains(1e6), bills(4e4), { low: 1, high: 3 }).evppi).toBe(0);
  });

  it("a small but real value is kept: $1.644e-6 where the exact tail integral gives $1.6441e-6", () => {
    expect(priceInformation(gains(1e5), bills(4e4), { low: 1, high: 3 }).evppi).toBeCloseTo(1.6441276e-6, 9);
  });

  it("and it never stands out: a finding needs two standard errors and at least a dollar", () => {
    expect(standsOut({ evppiUsd: 3.7e-9, standardError: 1e-13 })).toBe(false);
    expect(standsOut({ evppiUsd: 12_000, standardError: 4_000 })).toBe(true);
    expect(standsOut({ evppiUsd: 12_000, standardError: 7_000 })).toBe(false);
  });
});
