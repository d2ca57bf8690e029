/**
 * The Monte Carlo summary: what `summary.json` holds and what charts and reports are built from.
 * Weeks are simulated weeks from the start; USD are plain dollars. `null` marks a statistic that
 * is not defined for the runs at hand (e.g. a median when fewer than half the runs reached it).
 */
import type { BreakdownCategory } from "../model/types.ts";

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
  /** Upper end of that interval. */
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
  /** 10th percentile over runs. */
  p10: number | null;
  /** Median over runs. */
  p50: number | null;
  /** 90th percentile over runs. */
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

/** All statistics for one company at one sweep point. */
export interface CompanySummary {
  /** Company name. */
  name: string;
  /** Runs summarised. */
  runs: number;
  /** Share of runs that reached the target by the horizon. */
  reachedTarget: ShareInterval;
  /** Weeks to the target, with runs that never got there censored at the horizon. */
  weeksToTarget: TimeToEvent;
  /** Share of runs at the target by week (Kaplan–Meier), 201 points over the horizon. */
  reachedCurve: CurvePoint[];
  /** Weeks to v1 over runs that shipped it. */
  weeksToV1: Quantiles;
  /** Weeks to takeoff over runs that took off. */
  weeksToTakeoff: Quantiles;
  /** Share of runs where this company alone reached the target first. */
  firstToTarget: ShareInterval;
  /** The lead over each rival. */
  leads: Lead[];
  /** Share of runs whose idea could take off at all (drawn with `takeoff.fitChance`). */
  hadFit: ShareInterval;
  /** Share of runs that took off before the horizon (never above `hadFit`). */
  tookOff: ShareInterval;
  /** Token spend to the horizon, USD. */
  tokenSpendUsd: Quantiles;
  /** Token spend until the target, USD, over runs that reached it. */
  tokenSpendToTargetUsd: Quantiles;
  /** Team spend to the horizon, USD. */
  teamSpendUsd: Quantiles;
  /** Team spend until the target, over the runs that reached it, USD. */
  teamSpendToTargetUsd: Quantiles;
  /** Revenue earned to the horizon, USD. */
  revenueUsd: Quantiles;
  /** Net value to the horizon: revenue − token spend − team spend, discounted at `economics.discountRate`, USD. */
  netValueUsd: Quantiles;
  /** ARR at the horizon, USD. */
  arrAtHorizonUsd: Quantiles;
  /** ARR quantiles at the end of each week. */
  arrFan: FanPoint[];
  /** Mean hours per category over runs that reached v1 / took off. */
  breakdownToV1: Record<BreakdownCategory, number> | null;
  /** The same to takeoff. */
  breakdownToTakeoff: Record<BreakdownCategory, number> | null;
  /** How each drawn input moves weeks to target, strongest first. */
  sensitivity: Sensitivity[];
  /**
   * Present on sweeps over speed or price (tokens/s, time to first token, prices, offering),
   * at every point but the baseline, for a company whose own speed or price the point changes:
   * this point against the baseline point.
   */
  speedPremium: SpeedPremium | null;
  /** The token prices this company paid at this point and where they come from; null in older summaries. */
  price: PricePaid | null;
}

/**
 * One idea at one point: whether it has fit (one draw per run shared by the companies pursuing it),
 * and, over the runs where it does, who found it first. Shares of those runs, with 95% Wilson intervals.
 */
export interface IdeaSummary {
  /** The idea's `takeoff.idea`; "" for the market's one idea (companies that name none). */
  idea: string;
  /** Companies pursuing it, in scenario order. */
  companies: string[];
  /** Share of all runs where the idea has fit. */
  hadFit: ShareInterval;
  /** Runs where it has fit: the denominator of the shares below. */
  runsWithFit: number;
  /** Per company (as `companies`), share of runs with fit where it alone took off first. */
  firstToTakeoff: ShareInterval[];
  /** Share of runs with fit where none of them took off by the horizon. */
  noTakeoff: ShareInterval;
  /** Per company, share of runs with fit where it alone reached the target first. */
  firstToTarget: ShareInterval[];
  /** Share of runs with fit where none of them reached the target by the horizon. */
  noTarget: ShareInterval;
}

