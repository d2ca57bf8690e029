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
  /** Median weeks to target with the input in its bottom decile of samples (null if undefined). */
  lowDecileWeeks: number | null;
  /** Median weeks to target with the input in its top decile. */
  highDecileWeeks: number | null;
}

/** Extra token spend against extra revenue for one company at a sweep point, vs the slowest point. */
export interface SpeedPremium {
  /** Mean extra token spend to the horizon, USD. */
  extraTokenSpendUsd: number;
  /** Mean extra revenue earned to the horizon (ARR-weeks gained / 52), USD. */
  extraRevenueUsd: number;
  /** extraRevenueUsd / extraTokenSpendUsd, null when no extra spend. */
  returnPerDollar: number | null;
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
  /** Share of runs whose idea could take off at all (drawn with `takeoff.fitChance`). */
  hadFit: ShareInterval;
  /** Share of runs that took off before the horizon (never above `hadFit`). */
  tookOff: ShareInterval;
  tokenSpendUsd: Quantiles;
  tokenSpendToTargetUsd: Quantiles;
  teamSpendUsd: Quantiles;
  /** Team spend until the target, over the runs that reached it, USD. */
  teamSpendToTargetUsd: Quantiles;
  revenueUsd: Quantiles;
  /** Net value to the horizon: revenue − token spend − team spend, discounted at `economics.discountRate`, USD. */
  netValueUsd: Quantiles;
  arrAtHorizonUsd: Quantiles;
  arrFan: FanPoint[];
  /** Mean hours per category over runs that reached v1 / took off. */
  breakdownToV1: Record<BreakdownCategory, number> | null;
  breakdownToTakeoff: Record<BreakdownCategory, number> | null;
  sensitivity: Sensitivity[];
  /** Present on sweeps: this point against the sweep's slowest (first) point. */
  speedPremium: SpeedPremium | null;
}

/** One sweep point's results. */
export interface PointSummary {
  index: number;
  label: string;
  params: Record<string, number | string>;
  companies: CompanySummary[];
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
  points: PointSummary[];
}
