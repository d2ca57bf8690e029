/** Sensitivity shows only inputs whose effect is distinguishable from noise. */
import { describe, expect, it } from "vitest";
import type { CompanyRun, RunResult } from "../../src/model/index.ts";
import { baselineComparisons, layoutFor, packRun, RunTable, SENSITIVITY_ALPHA, sensitivity, spearmanInterval, withinPointComparisons } from "../../src/montecarlo/index.ts";
import { stream } from "../../src/random/index.ts";

const WEEK = 168;

function run(name: string, targetWeek: number | null, inputs: Record<string, number>): CompanyRun {
  return {
    name,
    v1: 2 * WEEK,
    releases: [2 * WEEK],
    takeoff: targetWeek === null ? null : (targetWeek - 1) * WEEK,
    takeoffRelease: targetWeek === null ? null : 1,
    milestones: [targetWeek === null ? null : targetWeek * WEEK],
    target: targetWeek === null ? null : targetWeek * WEEK,
    learnings: 0,
    fit: true,
    netValue: 0,
    tokens: { input: 0, cachedInput: 0, output: 0 },
    tokenSpend: 0,
    tokenBillDiscounted: 0,
    teamSpend: 0,
    tokenSpendToTarget: null,
    teamSpendToTarget: null,
    revenue: 0,
    arrWeekly: [0],
    arrAtHorizon: 0,
    breakdownToV1: null,
    breakdownToTakeoff: null,
    inputs,
  };
}

function table(results: RunResult[]): RunTable {
  const layout = layoutFor(results[0]);
  const rows = new Float64Array(layout.width * results.length);
  results.forEach((r, i) => packRun(r, layout, rows, i * layout.width));
  return new RunTable(layout, rows);
}

/** 2,000 runs: weeks to target = 10 + 5 × driver + noise; `noise` is drawn but moves nothing. */
function driverAndNoise(seed: number): RunTable {
  const rng = stream(seed, 0, "test", "sensitivity");
  const results: RunResult[] = [];
  for (let r = 0; r < 2000; r++) {
    const driver = rng();
    const noise = rng();
    const weeks = 10 + 5 * driver + 2 * rng();
    results.push({ run: r, companies: [run("A", weeks > 14.5 ? null : weeks, { "companies[A].task.reviewTime": driver, "companies[A].task.cachedInputShare": noise })] });
  }
  return table(results);
}

describe("sensitivity", () => {
  it("shows the input that drives weeks to target and marks a pure-noise input as no detectable effect", () => {
    const t = driverAndNoise(3);
    const result = sensitivity(t, 0, t.scalar(0, "target").map((h) => h / WEEK), 20);
    const byName = Object.fromEntries(result.map((s) => [s.input, s]));
    expect(byName["companies[A].task.reviewTime"].detectable).toBe(true);
    expect(byName["companies[A].task.reviewTime"].spearman).toBeGreaterThan(0.8);
    expect(byName["companies[A].task.cachedInputShare"].detectable).toBe(false);
  });

  it("calls pure noise detectable in at most 5% of samples, whatever the number of inputs", () => {
    // Under no effect, ρ·√(n−1) is about standard normal; with 2 inputs each is tested at 2.5%.
    const trials = 300;
    let falseAlarms = 0;
    for (let t = 0; t < trials; t++) {
      const rng = stream(11, t, "test", "noise");
      const n = 200;
      const x = Array.from({ length: n }, () => rng());
      const y = Array.from({ length: n }, () => rng());
      const rho = pearsonOfRanks(x, y);
      const { low, high } = spearmanInterval(rho, n, SENSITIVITY_ALPHA);
      if (low > 0 || high < 0) falseAlarms++;
    }
    const se = Math.sqrt((SENSITIVITY_ALPHA * (1 - SENSITIVITY_ALPHA)) / trials);
    expect(falseAlarms / trials).toBeLessThan(SENSITIVITY_ALPHA + 3 * se);
  });
});

/** Spearman's ρ for distinct values, by the textbook formula 1 − 6Σd²/(n(n²−1)). */
function pearsonOfRanks(x: number[], y: number[]): number {
  const rank = (v: number[]) => {
    const order = v.map((_, i) => i).sort((a, b) => v[a] - v[b]);
    const r = new Array<number>(v.length);
    order.forEach((i, k) => (r[i] = k + 1));
    return r;
  };
  const rx = rank(x);
  const ry = rank(y);
  const n = x.length;
  const d2 = rx.reduce((sum, r, i) => sum + (r - ry[i]) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

describe("comparisons", () => {
  it("pair each later company with each earlier one, on v1, takeoff and target", () => {
    const results: RunResult[] = [8, 9, 10, 11].map((w, r) => ({ run: r, companies: [run("A", w, {}), run("B", w - 3, {}), run("C", null, {})] }));
    const c = withinPointComparisons(table(results), 20 * WEEK);
    expect(c.map((x) => `${x.of}-${x.against}-${x.metric}`)).toEqual(["B-A-v1", "B-A-takeoff", "B-A-target", "C-A-v1", "C-A-takeoff", "C-A-target", "C-B-v1", "C-B-takeoff", "C-B-target"]);
    const bTarget = c[2];
    // Four runs: too few for a 95% interval (MIN_INTERVAL_RUNS = 6), so none on the median and only
    // the certain [−20, 20] on the restricted mean.
    expect(bTarget).toEqual({ of: "B", against: "A", metric: "target", medianDifferenceWeeks: -3, low: null, high: null, shareSooner: 1, shareLater: 0, decidedRuns: 4, restrictedMean: { horizonWeeks: 20, differenceWeeks: -3, low: -20, high: 20 }, medianBound: null });
    expect(c[0].shareSooner + c[0].shareLater).toBe(0);
    // C never gets there: later in every run, no median; it is at least 20 − A's weeks later in
    // each run (12, 11, 10, 9), so at least 10.5 weeks later at the median, and on average the
    // horizon's 20 weeks minus A's mean 9.5.
    expect(c[5]).toMatchObject({ medianDifferenceWeeks: null, shareSooner: 0, shareLater: 1, medianBound: { side: "at least", weeks: 10.5 } });
    expect(c[5].restrictedMean?.differenceWeeks).toBeCloseTo(10.5, 12);
  });

  it("compare each company at a point with itself at the baseline point", () => {
    const base = table([10, 12].map((w, r) => ({ run: r, companies: [run("A", w, {})] })));
    const fast = table([8, 11].map((w, r) => ({ run: r, companies: [run("A", w, {})] })));
    const target = baselineComparisons(fast, base, "slow", 20 * WEEK).find((x) => x.metric === "target");
    expect(target).toMatchObject({ of: "A", against: "A @ slow", medianDifferenceWeeks: -1.5, shareSooner: 1 });
  });
});