/** One sweep point's results. */
export interface PointSummary {
  /** Position in the sweep, 0-based. */
  index: number;
  /** The point's label (`base` when nothing is swept). */
  label: string;
  /** The swept values at this point, by parameter path, as written. */
  params: Record<string, number | string>;
  /** Per company, in scenario order. */
  companies: CompanySummary[];
  /** Pairs of companies at this point, and (on sweeps) each company against itself at the baseline point. */
  comparisons: Comparison[];
  /** Weeks saved by each lever, per company and metric (empty with `--levers none`). */
  levers: LeverEffect[];
  /** Per idea: fit exists vs who finds it first (empty in summaries written before ideas were shared). */
  ideas: IdeaSummary[];
  /**
   * Each company but the first against the first, then (on a sweep, at points but the baseline)
   * each company against itself at the baseline point. Empty for one company without a sweep.
   */
  verdicts: Verdict[];
}

/** The token prices a company paid at one point, and where they come from. */
export interface PricePaid {
  /**
   * `list` (the named offering's published price), `default` (the reference model's), `written`
   * (set in the scenario), `held` (the offering's list price kept at a speed it is not sold at) or
   * `curve` (scaled with speed by the agent's `priceSpeedExponent`).
   */
  how: "list" | "default" | "written" | "held" | "curve";
  /** The offering named, or null. */
  model: string | null;
  /** USD per million output tokens paid. */
  outputPerM: number;
  /** Factor the price curve applied to every token price (1 without one). */
  multiplier: number;
  /** The curve's exponent, or null without one. */
  exponent: number | null;
  /** Tokens/s (mean) the company ran at. */
  tokensPerSecond: number;
  /** Tokens/s of the offering as sold. */
  offeringTokensPerSecond: number;
  /** True when the price is not a published one (the offering has none, or it is held at a speed not sold). */
  guess: boolean;
}

/**
 * One assumption of the scenario whose mean lies outside its public range (src/scenario/public-ranges.ts),
 * printed before any result: these are the defaults that drive the headline.
 */
export interface Assumption {
  /** The field inside a company (`growth.q`) or the scenario (`market.arpu`). */
  parameter: string;
  /** What it is, for readers (`Bass imitation q`). */
  what: string;
  /** Companies holding this value (empty for a market field). */
  companies: string[];
  /** The value as written (`0.7`, `1.2M to 3.5M`). */
  written: string;
  /** Its mean, in the range's display units (`unit`: Bass rates per year). */
  mean: number;
  /** Lower end of the public range, in the same units. */
  low: number;
  /** Upper end of the public range, in the same units. */
  high: number;
  /** Display unit after the numbers (`/year`, ` tokens`, ` USD/year`; "" for a probability). */
  unit: string;
  /** How far outside: mean ÷ high above the range, low ÷ mean below it (≥ 1). */
  factor: number;
  /** Where the range comes from. */
  source: string;
}

/** The whole summary of a Monte Carlo run. */
export interface Summary {
  /** Scenario name. */
  scenario: string;
  /** Scenario description. */
  description: string;
  /** What the scenario claims (its `kind:`): `grounded`, `story` or `illustration`; null when unstated. */
  kind: "story" | "grounded" | "illustration" | null;
  /** Its assumptions outside public ranges, most important first (empty when none, or in older summaries). */
  assumptions: Assumption[];
  /** Seed of all random streams. */
  seed: number;
  /** Replications per sweep point. */
  runs: number;
  /** velocity-sim version. */
  version: string;
  /** Simulated span, weeks. */
  horizonWeeks: number;
  /** The headline ARR target, USD. */
  targetUsd: number;
  /** ARR milestones, USD, ascending (the target among them). */
  milestonesUsd: number[];
  /** Swept parameter paths, in grid order (empty when nothing is swept). */
  sweepAxes: string[];
  /** The label of the point the others are compared with (the first, or `--baseline`). */
  baseline: string;
  /** Levers re-run, in order (empty when none): id as on the command line and label for readers. */
  levers: {
    /** Lever id as on the command line, e.g. `instant-review`. */
    id: string;
    /** What a reader sees, e.g. `instant reviews`. */
    label: string;
  }[];
  /** The most replications of each point re-run per lever (the first ones; each lever's `runs` says how many it used). */
  leverRuns: number;
  /** One entry per sweep point, in sweep order. */
  points: PointSummary[];
}
