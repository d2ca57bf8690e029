/**
 * Fitting a lognormal to observations by maximum likelihood, with the Kolmogorov–Smirnov D as its
 * goodness of fit. The lognormal is the family the scenario language writes as
 * `{ lognormal: { median, p90 } }` (and `"a to b"`), so a fit goes into an overlay as it is.
 *
 * Maximum likelihood for a lognormal: μ = mean of ln x, σ = root mean square of (ln x − μ)
 * (divided by n, not n − 1); median = e^μ, p90 = e^(μ + z₀.₉ σ).
 */
import { normalQuantile } from "../random/index.ts";

/** z of the 90th percentile of the standard normal. */
const Z90 = normalQuantile(0.9);

/** A fitted lognormal and how well it fits. */
export interface LognormalFit {
  /** Observations used (positive values). */
  n: number;
  /** Observations left out for being zero or negative (a lognormal is positive). */
  nonPositive: number;
  mu: number;
  sigma: number;
  median: number;
  p90: number;
  /** Kolmogorov–Smirnov D: the largest gap between the observations' and the fit's CDF. */
  ksD: number;
  /** D's 5% critical value for n observations, 1.36/√n (asymptotic; parameters fitted from the same data make the test conservative). */
  ksCritical: number;
}

/**
 * The maximum-likelihood lognormal of the positive values of `xs`, or null when fewer than two are
 * positive (σ needs two).
 */
export function fitLognormal(xs: readonly number[]): LognormalFit | null {
  const logs: number[] = [];
  for (const x of xs) if (x > 0 && Number.isFinite(x)) logs.push(Math.log(x));
  const n = logs.length;
  if (n < 2) return null;
  let mu = 0;
  for (const l of logs) mu += l;
  mu /= n;
  let ss = 0;
  for (const l of logs) ss += (l - mu) ** 2;
  const sigma = Math.sqrt(ss / n);
  logs.sort((a, b) => a - b);
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = sigma > 0 ? normalCdf((logs[i] - mu) / sigma) : logs[i] < mu ? 0 : 1;
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return { n, nonPositive: xs.length - n, mu, sigma, median: Math.exp(mu), p90: Math.exp(mu + Z90 * sigma), ksD: d, ksCritical: 1.36 / Math.sqrt(n) };
}

/**
 * The standard normal CDF Φ(z), from the complementary error function of Numerical Recipes
 * (Chebyshev fit, fractional error below 1.2e-7): far finer than any KS D reported here.
 */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}
