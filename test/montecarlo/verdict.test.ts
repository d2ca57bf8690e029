/**
 * The verdict on hand-made runs whose answers are worked out by hand: the net value gain falls by
 * the company's per-token bill for each step of the price, so the break-even price is where the
 * median gain reaches zero.
 */
import { describe, expect, it } from "vitest";
import { type CompanyRun, type RunResult } from "../../src/model/index.ts";
import { layoutFor, packRun, RunTable } from "../../src/montecarlo/index.ts";
import { breakEvenFactor, verdict } from "../../src/montecarlo/verdict.ts";

const WEEK = 168;

/** A company's run with the numbers the verdict reads; the rest zero. */
function company(name: string, targetWeek: number | null, money: { netValue: number; bill: number; revenue?: number }): CompanyRun {
  return {
    name,
    v1: WEEK,
    releases: [WEEK],
    takeoff: null,
    takeoffRelease: null,
    milestones: [targetWeek === null ? null : targetWeek * WEEK],
    target: targetWeek === null ? null : targetWeek * WEEK,
    fit: true,
    learnings: 0,
    tokens: { input: 0, cachedInput: 0, output: 0 },
    tokenSpend: money.bill,
    tokenBillDiscounted: money.bill,
    teamSpend: 0,
    tokenSpendToTarget: null,
    teamSpendToTarget: null,
    revenue: money.revenue ?? 0,
    netValue: money.netValue,
    arrWeekly: [0],
    arrAtHorizon: 0,
    breakdownToV1: null,
    breakdownToTakeoff: null,
    inputs: {},
  };
}

function table(results: RunResult[]): RunTable {
  const layout = layoutFor(results[0]);
  const rows = new Float64Array(layout.width * results.length);
  results.forEach((r, i) => packRun(r, layout, rows, i * layout.width));
  return new RunTable(layout, rows);
}

/** Three runs: B gains 0, 100 and 1,000 over A at a $10 per-token bill in each, price $25 per M. */
const runs: RunResult[] = [
  { run: 0, companies: [company("A", 10, { netValue: 50, bill: 5 }), company("B", 6, { netValue: 50, bill: 10 })] },
  { run: 1, companies: [company("A", 10, { netValue: 50, bill: 5 }), company("B", 6, { netValue: 150, bill: 10, revenue: 200 })] },
  { run: 2, companies: [company("A", null, { netValue: 50, bill: 5 }), company("B", 6, { netValue: 1050, bill: 10, revenue: 2000 })] },
];
const t = table(runs);
const v = verdict({ table: t, company: 1, name: "B" }, { table: t, company: 0, name: "A" }, 20 * WEEK, 25);

describe("verdict", () => {
  it("breaks even where the median gain reaches zero: 100 − (m − 1)·10 = 0 at m = 11, i.e. $275 per M", () => {
    // The mean gain (366.7) would break even at m = 37.7: one run's windfall would set the price.
    expect(v.breakEvenPricePerMOutputUsd).toBeCloseTo(275, 6);
    const at = v.priceCurve.find((p) => Math.abs(p.pricePerMOutputUsd - 275) < 1e-6);
    expect(at?.p50).toBeCloseTo(0, 6);
  });

  it("draws the price curve from free to twice the break-even price, falling by the bill per price step", () => {
    expect(v.priceCurve[0]).toMatchObject({ pricePerMOutputUsd: 0, p50: 110 });
    expect(v.priceCurve[v.priceCurve.length - 1].pricePerMOutputUsd).toBeCloseTo(550, 6);
    for (let k = 1; k < v.priceCurve.length; k++) expect(v.priceCurve[k].p50).toBeLessThan(v.priceCurve[k - 1].p50);
  });

  it("gives the paired differences and the restricted mean weeks sooner", () => {
    expect(v.extraTokenSpendUsd.p50).toBe(5);
    expect(v.netValueDifferenceUsd).toEqual({ p50: 100, low: 20, high: 820 });
    expect(v.revenueDifferenceUsd.p50).toBe(200);
    // A at 10, 10 and never (the 20-week horizon); B at 6: (4 + 4 + 14) / 3 weeks sooner.
    expect(v.weeksSooner.weeks).toBeCloseTo(22 / 3, 10);
    expect(v.weeksSooner.horizonWeeks).toBe(20);
    expect(v.sharePaidForItself).toBeCloseTo(2 / 3, 12);
    expect(v.pricePerMOutputUsd).toBe(25);
  });
});

