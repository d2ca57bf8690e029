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
  /**
   * Share of runs whose net value gain is above zero at that price (absent in summaries written
   * before it): the cost-effectiveness acceptability curve of decision analysis.
   */
  sharePays?: number;
}

/** A 95% interval of the median net value gain, and whether it excludes zero. */
export interface GainInterval {
  /** Lower end (order statistic of the runs' gains), USD. */
  low: number;
  /** Upper end, USD. */
  high: number;
  /** True when the interval excludes zero: the gain can be told from none. */
  detectable: boolean;
}

/** A 95% interval of a price. */
export interface PriceInterval {
  /** Lower end, USD per M output tokens (0: the offering loses even with free tokens in over 2.5% of resamples). */
  low: number;
  /** Upper end, USD per M output tokens; null when unbounded (it pays at any price in over 2.5% of resamples). */
  high: number | null;
}

/** The price at which the share of runs that pay falls to a level. */
export interface ShareCrossing {
  /** The level: 0.8, 0.5 or 0.2. */
  share: number;
  /**
   * Output price per million tokens (all token prices scaled with it) from which at most that share
   * of runs pays; null when fewer pay even with free tokens, or more pay at any price.
   */
  pricePerMOutputUsd: number | null;
}

/** One drawn assumption's expected value of perfect information for a verdict. */
export interface AssumptionValueOfInformation {
  /**
   * The assumption, as its runs.csv column (`companies[B].product.v1Tasks`); or
   * `companies[<of>].agent.pricePerMOutput` for the judged company's price given as a range (no
   * column: ranked exactly from the runs' bills, docs/answers.md).
   */
  path: string;
  /** What knowing it before choosing would add to the expected net value gain, USD. */
  evppiUsd: number;
  /** Standard error of that estimate (delta method on the regression), USD. */
  standardError: number;
  /**
   * Mean net value gain over the runs with this assumption in its bottom tenth of draws, USD: one
   * end of its bar in the dollar tornado. Absent in older summaries.
   */
  lowTenthGainUsd?: number;
  /** Mean net value gain over the runs with it in its top tenth of draws, USD. */
  highTenthGainUsd?: number;
}

/** What knowing more before choosing is worth (docs/answers.md, value of information). */
export interface VerdictValueOfInformation {
  /**
   * Expected value of perfect information: mean of max(gain, 0) − max(mean gain, 0), USD; with a
   * price given as a range, over the price too (and the other assumptions judged at its mean).
   */
  evpiUsd: number;
  /** Per drawn assumption, highest first: EVPPI by a regression spline of the gain on its draws. */
  perAssumption: AssumptionValueOfInformation[];
}

/**
 * Is `of`'s offering worth what it costs against `against`? Paired run by run to the horizon
 * (see src/montecarlo/verdict.ts). Positive = in favour of `of`.
 */
export interface Verdict {
  /** The company judged. */
  of: string;
  /**
   * True for a company against itself at the baseline point of a sweep when the point changes
   * nothing of the company's own (its parameters and the market are as at the baseline): its
   * difference is the effect of a rival's change, not of anything it pays for, so it has no price
   * to turn on. Absent otherwise.
   */
  rivalsChange?: true;
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
  /**
   * True when `of`'s price is not a published one (its offering has none, or is held at a speed
   * it is not sold at). Absent in older summaries.
   */
  priceGuess?: boolean;
  /**
   * 95% interval of the median net value gain (order statistics), USD; `detectable` is true when it
   * excludes zero. Where it is not, the verdict says "no detectable difference in net value" and
   * gives the chance it pays instead of a price. Absent in older summaries.
   */
  netValueMedianInterval?: GainInterval;
  /**
   * Percentile bootstrap 95% interval of the break-even price (1,000 resamples of the runs, seeded
   * from the scenario's seed and the verdict), USD per M output tokens; `high` null when unbounded
   * (in over 2.5% of resamples it pays at any price). Null without a price. Absent in older summaries.
   */
  breakEvenInterval?: PriceInterval | null;
  /**
   * Token-price parity: the output price at which `of`'s per-token bill matches `against`'s at the
   * median, USD per M; the part of the break-even owed to a cheaper bill per task, not to speed.
   * Null without a price or a crossing. Absent in older summaries.
   */
  tokenParityPricePerMOutputUsd?: number | null;
  /**
   * Break-even minus token-price parity, USD per M output tokens: the part of the price that the
   * weeks gained pay for. Null when either is. Absent in older summaries.
   */
  valueOfTimePerMOutputUsd?: number | null;
  /** Prices where the share of runs that pay falls to 80%, 50% and 20% (empty without a price). */
  sharePaysCrossings?: ShareCrossing[];
  /** Value of information of this choice. Absent in older summaries. */
  valueOfInformation?: VerdictValueOfInformation;
}
