/**
 * Cells and titles the summary's tables share (summary-tables.ts, levers-table.ts,
 * verdict-text.ts).
 */
import { formatRange, formatUsd, formatWeeks, formatWeeksSigned, MISSING } from "../format/index.ts";
import type { ComparisonMetric, PointSummary, Summary } from "../montecarlo/types.ts";
// Not the charts index: it loads vega, which summary.md (written by run --no-charts) does not need.
import { pointLabel } from "../charts/labels.ts";
import { labelAxes } from "../charts/sweep-shape.ts";
import { cell, type Cell } from "./table-model.ts";

/** How a milestone is named in a heading: `v1`, `takeoff`, `$10M`. */
export function metricName(summary: Summary, metric: ComparisonMetric): string {
  return metric === "target" ? formatUsd(summary.targetUsd) : metric;
}

/** Weeks (signed for a difference) with the 95% interval as a note when both ends are defined. */
export function weeksCell(median: number | null, low: number | null, high: number | null, signed = false): Cell {
  const f = signed ? formatWeeksSigned : formatWeeks;
  const range = formatRange(low === null ? null : f(low), high === null ? null : f(high));
  return cell(f(median), range === MISSING ? undefined : range);
}

/** The point's name in a table title, as a reader would say it, on a sweep; nothing otherwise. */
export function at(summary: Summary, point: PointSummary): string {
  return summary.points.length > 1 ? ` — ${pointLabel(point, labelAxes(summary))}` : "";
}