describe("the verdict's decision fields, by hand on the same three runs", () => {
  it("gives the share of runs that pay at each price: all 3 free, 2 of 3 just above today's, 1 of 3 at twice the break-even", () => {
    // 41 points from $0 to $550, factor 0.55 apart. At factor 1.1 ($27.50) run 0 gains 0 − 0.1 × 10 < 0.
    expect(v.priceCurve[0].sharePays).toBe(1);
    expect(v.priceCurve[2].pricePerMOutputUsd).toBeCloseTo(27.5, 9);
    expect(v.priceCurve[2].sharePays).toBeCloseTo(2 / 3, 12);
    // At factor 22 ($550) run 1 gains 100 − 21 × 10 < 0; run 2 still 790.
    expect(v.priceCurve[v.priceCurve.length - 1].sharePays).toBeCloseTo(1 / 3, 12);
  });

  it("marks where the share falls to 80%, 50% and 20%: each run's own crossing, 1, 11 and 101 times today's price", () => {
    // Run r pays while m < (gain + 10) / 10: 1, 11, 101.
    expect(v.sharePaysCrossings).toEqual([
      { share: 0.8, pricePerMOutputUsd: 25 },
      { share: 0.5, pricePerMOutputUsd: 275 },
      { share: 0.2, pricePerMOutputUsd: 2525 },
    ]);
  });

  it("splits the break-even into token-price parity (B's $10 bill matches A's $5 at half the price) and the value of time", () => {
    expect(v.tokenParityPricePerMOutputUsd).toBeCloseTo(12.5, 9);
    expect(v.valueOfTimePerMOutputUsd).toBeCloseTo(262.5, 6);
  });

  it("cannot tell a median gain from zero on three runs (its 95% interval is the whole range)", () => {
    expect(v.netValueMedianInterval).toEqual({ low: 0, high: 1000, detectable: false });
  });

  it("gives no break-even interval without a bootstrap stream, and says whether the price is a guess", () => {
    expect(v.breakEvenInterval).toBeNull();
    expect(v.priceGuess).toBe(false);
  });

  it("leaves the value of information out of a summary read in passing (a provisional answer)", () => {
    const passing = verdict({ table: t, company: 1, name: "B" }, { table: t, company: 0, name: "A" }, 20 * WEEK, 25, { valueOfInformation: false });
    expect(passing.valueOfInformation).toBeUndefined();
    expect(passing.breakEvenPricePerMOutputUsd).toBe(v.breakEvenPricePerMOutputUsd);
  });

  it("ranks no assumption from three runs (fewer than the 6 any interval here needs)", () => {
    expect(v.valueOfInformation).toBeUndefined();
  });

  it("puts the value of perfect information at mean max(gain, 0) − max(mean gain, 0) = 0 when the gain is never negative", () => {
    // The three runs twice over: six runs, every gain ≥ 0, so knowing more never changes the choice.
    const six = table([...runs, ...runs.map((r) => ({ ...r, run: r.run + 3 }))]);
    const v6 = verdict({ table: six, company: 1, name: "B" }, { table: six, company: 0, name: "A" }, 20 * WEEK, 25);
    expect(v6.valueOfInformation).toEqual({ evpiUsd: 0, perAssumption: [] });
  });
});

describe("breakEvenFactor", () => {
  it("is null when the median gain is not above zero even with free tokens", () => {
    expect(breakEvenFactor(Float64Array.from([-100, -5, 10]), Float64Array.from([1, 1, 1]))).toBeNull();
  });

  it("is null when the gain does not depend on price (no per-token bill in most runs)", () => {
    expect(breakEvenFactor(Float64Array.from([10, 20, 30]), Float64Array.from([0, 0, 5]))).toBeNull();
  });

  it("is below today's price (factor < 1) when the gain is already negative at today's price", () => {
    // One run: gain −10 at today's price, falling by 20 per unit of the factor: zero at m = 0.5.
    expect(breakEvenFactor(Float64Array.from([-10]), Float64Array.from([20]))).toBeCloseTo(0.5, 10);
  });
});
