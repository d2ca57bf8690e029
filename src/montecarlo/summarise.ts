/**
 * Turns the runs of one sweep point into its statistics:
 *
 *   per company: weeks to target as a censored variable (Kaplan–Meier: curve, quantiles, median
 *   interval) → share reached (Wilson) → weeks to v1 / takeoff → who got there first, and leads →
 *   fit and takeoff shares → spend, revenue and discounted net value → ARR fan → mean time
 *   breakdown → sensitivity of each drawn input → paired comparisons of the companies → weeks
 *   saved by each lever re-run → per idea, fit exists vs who finds it first.
 * (Comparisons across points, verdicts and the speed premium are added by build-summary.ts.)
 */
import { BREAKDOWN_CATEGORIES, type BreakdownCategory } from "../model/index.ts";
import { kaplanMeier, kmMedianInterval, kmQuantile, survivalBand, type KaplanMeier } from "./kaplan-meier.ts";
import { quantileSorted, quantiles } from "./quantiles.ts";
import type { RunTable } from "./run-table.ts";
import { sensitivity } from "./sensitivity.ts";
import { leverEffects, withinPointComparisons } from "./comparisons.ts";
import { ideaSummaries } from "./ideas.ts";
import type { CompanySummary, CurvePoint, FanPoint, Lead, PointSummary, TimeToEvent } from "./types.ts";
import { Z95, wilson } from "./wilson.ts";
import { HOURS_PER_WEEK } from "../format/index.ts";

/**
 * Steps of the reached-target curve over the horizon (the curve has one more row): enough for a
 * smooth step chart, few enough for a small summary.
 */
export const CURVE_POINTS = 200;

/** What a point summary needs besides its runs. */
export interface PointContext {
  index: number;
  label: string;
  params: Record<string, number | string>;
  /** Horizon, hours. */
  horizon: number;
  /** Each company's idea key (`takeoff.idea`, "" for the market's one); all "" when absent. */
  ideaOf?: readonly string[];
  /**
   * Whether the point's scenario has lever `lever`'s cost for company `company` (all true when
   * absent).
   */
  leverInScenario?: (lever: string, company: number) => boolean;
}

function toWeeks(hours: Float64Array): Float64Array {
  return hours.map((h) => h / HOURS_PER_WEEK);
}

function timeToEvent(km: KaplanMeier): TimeToEvent {
  const { low, high } = kmMedianInterval(km);
  return {
    p10: kmQuantile(km, 0.1),
    p50: kmQuantile(km, 0.5),
    p90: kmQuantile(km, 0.9),
    medianLow: low,
    medianHigh: high,
    // The interval's half-width over z: the usual normal-approximation reading of a 95% interval.
    medianSe: low !== null && high !== null ? (high - low) / (2 * Z95) : null,
  };
}

function reachedCurve(km: KaplanMeier, horizonWeeks: number): CurvePoint[] {
  const points: CurvePoint[] = [];
  let k = -1;
  for (let i = 0; i <= CURVE_POINTS; i++) {
    const week = (horizonWeeks * i) / CURVE_POINTS;
    while (k + 1 < km.steps.length && km.steps[k + 1].time <= week) k++;
    if (k < 0) {
      points.push({ week, reached: 0, low: 0, high: 0 });
    } else {
      const band = survivalBand(km.steps[k]);
      points.push({ week, reached: 1 - km.steps[k].survival, low: 1 - band.high, high: 1 - band.low });
    }
  }
  return points;
}

function meanBreakdown(table: RunTable, company: number, which: 0 | 1): Record<BreakdownCategory, number> | null {
  const out = {} as Record<BreakdownCategory, number>;
  let defined = 0;
  BREAKDOWN_CATEGORIES.forEach((category, k) => {
    const column = table.breakdown(company, which, k);
    let sum = 0;
    let n = 0;
    for (const x of column) if (!Number.isNaN(x)) (sum += x), n++;
    defined = n;
    out[category] = n ? sum / n : 0;
  });
  return defined ? out : null;
}

function arrFan(table: RunTable, company: number): FanPoint[] {
  const fan: FanPoint[] = [];
  for (let w = 0; w < table.layout.weeks; w++) {
    const sorted = table.arrAtWeek(company, w).sort();
    fan.push({ week: w, p10: quantileSorted(sorted, 0.1) ?? 0, p50: quantileSorted(sorted, 0.5) ?? 0, p90: quantileSorted(sorted, 0.9) ?? 0 });
  }
  return fan;
}

