/**
 * Paired differences of a time-to-event variable on common random numbers: run r of one side
 * against run r of the other, which saw the same world. Pairing removes the world's noise from
 * the comparison, so intervals are far tighter than comparing two distributions.
 *
 * Censoring: a run that never got there (NaN) counts as later than any run that did, so its
 * difference is ±Infinity; a run where neither side got there is undecided and left out of the
 * median (it counts as neither sooner nor later).
 */
import { definedSorted, quantileSorted } from "./quantiles.ts";
import type { Spread } from "./types.ts";
import { Z95 } from "./wilson.ts";

/** The paired difference `of − against` summarised. Units are those of the inputs times `scale`. */
export interface PairedDifference {
  /** Median per-run difference (null when it falls on a censored run, or no run decided). */
  median: number | null;
  /** 95% interval of the median from order statistics (null when a bound is censored). */
  low: number | null;
  high: number | null;
  /** Share of all runs where `of` was strictly sooner (smaller). */
  shareSooner: number;
  /** Share of all runs where `of` was strictly later. */
  shareLater: number;
  /** Runs compared. */
  runs: number;
  /** Runs where at least one side got there: the median and its interval are taken over these. */
  decided: number;
}

/**
 * The fewest runs a 95% interval is claimed from. The median's interval from order statistics
 * covers the median with probability at most 1 − 2·½ⁿ even at its widest (from the smallest to the
 * largest of n values): 93.75% for n = 5, 96.9% for n = 6. The same floor holds for the restricted
 * mean's normal interval (censored.ts), whose spread cannot be estimated from one or two runs.
 */
export const MIN_INTERVAL_RUNS = 6;

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * Ranks (1-based) of the order statistics bounding a 95% interval for the median of `n` values:
 * the binomial(n, ½) interval, in its normal approximation `n/2 ± z·√n/2` (Conover, Practical
 * Nonparametric Statistics, §3.2). Distribution-free, and it keeps its meaning with ±Infinity.
 */
export function medianRanks(n: number): { low: number; high: number } {
  const half = (Z95 * Math.sqrt(n)) / 2;
  return { low: Math.max(1, Math.floor(n / 2 - half)), high: Math.min(n, Math.ceil(n / 2 + half + 1)) };
}

/** The median of ascending `sorted` (null when empty or when it involves an infinite value). */
export function medianSorted(sorted: ArrayLike<number>): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const m = n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return Number.isFinite(m) ? m : null;
}

/**
 * Compares `of[r]` with `against[r]` for every run r (equal lengths; NaN = never got there). The
 * median's interval is null below {@link MIN_INTERVAL_RUNS} decided runs.
 * @param scale multiplies the differences (e.g. 1/168 for hours → weeks); shares are unscaled.
 * @throws RangeError when the series differ in length.
 */
export function pairedDifference(of: ArrayLike<number>, against: ArrayLike<number>, scale = 1): PairedDifference {
  if (of.length !== against.length) throw new RangeError(`pairedDifference: series differ in length (${of.length} vs ${against.length})`);
  const n = of.length;
  const diffs: number[] = [];
  let sooner = 0;
  let later = 0;
  for (let r = 0; r < n; r++) {
    const a = Number.isNaN(of[r]) ? Infinity : of[r];
    const b = Number.isNaN(against[r]) ? Infinity : against[r];
    if (a === Infinity && b === Infinity) continue;
    if (a < b) sooner++;
    else if (a > b) later++;
    diffs.push(a === Infinity ? Infinity : b === Infinity ? -Infinity : (a - b) * scale);
  }
  const sorted = Float64Array.from(diffs).sort();
  const m = sorted.length;
  const ranks = medianRanks(m);
  // Below MIN_INTERVAL_RUNS decided runs no interval reaches 95%: none is given.
  const interval = m >= MIN_INTERVAL_RUNS;
  return {
    median: medianSorted(sorted),
    low: interval ? finiteOrNull(sorted[ranks.low - 1]) : null,
    high: interval ? finiteOrNull(sorted[ranks.high - 1]) : null,
    shareSooner: n ? sooner / n : 0,
    shareLater: n ? later / n : 0,
    runs: n,
    decided: m,
  };
}

/** p10, p50 and p90 of the defined (non-NaN) per-run values, or nulls when there are none. */
export function spreadOf(values: ArrayLike<number>): Spread {
  const sorted = definedSorted(values);
  return { p10: quantileSorted(sorted, 0.1), p50: quantileSorted(sorted, 0.5), p90: quantileSorted(sorted, 0.9) };
}
