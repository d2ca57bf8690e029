/**
 * What is it worth to know an assumption before choosing? The expected value of information of a
 * two-way choice — take the offering (net value gain g) or keep the baseline (0) — from the runs
 * already made:
 *
 *   EVPI            = mean_r max(g_r, 0) − max(mean_r g_r, 0)
 *     what knowing everything (which run is the real world) would add to the expected gain;
 *   EVPPI of x      = mean_r max(f(x_r), 0) − max(mean_r f(x_r), 0),  f(x) ≈ E[g | x]
 *     what knowing that one assumption would add.
 *
 * f is a least-squares regression of the runs' gains on that assumption's draws (Strong, Oakley &
 * Brennan 2014, *Med Decis Making* 34:311, "single-parameter" EVPPI): a natural cubic regression
 * spline with knots at quantiles of the draws (Hastie, Tibshirani & Friedman, *The Elements of
 * Statistical Learning*, 2nd ed., §5.2.1), or the mean gain at each value where an assumption takes
 * few values (a choice). Its standard error is the delta method on the fitted coefficients:
 * EVPPI(β) has gradient mean_r 1[f_r > 0]·X_r − 1[f̄ > 0]·X̄, and Var β̂ = σ̂²(XᵀX)⁻¹.
 *
 * Fitting noise makes f vary a little even where g does not depend on x, so an estimate is biased
 * upwards by about its standard error at most (docs/answers.md measures it on a case with a closed
 * form); an EVPPI within two standard errors of zero is not told from none, and one above the
 * EVPI (possible on few runs) is cut to it.
 */

/** Knots of the natural spline (its degrees of freedom, intercept included). */
export const SPLINE_KNOTS = 5;
/** An assumption with at most this many distinct values is fitted by its mean gain per value. */
const FEW_VALUES = 8;

/** EVPPI of one assumption. */
export interface AssumptionValue {
  /** The assumption: its runs.csv column. */
  path: string;
  /** Expected value of perfect information about it, USD (mean over runs). */
  evppiUsd: number;
  /** Its standard error (delta method on the regression), USD. */
  standardError: number;
  /** Mean gain over the runs with this assumption in its bottom tenth of draws, USD (the dollar tornado). */
  lowTenthGainUsd: number;
  /** Mean gain over the runs with it in its top tenth, USD. */
  highTenthGainUsd: number;
}

/** The value of information of one choice. */
export interface ValueOfInformation {
  /** Expected value of perfect information about everything drawn, USD. */
  evpiUsd: number;
  /** Per drawn assumption, highest EVPPI first. */
  perAssumption: AssumptionValue[];
}

/** mean max(g, 0) − max(mean g, 0). */
export function evpi(gain: ArrayLike<number>): number {
  const n = gain.length;
  if (n === 0) return 0;
  let sum = 0;
  let positive = 0;
  for (let r = 0; r < n; r++) {
    sum += gain[r];
    positive += Math.max(gain[r], 0);
  }
  return Math.max(0, positive / n - Math.max(sum / n, 0));
}

/** Columns of a design matrix, one Float64Array per basis function. */
type Design = Float64Array[];

/** Indicator columns, one per distinct value: least squares gives the mean gain per value. */
function cellDesign(x: ArrayLike<number>, values: number[]): Design {
  return values.map((v) => Float64Array.from(x, (xi) => (xi === v ? 1 : 0)));
}

/**
 * The natural cubic spline basis with knots ξ_1 < … < ξ_K (ESL eq. 5.4–5.5): 1, x, and
 * d_k(x) − d_{K−1}(x) with d_k(x) = ((x − ξ_k)³₊ − (x − ξ_K)³₊) / (ξ_K − ξ_k). Linear beyond the
 * end knots, so a few extreme draws do not swing the fit. x is standardised first (conditioning).
 */
function splineDesign(x: ArrayLike<number>, sortedX: Float64Array, knotCount: number): Design {
  const n = x.length;
  let mean = 0;
  for (let r = 0; r < n; r++) mean += x[r];
  mean /= n;
  let sd = 0;
  for (let r = 0; r < n; r++) sd += (x[r] - mean) ** 2;
  sd = Math.sqrt(sd / n) || 1;
  const z = Float64Array.from(x, (v) => (v - mean) / sd);
  const knots: number[] = [];
  for (let k = 0; k < knotCount; k++) {
    // Knots at evenly spaced quantiles, the ends a little inside the range (5% and 95%).
    const p = 0.05 + (0.9 * k) / (knotCount - 1);
    const value = (sortedX[Math.min(n - 1, Math.floor(p * (n - 1)))] - mean) / sd;
    if (knots.length === 0 || value > knots[knots.length - 1]) knots.push(value);
  }
  const K = knots.length;
  const cube = (v: number) => (v > 0 ? v * v * v : 0);
  const d = (k: number, v: number) => (cube(v - knots[k]) - cube(v - knots[K - 1])) / (knots[K - 1] - knots[k]);
  const design: Design = [new Float64Array(n).fill(1), z];
  for (let k = 0; k < K - 2; k++) design.push(Float64Array.from(z, (v) => d(k, v) - d(K - 2, v)));
  return design;
}

