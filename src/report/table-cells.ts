/**
 * Cells and titles the summary's tables share (summary-tables.ts, levers-table.ts,
 * verdict-text.ts).
 */
import { formatRange, formatUsd, formatWeeks, formatWeeksSigned, MISSING } from "../format/index.ts";
import type { ComparisonMetric, PointSummary, Summary } from "../montecarlo/types.ts";
// Not the charts index: it loads vega, which summary.md (written by run --no-charts) does not need.
import { pointLabel } from "../charts/labels.ts";
import { cell, type Cell } from "./table-model.ts";
// The constant alone (paired.ts imports only the quantile and Wilson helpers), not the montecarlo index.
import { MIN_INTERVAL_RUNS } from "../montecarlo/paired.ts";

/** What a cell says where no run reached the milestone on either side: not a 0.0 that reads as measured. */
export const NO_RUN_GOT_THERE = "no run got there";

/**
 * Why a statistic from `runs` runs has no interval ("1 run: no interval"), or undefined when the
 * runs are enough (MIN_INTERVAL_RUNS, src/montecarlo/paired.ts).
 */
export function noIntervalNote(runs: number, decided = false): string | undefined {
  return runs < MIN_INTERVAL_RUNS ? `${runs} run${runs === 1 ? "" : "s"}${decided ? " decided" : ""}: no interval` : undefined;
}

/** How a milestone is named in a heading: `v1`, `takeoff`, `$10M`. */
export function metricName(summary: Summary, metric: ComparisonMetric): string {
  return metric === "target" ? formatUsd(summary.targetUsd) : metric;
}

/** `x` with `digits` decimals, signed (`+1.25`, `0.00`, `-0.40`) for a difference. */
function fixed(x: number, digits: number, signed: boolean): string {
  const text = x.toFixed(digits);
  if (!signed) return text;
  if (Number(text) === 0) return (0).toFixed(digits);
  return x > 0 ? `+${text}` : text;
}

/**
 * Weeks (signed for a difference) with the 95% interval as a note when both ends are defined; from
 * fewer than MIN_INTERVAL_RUNS `runs`, "N runs: no interval" instead of any interval. The interval
 * shows its width: ends that differ are printed with as many decimals (up to three) as tell them
 * apart, never "8.4 (8.4–8.4)"; ends that are equal say so ("no spread": the runs tie).
 */
export function weeksCell(median: number | null, low: number | null, high: number | null, signed = false, runs = Infinity, decidedRuns = Infinity): Cell {
  const f = signed ? formatWeeksSigned : formatWeeks;
  // Too few runs at all ("1 run"), else too few where either side got there ("3 runs decided").
  const tooFew = noIntervalNote(runs) ?? noIntervalNote(decidedRuns, true);
  if (tooFew !== undefined) return cell(f(median), tooFew);
  if (median !== null && low !== null && high !== null) {
    if (low === high) return cell(f(median), low === median ? "no spread" : f(low));
    for (let digits = 1; digits <= 3; digits++) {
      const [lo, hi] = [fixed(low, digits, signed), fixed(high, digits, signed)];
      if (lo !== hi || digits === 3) {
        // The default form where it already shows the width; more decimals for all three where it does not.
        if (digits === 1 && f(low) !== f(high)) break;
        return cell(fixed(median, digits, signed), formatRange(lo, hi));
      }
    }
  }
  const range = formatRange(low === null ? null : f(low), high === null ? null : f(high));
  return cell(f(median), range === MISSING ? undefined : range);
}

/** The point's label in a table title, on a sweep (as every output names it); nothing otherwise. */
export function at(summary: Summary, point: PointSummary): string {
  return summary.points.length > 1 ? ` — ${pointLabel(point)}` : "";
}
