/**
 * The verdict of a point: is one company's offering worth what it costs against another's, paired
 * run by run to the horizon (src/montecarlo/verdict.ts).
 */
import type { RestrictedGain } from "./comparison-types.ts";

/** A per-run paired difference: its median and where 8 runs in 10 fall. */
export interface VerdictEstimate {
  /** Median over runs. */
  p50: number;
  /** 10th percentile over runs (not an interval of the median: the spread of outcomes). */
  low: number;
  /** 90th percentile over runs. */
  high: number;
}

/** Net value gain at one price of the offering (all its token prices scaled together). */
export interface PriceCurvePoint {
  /** The offering's output price, USD per million tokens. */
  pricePerMOutputUsd: number;
  /** Median paired net value gain at that price, USD. */
  p50: number;
  /** 10th percentile over runs, USD. */
  low: number;
  /** 90th percentile over runs, USD. */
  high: number;
}

/**
 * Is `of`'s offering worth what it costs against `against`? Paired run by run to the horizon
 * (see src/montecarlo/verdict.ts). Positive = in favour of `of`.
 */
export interface Verdict {
  /** The company judged. */
  of: string;
  /** The baseline: the point's first company, or `<company> @ <baseline label>`. */
  against: string;
  /** Runs paired. */
  runs: number;
  /** Token spend to the horizon, of − against, USD. */
  extraTokenSpendUsd: VerdictEstimate;
  /**
   * Restricted mean weeks to the target, against − of (never = the horizon), with its 95% interval.
   */
  weeksSooner: RestrictedGain;
  /** Revenue to the horizon, of − against, USD. */
  revenueDifferenceUsd: VerdictEstimate;
  /** Net value to the horizon (discounted), of − against, USD. */
  netValueDifferenceUsd: VerdictEstimate;
  /** Share of runs where the net value gain is above zero. */
  sharePaidForItself: number;
  /** `of`'s output price now, USD per million tokens. */
  pricePerMOutputUsd: number;
  /**
   * The output price per million tokens (all of `of`'s token prices scaled with it) at which the
   * median net value gain is zero; null when there is none (not ahead even with free tokens, or
   * ahead at any price).
   */
  breakEvenPricePerMOutputUsd: number | null;
  /**
   * Net value gain against price, from free to twice the larger of the price now and break-even.
   */
  priceCurve: PriceCurvePoint[];
}