/** Solves the symmetric positive-definite system A·x = b by Cholesky; null when A is singular. */
function solveSpd(A: number[][], b: number[]): number[] | null {
  const p = b.length;
  const L = A.map((row) => row.map(() => 0));
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      if (i === j) {
        if (!(s > 1e-10 * Math.max(1, A[i][i]))) return null;
        L[i][i] = Math.sqrt(s);
      } else L[i][j] = s / L[j][j];
    }
  }
  const y = new Array<number>(p);
  for (let i = 0; i < p; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= L[i][k] * y[k];
    y[i] = s / L[i][i];
  }
  const x = new Array<number>(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < p; k++) s -= L[k][i] * x[k];
    x[i] = s / L[i][i];
  }
  return x;
}

/**
 * EVPPI of one assumption from its draws `x` and the runs' gains, with its standard error.
 * Zero (with zero error) for an assumption that does not vary.
 */
export function evppi(x: ArrayLike<number>, gain: ArrayLike<number>): { evppi: number; standardError: number } {
  const n = x.length;
  const sorted = Float64Array.from(x).sort();
  if (n < 3 || sorted[0] === sorted[n - 1]) return { evppi: 0, standardError: 0 };
  const distinct: number[] = [];
  for (let r = 0; r < n && distinct.length <= FEW_VALUES; r++) if (r === 0 || sorted[r] !== sorted[r - 1]) distinct.push(sorted[r]);
  const X = distinct.length <= FEW_VALUES ? cellDesign(x, distinct) : splineDesign(x, sorted, SPLINE_KNOTS);
  const p = X.length;
  const XtX = X.map((a) => X.map((b) => dot(a, b)));
  const beta = solveSpd(XtX, X.map((a) => dot(a, gain)));
  if (beta === null) return { evppi: 0, standardError: 0 };
  const fitted = new Float64Array(n);
  for (let j = 0; j < p; j++) for (let r = 0; r < n; r++) fitted[r] += beta[j] * X[j][r];
  let rss = 0;
  let mean = 0;
  let positive = 0;
  for (let r = 0; r < n; r++) {
    rss += (gain[r] - fitted[r]) ** 2;
    mean += fitted[r];
    positive += Math.max(fitted[r], 0);
  }
  mean /= n;
  const value = Math.max(0, positive / n - Math.max(mean, 0));
  // Delta method: ∇ = mean 1[f > 0]·X_r − 1[f̄ > 0]·X̄; SE² = σ̂² ∇ᵀ(XᵀX)⁻¹∇.
  const gradient = X.map((col) => {
    let above = 0;
    let all = 0;
    for (let r = 0; r < n; r++) {
      all += col[r];
      if (fitted[r] > 0) above += col[r];
    }
    return above / n - (mean > 0 ? all / n : 0);
  });
  const sigma2 = rss / Math.max(1, n - p);
  const solved = solveSpd(XtX, gradient);
  const variance = solved === null ? 0 : sigma2 * dot(gradient, solved);
  return { evppi: value, standardError: Math.sqrt(Math.max(0, variance)) };
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/**
 * The mean gain over the runs whose draw is in the bottom and the top tenth (ties by run index, so
 * the split never depends on anything but the data).
 */
export function tenths(x: ArrayLike<number>, gain: ArrayLike<number>): { lowTenthGainUsd: number; highTenthGainUsd: number } {
  const n = x.length;
  const k = Math.max(1, Math.floor(n / 10));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b] || a - b);
  const mean = (idx: number[]) => idx.reduce((sum, r) => sum + gain[r], 0) / idx.length;
  return n === 0 ? { lowTenthGainUsd: 0, highTenthGainUsd: 0 } : { lowTenthGainUsd: mean(order.slice(0, k)), highTenthGainUsd: mean(order.slice(n - k)) };
}

/**
 * The value of information of a choice whose run-by-run gain is `gain`, over each named
 * assumption's draws (runs.csv's input columns). An assumption not drawn in every run (a NaN) is
 * left out.
 */
export function valueOfInformation(gain: ArrayLike<number>, assumptions: readonly { path: string; draws: ArrayLike<number> }[]): ValueOfInformation {
  const perAssumption: AssumptionValue[] = [];
  const all = evpi(gain);
  for (const { path, draws } of assumptions) {
    let defined = draws.length === gain.length;
    for (let r = 0; defined && r < draws.length; r++) defined = Number.isFinite(draws[r]);
    if (!defined) continue;
    const v = evppi(draws, gain);
    // Knowing one assumption cannot be worth more than knowing everything; a fit on few runs can
    // overshoot, and is cut back to that bound.
    perAssumption.push({ path, evppiUsd: Math.min(v.evppi, all), standardError: v.standardError, ...tenths(draws, gain) });
  }
  // Highest first; ties by path so the order is reproducible.
  perAssumption.sort((a, b) => b.evppiUsd - a.evppiUsd || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { evpiUsd: all, perAssumption };
}
