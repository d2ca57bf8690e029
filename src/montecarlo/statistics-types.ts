/**
 * The statistics every summary is built of: shares with intervals, quantiles, censored times,
 * curves and paired spreads. Weeks are simulated weeks from the start; USD are plain dollars.
 */

/** A share of runs with its 95% Wilson score interval. */
export interface ShareInterval {
  /** Share of runs, 0..1. */
  share: number;
  /** Lower end of the 95% Wilson interval. */
  low: number;
  /** Upper end of the 95% Wilson interval. */
  high: number;
}

/** Quantiles of a variable over the runs where it is defined. */
export interface Quantiles {
  /** 10th percentile (null when no run defines the value). */
  p10: number | null;
  /** Median. */
  p50: number | null;
  /** 90th percentile. */
  p90: number | null;
  /** Mean. */
  mean: number | null;
  /** Runs the quantiles are taken over. */
  n: number;
}

/** A censored time-to-event variable (Kaplan–Meier). */
export interface TimeToEvent {
  /** Week by which 10% of runs reached it (Kaplan–Meier; null when fewer did by the horizon). */
  p10: number | null;
  /** Median week (null when under half the runs reached it by the horizon). */
  p50: number | null;
  /** Week by which 90% of runs reached it. */
  p90: number | null;
  /** 95% confidence interval of the median (Brookmeyer–Crowley), when defined. */
  medianLow: number | null;
  /** Upper end of that interval. */
  medianHigh: number | null;
  /** Monte Carlo standard error of the median, weeks, when defined. */
  medianSe: number | null;
}

/** One step of the reached-target curve: share of runs at the target by `week`, with a 95% band. */
export interface CurvePoint {
  /** Week since the start. */
  week: number;
  /** Share of runs at the target by this week (Kaplan–Meier). */
  reached: number;
  /** Lower end of the 95% band. */
  low: number;
  /** Upper end of the 95% band. */
  high: number;
}

/** ARR quantiles at one week, for the fan chart. */
export interface FanPoint {
  /** Week since the start. */
  week: number;
  /** 10th percentile of ARR at this week over runs, USD. */
  p10: number;
  /** Median ARR, USD. */
  p50: number;
  /** 90th percentile of ARR, USD. */
  p90: number;
}

/** p10, p50 and p90 of a per-run paired difference. */
export interface Spread {
  /** 10th percentile over runs. */
  p10: number | null;
  /** Median over runs. */
  p50: number | null;
  /** 90th percentile over runs. */
  p90: number | null;
}
