/**
 * The Monte Carlo summary as `summary.json` holds it: per company and idea at each sweep point, and
 * the whole run. `null` marks a statistic that is not defined for the runs at hand (e.g. a median
 * when fewer than half the runs reached it).
 */
import type { BreakdownCategory } from "../model/types.ts";
import type { Comparison, Lead, LeverEffect } from "./comparison-types.ts";
import type { Decision } from "./decision-types.ts";
import type { CurvePoint, FanPoint, Quantiles, ShareInterval, TimeToEvent } from "./statistics-types.ts";
import type { PricePaid, SpeedPremium } from "./sweep-types.ts";
import type { Verdict } from "./verdict-types.ts";

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
  /** The point's label: `B.tokensPerSecond=65` for a grid (a company's field after its name), a named point's label, `base` when nothing is swept. */
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
  /** How far outside: mean ÷ high above the range, low ÷ mean below it (≥ 1); null for a mean of 0 (no finite factor). */
  factor: number | null;
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
  /**
   * On a sweep over one parameter (a company's offering, speed or any one assumption): which point
   * gives the deciding company the highest net value, run by run on common random numbers. Null
   * otherwise; absent in older summaries.
   */
  decision?: Decision | null;
}
