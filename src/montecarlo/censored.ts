/**
 * Paired comparisons that always give a number, even when one side rarely gets there within the
 * horizon (the median difference is then censored):
 *
 *   restricted mean: the mean over all runs of min(of, h) − min(against, h), a run that never got
 *   there counting as the horizon h. It answers "how many of the horizon's weeks sooner, on
 *   average", is defined for every run, and its interval is the paired normal one
 *   (mean ± 1.96·sd/√n) — the restricted mean survival time of survival analysis
 *   (Royston & Parmar, BMC Med Res Methodol 13:152, 2013), paired.
 *
 *   median bound: a run that never got there did so after the horizon, so its difference has one
 *   known end (at least h − against, or at most of − h). The median of those ends bounds the
 *   median difference from one side: "B is at least 18 weeks sooner in half the runs".
 */
import { MIN_INTERVAL_RUNS, medianSorted } from "./paired.ts";
import type { MedianBound, RestrictedMean } from "./types.ts";
import { Z95 } from "./wilson.ts";

/**
 * The paired difference of restricted mean time `of − against`, each capped at `horizon`
 * (NaN = never got there = the horizon), with its 95% paired-variance interval; below
 * MIN_INTERVAL_RUNS runs the interval is [−horizon, horizon], the only certain one.
 * @param horizon in the inputs' units (hours); `scale` converts the result (e.g. 1/168 to weeks).
 * @throws RangeError when the series differ in length.
 */
export function restrictedMeanDifference(of: ArrayLike<number>, against: ArrayLike<number>, horizon: number, scale = 1): RestrictedMean {
  if (of.length !== against.length) throw new RangeError(`restrictedMeanDifference: series differ in length (${of.length} vs ${against.length})`);
  const n = of.length;
  const cap = (x: number) => (Number.isNaN(x) ? horizon : Math.min(x, horizon));
  let sum = 0;
  for (let r = 0; r < n; r++) sum += cap(of[r]) - cap(against[r]);
  const mean = n ? sum / n : 0;
  let squares = 0;
  for (let r = 0; r < n; r++) squares += (cap(of[r]) - cap(against[r]) - mean) ** 2;
  // `+ 0` turns −0 into 0 so identical series print as 0, not -0.
  const result = { horizonWeeks: horizon * scale, differenceWeeks: mean * scale + 0 };
  // Too few runs to estimate a spread: only what every capped difference obeys, [−h, h], is certain.
  if (n < MIN_INTERVAL_RUNS) return { ...result, low: -horizon * scale + 0, high: horizon * scale + 0 };
  const se = Math.sqrt(squares / (n - 1) / n);
  return { ...result, low: (mean - Z95 * se) * scale + 0, high: (mean + Z95 * se) * scale + 0 };
}

/**
 * A one-sided bound on the median of `of − against` from the known end of each censored run
 * (runs where neither got there are unbounded both ways, so they count against the bound):
 * "at most" when the median of the upper ends is finite, else "at least" from the lower ends;
 * null when neither is finite (most runs undecided).
 * @param horizon in the inputs' units; `scale` converts the bound.
 */
export function medianBound(of: ArrayLike<number>, against: ArrayLike<number>, horizon: number, scale = 1): MedianBound | null {
  const n = Math.min(of.length, against.length);
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const a = of[r];
    const b = against[r];
    if (!Number.isNaN(a) && !Number.isNaN(b)) lower[r] = upper[r] = a - b;
    else if (Number.isNaN(a) && !Number.isNaN(b)) (lower[r] = horizon - b), (upper[r] = Infinity);
    else if (!Number.isNaN(a)) (lower[r] = -Infinity), (upper[r] = a - horizon);
    else (lower[r] = -Infinity), (upper[r] = Infinity);
  }
  const atMost = medianSorted(upper.sort());
  const atLeast = medianSorted(lower.sort());
  if (atMost !== null && (atLeast === null || atMost <= 0)) return { side: "at most", weeks: atMost * scale + 0 };
  if (atLeast !== null) return { side: "at least", weeks: atLeast * scale + 0 };
  return null;
}