function count(values: Float64Array, keep: (x: number) => boolean): number {
  let n = 0;
  for (const v of values) if (keep(v)) n++;
  return n;
}

/** Lead of `a` over `b` in weeks for each run where at least one reached the target (a not reaching counts as the horizon). */
function leads(weeksBy: Float64Array[], a: number, names: string[], horizonWeeks: number): Lead[] {
  const out: Lead[] = [];
  weeksBy.forEach((rival, b) => {
    if (b === a) return;
    const mine = weeksBy[a];
    const gaps: number[] = [];
    let ahead = 0;
    for (let r = 0; r < mine.length; r++) {
      const ta = Number.isNaN(mine[r]) ? horizonWeeks : mine[r];
      const tb = Number.isNaN(rival[r]) ? horizonWeeks : rival[r];
      if (Number.isNaN(mine[r]) && Number.isNaN(rival[r])) continue;
      gaps.push(tb - ta);
      if (ta < tb) ahead++;
    }
    const sorted = Float64Array.from(gaps).sort();
    out.push({ rival: names[b], ahead: gaps.length ? ahead / mine.length : 0, p10: quantileSorted(sorted, 0.1), p50: quantileSorted(sorted, 0.5), p90: quantileSorted(sorted, 0.9) });
  });
  return out;
}

/** The statistics of one sweep point from its runs. */
export function summarisePoint(table: RunTable, context: PointContext): PointSummary {
  const { layout, runs } = table;
  const horizonWeeks = context.horizon / HOURS_PER_WEEK;
  const weeksBy = layout.companies.map((_, i) => toWeeks(table.scalar(i, "target")));

  // First to target: the unique earliest company in a run (a tie credits no one).
  const firsts = new Array<number>(layout.companies.length).fill(0);
  for (let r = 0; r < runs; r++) {
    let best = -1;
    let tie = false;
    weeksBy.forEach((w, i) => {
      if (Number.isNaN(w[r])) return;
      if (best < 0 || w[r] < weeksBy[best][r]) (best = i), (tie = false);
      else if (w[r] === weeksBy[best][r]) tie = true;
    });
    if (best >= 0 && !tie) firsts[best]++;
  }

  const companies: CompanySummary[] = layout.companies.map((name, i) => {
    const weeks = weeksBy[i];
    const km = kaplanMeier(Array.from(weeks, (w) => (Number.isNaN(w) ? null : w)), horizonWeeks);
    let reached = 0;
    for (const w of weeks) if (!Number.isNaN(w)) reached++;
    return {
      name,
      runs,
      reachedTarget: wilson(reached, runs),
      weeksToTarget: timeToEvent(km),
      reachedCurve: reachedCurve(km, horizonWeeks),
      weeksToV1: quantiles(table.scalar(i, "v1"), 1 / HOURS_PER_WEEK),
      weeksToTakeoff: quantiles(table.scalar(i, "takeoff"), 1 / HOURS_PER_WEEK),
      firstToTarget: wilson(firsts[i], runs),
      leads: leads(weeksBy, i, layout.companies, horizonWeeks),
      hadFit: wilson(count(table.scalar(i, "fit"), (x) => x === 1), runs),
      tookOff: wilson(count(table.scalar(i, "takeoff"), (x) => !Number.isNaN(x)), runs),
      tokenSpendUsd: quantiles(table.scalar(i, "tokenSpend")),
      tokenSpendToTargetUsd: quantiles(table.scalar(i, "tokenSpendToTarget")),
      teamSpendUsd: quantiles(table.scalar(i, "teamSpend")),
      teamSpendToTargetUsd: quantiles(table.scalar(i, "teamSpendToTarget")),
      revenueUsd: quantiles(table.scalar(i, "revenue")),
      netValueUsd: quantiles(table.scalar(i, "netValue")),
      arrAtHorizonUsd: quantiles(table.scalar(i, "arrAtHorizon")),
      arrFan: arrFan(table, i),
      breakdownToV1: meanBreakdown(table, i, 0),
      breakdownToTakeoff: meanBreakdown(table, i, 1),
      sensitivity: sensitivity(table, i, weeks, horizonWeeks),
      // Filled in against the baseline point by buildSummary.
      speedPremium: null,
      // Filled in from the point's scenario by buildSummary.
      price: null,
    };
  });
  const ideaOf = context.ideaOf ?? layout.companies.map(() => "");
  return { index: context.index, label: context.label, params: context.params, companies, comparisons: withinPointComparisons(table, context.horizon), levers: leverEffects(table, context.horizon, context.leverInScenario), ideas: ideaSummaries(table, ideaOf), verdicts: [] };
}

