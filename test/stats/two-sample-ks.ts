/**
 * The two-sample Kolmogorov–Smirnov test, for checking that a change to the engine or the model
 * keeps the model's distributions (issue 20): the largest gap between two empirical CDFs and its
 * asymptotic p-value (Smirnov's limit with Stephens' small-sample correction, as in Numerical
 * Recipes §14.3 and scipy's `ks_2samp(method="asymp")`). Censored values (a milestone not reached)
 * go in as Infinity: they all sit above every finite value, as in the CDF of the outcome.
 */

/** The KS statistic D (the largest CDF gap) and its p-value. */
export interface KsResult {
  d: number;
  p: number;
}

/** Q_KS(λ) = 2 Σ (−1)^(k−1) e^(−2k²λ²), the limiting distribution's tail. */
function smirnovTail(lambda: number): number {
  if (lambda < 0.2) return 1; // the series converges slowly there, and the tail is 1 to 6 digits
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = 2 * (k % 2 === 1 ? 1 : -1) * Math.exp(-2 * k * k * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-12) break;
  }
  return Math.min(1, Math.max(0, sum));
}

/** Two-sample KS test of `a` against `b` (copies are sorted; inputs are left as they are). */
export function twoSampleKs(a: readonly number[], b: readonly number[]): KsResult {
  if (a.length === 0 || b.length === 0) throw new RangeError("twoSampleKs: both samples need values");
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i], y[j]);
    while (i < x.length && x[i] === v) i++;
    while (j < y.length && y[j] === v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  const ne = Math.sqrt((x.length * y.length) / (x.length + y.length));
  return { d, p: smirnovTail((ne + 0.12 + 0.11 / ne) * d) };
}
