import type { Sampler } from "./rng.ts";
import { isFiniteNumber, requireParam } from "./check.ts";
import { standardNormal } from "./normal.ts";

/** A lognormal given by its median and 90th percentile. */
export interface LognormalParams {
  median: number;
  p90: number;
}

/** A lognormal given by its 90% interval: 5% of draws fall below `low`, 5% above `high`. */
export interface LognormalIntervalParams {
  low: number;
  high: number;
}

/**
 * Φ⁻¹(0.9) and Φ⁻¹(0.95), exact to double precision (R's `qnorm`). Not simple-statistics'
 * `probit(0.95)` = 1.64342: with it `"5 to 20"` would have its 95th percentile at 20.012
 * (see normal.ts).
 */
const Z90 = 1.2815515655446004;
const Z95 = 1.6448536269514722;

/** The underlying normal's (mu, sigma) for median/p90. */
function fromMedian({ median, p90 }: LognormalParams): { mu: number; sigma: number } {
  requireParam(isFiniteNumber(median) && median > 0, "median", median, "a positive number");
  requireParam(isFiniteNumber(p90) && p90 >= median, "p90", p90, `a number ≥ median (${median})`);
  return { mu: Math.log(median), sigma: Math.log(p90 / median) / Z90 };
}

/** The underlying normal's (mu, sigma) for a 90% interval. */
function fromInterval({ low, high }: LognormalIntervalParams): { mu: number; sigma: number } {
  requireParam(isFiniteNumber(low) && low > 0, "low", low, "a positive number");
  requireParam(isFiniteNumber(high) && high >= low, "high", high, `a number ≥ low (${low})`);
  return { mu: (Math.log(low) + Math.log(high)) / 2, sigma: (Math.log(high) - Math.log(low)) / (2 * Z95) };
}

function sampler({ mu, sigma }: { mu: number; sigma: number }): Sampler {
  return (rng) => Math.exp(mu + sigma * standardNormal(rng));
}

/** Lognormal by median and p90. @throws RangeError when median ≤ 0 or p90 < median. */
export function lognormal(params: LognormalParams): Sampler {
  return sampler(fromMedian(params));
}

/** Mean of `lognormal(params)`: exp(mu + sigma²/2). */
export function lognormalMean(params: LognormalParams): number {
  const { mu, sigma } = fromMedian(params);
  return Math.exp(mu + (sigma * sigma) / 2);
}

/**
 * Lognormal whose 90% interval is `low` to `high` (the `"5 to 20"` convention of Squiggle and
 * Guesstimate). @throws RangeError when low ≤ 0 or high < low.
 */
export function lognormalFromInterval(params: LognormalIntervalParams): Sampler {
  return sampler(fromInterval(params));
}

/** Mean of `lognormalFromInterval(params)`. */
export function lognormalFromIntervalMean(params: LognormalIntervalParams): number {
  const { mu, sigma } = fromInterval(params);
  return Math.exp(mu + (sigma * sigma) / 2);
}
