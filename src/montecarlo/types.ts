/**
 * The Monte Carlo summary: what `summary.json` holds and what charts and reports are built from.
 * Weeks are simulated weeks from the start; USD are plain dollars. `null` marks a statistic that
 * is not defined for the runs at hand (e.g. a median when fewer than half the runs reached it).
 */
import type { BreakdownCategory } from "../model/types.ts";

/** A share of runs with its 95% Wilson score interval. */
export interface ShareInterval {
  share: number;
  low: number;
  high: number;
}

/** Quantiles of a variable over the runs where it is defined. */
export interface Quantiles {
  p10: number | null;
  p50: number | null;
  p90: number | null;
  mean: number | null;
  /** Runs the quantiles are taken over. */
  n: number;
}

/** A censored time-to-event variable (Kaplan–Meier). */
export interface TimeToEvent {
  p10: number | null;
  p50: number | null;
  p90: number | null;
  /** 95% confidence interval of the median (Brookmeyer–Crowley), when defined. */
  medianLow: number | null;
  medianHigh: number | null;
  /** Monte Carlo standard error of the median, weeks, when defined. */
  medianSe: number | null;
}

/** One step of the reached-target curve: share of runs at the target by `week`, with a 95% band. */
export interface CurvePoint {
  week: number;
  reached: number;
  low: number;
  high: number;
}

/** ARR quantiles at one week, for the fan chart. */
export interface FanPoint {
  week: number;
  p10: number;
  p50: number;
  p90: number;
}

/** The lead of one company over a rival, in weeks, over runs where at least one reached the target. */
export interface Lead {
  rival: string;
  /** Share of runs where this company reached the target before the rival (or the rival never did). */
  ahead: number;
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

/** How one per-run input moves weeks to target. */
export interface Sensitivity {
  /** Parameter path, e.g. `companies[B].agent.tokensPerSecond`. */
  input: string;
  /** Spearman rank correlation with weeks to target (censored runs ranked last). */
  spearman: number;
  /**
   * The interval of `spearman` (Fisher z, Bonferroni-adjusted over the company's inputs so that a
   * pure-noise input is shown with 5% chance at most, whatever the number of inputs).
   */
  low: number;
  high: number;
  /** True when the interval excludes zero: the input has a detectable effect. */
  detectable: boolean;
  /** Median weeks to target with the input in its bottom decile of samples (null if undefined). */
  lowDecileWeeks: number | null;
  /** Median weeks to target with the input in its top decile. */
  highDecileWeeks: number | null;
}

/** p10, p50 and p90 of a per-run paired difference. */
export interface Spread {
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

/**
 * What speed bought one company at a sweep point against the same company at the baseline point,
 * from per-run paired differences (the same run of both points sees the same world): never a ratio
 * of means, which a few long-tail runs dominate.
 */
export interface SpeedPremium {
  /** The baseline point's label. */
  against: string;
  /** Runs paired. */
  runs: number;
  /** Token spend to the horizon here minus at the baseline, USD. */
  extraTokenSpendUsd: Spread;
  /** Weeks to target at the baseline minus here (a run that never reaches counts as the horizon). */
  weeksGained: Spread;
  /** Revenue earned to the horizon here minus at the baseline, USD. */
  revenueGainedUsd: Spread;
  /** Team spend until the target (the horizon when not reached) at the baseline minus here, USD. */
  teamCostSavedUsd: Spread;
  /** revenueGained + teamCostSaved − extraTokenSpend, per run, USD. */
  netValueUsd: Spread;
  /** Share of runs whose net value is above zero: speed paid for itself. */
  sharePaidForItself: number;
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
  of: string;
  against: string;
  metric: ComparisonMetric;
  /** Median of the per-run differences, weeks (null when it lies on a never-reached run). */
  medianDifferenceWeeks: number | null;
  /** 95% interval of that median (distribution-free, from order statistics), weeks. */
  low: number | null;
  high: number | null;
  /** Share of all runs where `of` got there strictly sooner. */
  shareSooner: number;
  /** Share of all runs where `of` got there strictly later. */
  shareLater: number;
}

/**
 * What one lever ("one cost made free", see src/montecarlo/levers.ts) saves a company: the same
 * runs re-simulated with the lever applied, paired with the runs as they were.
 */
export interface LeverEffect {
  /** Lever id, e.g. `instant-review`. */
  lever: string;
  company: string;
  metric: ComparisonMetric;
  /** Median of weeks as run minus weeks with the lever (positive = the lever saves time). */
  medianWeeksSaved: number | null;
  /** 95% interval of that median, weeks. */
  low: number | null;
  high: number | null;
  /** Share of re-run runs where the lever got there strictly sooner / later. */
  shareSooner: number;
  shareLater: number;
  /** Runs re-simulated with the lever. */
  runs: number;
}

/** All statistics for one company at one sweep point. */
export interface CompanySummary {
  name: string;
  runs: number;
  reachedTarget: ShareInterval;
  weeksToTarget: TimeToEvent;
  reachedCurve: CurvePoint[];
  weeksToV1: Quantiles;
  weeksToTakeoff: Quantiles;
  firstToTarget: ShareInterval;
  leads: Lead[];
  tokenSpendUsd: Quantiles;
  tokenSpendToTargetUsd: Quantiles;
  teamSpendUsd: Quantiles;
  revenueUsd: Quantiles;
  arrAtHorizonUsd: Quantiles;
  arrFan: FanPoint[];
  /** Mean hours per category over runs that reached v1 / took off. */
  breakdownToV1: Record<BreakdownCategory, number> | null;
  breakdownToTakeoff: Record<BreakdownCategory, number> | null;
  sensitivity: Sensitivity[];
  /**
   * Present on sweeps over speed or price (tokens/s, time to first token, prices, offering),
   * at every point but the baseline: this point against the baseline point.
   */
  speedPremium: SpeedPremium | null;
}

/** One sweep point's results. */
export interface PointSummary {
  index: number;
  label: string;
  params: Record<string, number | string>;
  companies: CompanySummary[];
  /** Pairs of companies at this point, and (on sweeps) each company against itself at the baseline point. */
  comparisons: Comparison[];
  /** Weeks saved by each lever, per company and metric (empty with `--levers none`). */
  levers: LeverEffect[];
}

/** The whole summary of a Monte Carlo run. */
export interface Summary {
  scenario: string;
  description: string;
  seed: number;
  runs: number;
  version: string;
  horizonWeeks: number;
  targetUsd: number;
  milestonesUsd: number[];
  /** Swept parameter paths, in grid order (empty when nothing is swept). */
  sweepAxes: string[];
  /** The label of the point the others are compared with (the first, or `--baseline`). */
  baseline: string;
  /** Levers re-run, in order (empty when none): id as on the command line and label for readers. */
  levers: { id: string; label: string }[];
  /** Replications of each point re-run per lever (the first ones). */
  leverRuns: number;
  points: PointSummary[];
}
