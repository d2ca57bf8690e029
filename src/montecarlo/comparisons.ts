/**
 * The answers a deck needs, from paired runs (common random numbers):
 *
 *   companies within a point: each later company against each earlier one
 *   → each company at a sweep point against itself at the baseline point
 *   → each lever's re-run against the runs as they were (weeks saved)
 *
 * each on weeks to v1, to takeoff and to the target (see paired.ts for censoring), with the
 * restricted mean difference and, where the median is censored, a bound on it (censored.ts).
 */
import { medianBound, restrictedMeanDifference } from "./censored.ts";
import { leverStop } from "./lever-stops.ts";
import { leverLabel } from "./levers.ts";
import { MIN_INTERVAL_RUNS, pairedDifference, type PairedDifference } from "./paired.ts";
import { LEVER_METRICS, type RunTable } from "./run-table.ts";
import type { Comparison, ComparisonMetric, LeverEffect, MedianBound } from "./types.ts";
import { HOURS_PER_WEEK } from "../format/index.ts";

/** The metrics compared, in reading order. */
export const COMPARISON_METRICS: readonly ComparisonMetric[] = LEVER_METRICS;

function compare(of: string, against: string, metric: ComparisonMetric, ofHours: Float64Array, againstHours: Float64Array, horizon: number): Comparison {
  const scale = 1 / HOURS_PER_WEEK;
  const d = pairedDifference(ofHours, againstHours, scale);
  return {
    of,
    against,
    metric,
    medianDifferenceWeeks: d.median,
    low: d.low,
    high: d.high,
    shareSooner: d.shareSooner,
    shareLater: d.shareLater,
    decidedRuns: d.decided,
    restrictedMean: restrictedMeanDifference(ofHours, againstHours, horizon, scale),
    medianBound: d.median === null ? medianBound(ofHours, againstHours, horizon, scale) : null,
  };
}

/**
 * Every pair of companies at one point: the later company (scenario order) of the pair against the
 * earlier.
 * @param horizon hours: never reaching a milestone counts as the horizon in the restricted mean.
 */
export function withinPointComparisons(table: RunTable, horizon: number): Comparison[] {
  const names = table.layout.companies;
  const out: Comparison[] = [];
  for (let j = 1; j < names.length; j++) {
    for (let i = 0; i < j; i++) {
      for (const metric of COMPARISON_METRICS) out.push(compare(names[j], names[i], metric, table.scalar(j, metric), table.scalar(i, metric), horizon));
    }
  }
  return out;
}

/**
 * Each company at this point against the same company at the baseline point (named
 * `<company> @ <baselineLabel>`), run by run. Both tables must hold the same runs.
 * @param horizon hours (as in {@link withinPointComparisons}).
 */
export function baselineComparisons(table: RunTable, base: RunTable, baselineLabel: string, horizon: number): Comparison[] {
  const runs = Math.min(table.runs, base.runs);
  const out: Comparison[] = [];
  table.layout.companies.forEach((name, i) => {
    const j = base.layout.companies.indexOf(name);
    if (j < 0) return;
    for (const metric of COMPARISON_METRICS) {
      out.push(compare(name, `${name} @ ${baselineLabel}`, metric, table.scalar(i, metric).subarray(0, runs), base.scalar(j, metric).subarray(0, runs), horizon));
    }
  });
  return out;
}

/**
 * Smaller effects than this, weeks (under an hour, below what the tables print), count as none:
 * a guess at what no reader would act on.
 */
export const NEGLIGIBLE_WEEKS = 0.005;

/**
 * Whether a lever's effect (a levered − as run difference) can be told from none, on the statistic
 * a reader is shown: the median's 95% interval; where the median is censored, its bound; else the
 * restricted mean's interval. It must also be large enough to print as more than zero, and come
 * from at least MIN_INTERVAL_RUNS runs (fewer can tell no effect from none, bound included).
 */
function detectable(d: PairedDifference, meanLow: number, meanHigh: number, bound: MedianBound | null): boolean {
  if (d.runs < MIN_INTERVAL_RUNS) return false;
  const away = (low: number | null, high: number | null) => (low !== null && low >= NEGLIGIBLE_WEEKS) || (high !== null && high <= -NEGLIGIBLE_WEEKS);
  if (d.median !== null) return away(d.low, d.high) && Math.abs(d.median) >= NEGLIGIBLE_WEEKS;
  if (bound !== null) return bound.side === "at most" ? bound.weeks <= -NEGLIGIBLE_WEEKS : bound.weeks >= NEGLIGIBLE_WEEKS;
  return away(meanLow, meanHigh);
}

/**
 * Weeks each lever saves each company: the runs as they were minus the same runs re-simulated with
 * the lever.
 * @param horizon hours (as in {@link withinPointComparisons}).
 * @param inScenario whether the scenario has the lever's cost for company `i` (see levers.ts); all
 *   true when absent.
 */
export function leverEffects(table: RunTable, horizon: number, inScenario: (lever: string, company: number) => boolean = () => true): LeverEffect[] {
  const levers = table.layout.levers ?? [];
  const out: LeverEffect[] = [];
  levers.forEach((lever, k) => {
    // The runs this lever needed (lever-stops.ts): the same prefix however the runs were split.
    const runs = leverStop(table, k);
    table.layout.companies.forEach((company, i) => {
      for (const metric of COMPARISON_METRICS) {
        const levered = table.lever(k, i, metric).subarray(0, runs);
        const asRun = table.scalar(i, metric).subarray(0, levered.length);
        const d = pairedDifference(levered, asRun, 1 / HOURS_PER_WEEK);
        const mean = restrictedMeanDifference(levered, asRun, horizon, 1 / HOURS_PER_WEEK);
        const bound = d.median === null ? medianBound(levered, asRun, horizon, 1 / HOURS_PER_WEEK) : null;
        const applies = inScenario(lever, i);
        // Saved = as run − levered: the negated difference, its interval flipped.
        out.push({
          lever,
          company,
          metric,
          medianWeeksSaved: d.median === null ? null : -d.median + 0,
          low: d.high === null ? null : -d.high + 0,
          high: d.low === null ? null : -d.low + 0,
          shareSooner: d.shareSooner,
          shareLater: d.shareLater,
          decidedRuns: d.decided,
          runs: d.runs,
          restrictedMeanSaved: { horizonWeeks: mean.horizonWeeks, weeks: -mean.differenceWeeks + 0, low: -mean.high + 0, high: -mean.low + 0 },
          medianSavedBound: bound === null ? null : { side: bound.side === "at most" ? "at least" : "at most", weeks: -bound.weeks + 0 },
          inScenario: applies,
          detectable: applies && detectable(d, mean.low, mean.high, bound),
        });
      }
    });
  });
  return out;
}

/** `{ id, label }` of each lever in a table's rows. */
export function leverList(table: RunTable | undefined): { id: string; label: string }[] {
  return (table?.layout.levers ?? []).map((id) => ({ id, label: leverLabel(id) }));
}
