/**
 * Paired comparisons of weeks to a milestone (companies within a point, levers against the same
 * runs), censoring included: negative = sooner unless a field says otherwise.
 */

/** The lead of one company over a rival, in weeks, over runs where at least one reached the target. */
export interface Lead {
  /** The rival company. */
  rival: string;
  /** Share of runs where this company reached the target before the rival (or the rival never did). */
  ahead: number;
  /** 10th percentile of the lead, weeks (rival time − this company's; a side that never got there counts at the horizon). */
  p10: number | null;
  /** Median lead, weeks. */
  p50: number | null;
  /** 90th percentile of the lead, weeks. */
  p90: number | null;
}

/**
 * A paired difference of restricted mean time to a milestone: the mean over all runs of
 * min(of, horizon) − min(against, horizon), a run that never got there counting as the horizon.
 * Defined whatever the censoring; negative = `of` sooner.
 */
export interface RestrictedMean {
  /** The horizon the times are capped at, weeks. */
  horizonWeeks: number;
  /** Mean paired difference of the capped times, weeks. */
  differenceWeeks: number;
  /** Lower end of its 95% interval (paired normal: mean ± 1.96·sd/√runs), weeks. */
  low: number;
  /** Upper end of that interval. */
  high: number;
}

/**
 * Restricted mean weeks gained (positive = sooner), times capped at the horizon, with its 95%
 * interval.
 */
export interface RestrictedGain {
  /** The horizon the times are capped at, weeks. */
  horizonWeeks: number;
  /** Mean weeks gained over all runs (never got there = the horizon). */
  weeks: number;
  /** Lower end of its 95% interval (paired normal), weeks. */
  low: number;
  /** Upper end of that interval. */
  high: number;
}

/**
 * A one-sided bound on a median difference that is censored: the median is `side` `weeks`
 * ("at most −18" = in at least half the runs the first side is 18 or more weeks sooner).
 */
export interface MedianBound {
  /** Which side is known: the median difference is at most / at least `weeks`. */
  side: "at most" | "at least";
  /** The bound, weeks. */
  weeks: number;
}

/** The milestones a comparison is made on: weeks to v1, to takeoff and to the target. */
export type ComparisonMetric = "v1" | "takeoff" | "target";

/**
 * A paired comparison of weeks to one milestone: `of` minus `against`, run by run on common random
 * numbers. Negative differences mean `of` got there sooner. A run where one side never got there
 * counts as that side later; runs where neither did are left out of the median (they count as
 * neither sooner nor later). Companies within a point are named as they are; a company at the
 * baseline point is named `<company> @ <baseline label>`.
 */
export interface Comparison {
  /** The first side: a company at this point. */
  of: string;
  /** The second side: a company at this point, or `<company> @ <baseline label>`. */
  against: string;
  /** The milestone: `v1`, `takeoff` or `target`. */
  metric: ComparisonMetric;
  /** Median of the per-run differences, weeks (null when it lies on a never-reached run). */
  medianDifferenceWeeks: number | null;
  /** 95% interval of that median (distribution-free, from order statistics), weeks. */
  low: number | null;
  /** Upper end of that interval. */
  high: number | null;
  /** Share of all runs where `of` got there strictly sooner. */
  shareSooner: number;
  /** Share of all runs where `of` got there strictly later. */
  shareLater: number;
  /**
   * Runs where at least one side got there, over which the median and its interval are taken; the
   * interval is null below 6 (MIN_INTERVAL_RUNS). Absent in summaries written before it existed.
   */
  decidedRuns?: number;
  /**
   * Paired difference of restricted mean weeks to the milestone (absent in summaries written before
   * it existed).
   */
  restrictedMean?: RestrictedMean;
  /**
   * Where `medianDifferenceWeeks` is null: a bound on it from the censored runs (null when none can
   * be given).
   */
  medianBound?: MedianBound | null;
}

/**
 * What one lever ("one cost made free", see src/montecarlo/levers.ts) saves a company: the same
 * runs re-simulated with the lever applied, paired with the runs as they were.
 */
export interface LeverEffect {
  /** Lever id, e.g. `instant-review`. */
  lever: string;
  /** The company whose weeks are compared. */
  company: string;
  /** The milestone: `v1`, `takeoff` or `target`. */
  metric: ComparisonMetric;
  /** Median of weeks as run minus weeks with the lever (positive = the lever saves time). */
  medianWeeksSaved: number | null;
  /** 95% interval of that median, weeks. */
  low: number | null;
  /** Upper end of that interval. */
  high: number | null;
  /** Share of re-run runs where the lever got there strictly sooner / later. */
  shareSooner: number;
  /** Share of re-run runs where the lever got there strictly later (rivals got it too). */
  shareLater: number;
  /**
   * Runs where at least one side got there, over which the median and its interval are taken; the
   * interval is null below 6 (MIN_INTERVAL_RUNS). Absent in summaries written before it existed.
   */
  decidedRuns?: number;
  /** Runs re-simulated with the lever. */
  runs: number;
  /**
   * Restricted mean weeks saved (as run − with the lever, times capped at the horizon), with its
   * 95% interval: defined when the median is censored. Absent in older summaries.
   */
  restrictedMeanSaved?: RestrictedGain;
  /** Where `medianWeeksSaved` is null: a bound on it ("at least 3 weeks saved"), or null. */
  medianSavedBound?: MedianBound | null;
  /**
   * False when the scenario does not have this cost for this company (no steering, no latency, no
   * rate limit …): the lever cannot change anything and its zero is not a measurement. Absent
   * (= true) in older summaries.
   */
  inScenario?: boolean;
  /**
   * True when the lever is in the scenario and its effect can be told from none: the 95% interval
   * of the median (where the median is censored, its bound; else the restricted mean's interval)
   * lies beyond 0.005 weeks (under an hour) from zero. Absent in older summaries.
   */
  detectable?: boolean;
}
