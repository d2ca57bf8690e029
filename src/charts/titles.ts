/**
 * Chart titles that state the finding, computed from the results, and the user's overrides.
 * A deck wants "B reaches $10M 4.6 weeks sooner than A in 96% of runs", not "Weeks to target";
 * an analyst who needs other words sets them per chart (`charts:` in the scenario or `--title`).
 */
import type { Comparison, ComparisonMetric, Summary } from "../montecarlo/types.ts";
import { formatShare, formatUsdShort } from "./labels.ts";
import type { ChartFrame } from "./theme.ts";
import type { ChartOptions } from "./context.ts";

/** The words a chart carries, after the user's override if any. */
export interface ChartText {
  title: string;
  frame: ChartFrame;
}

/**
 * The title and frame of chart `name`: the computed `title`, unless the options override it; a
 * caption override replaces the chart's own caption lines after the run caption.
 */
export function chartText(name: string, title: string, frame: ChartFrame, options: ChartOptions = {}): ChartText {
  const override = options.text?.[name];
  const caption = override?.caption === undefined ? frame.caption : [frame.caption[0], override.caption];
  return { title: override?.title ?? title, frame: { ...frame, caption } };
}

/** What reaching a milestone is called in a sentence. */
export function metricPhrase(summary: Summary, metric: ComparisonMetric): string {
  if (metric === "v1") return "ships v1";
  if (metric === "takeoff") return "takes off";
  return `reaches ${formatUsdShort(summary.targetUsd)}`;
}

/** What a milestone is called as a noun: `v1`, `takeoff`, `$10M`. */
export function metricNoun(summary: Summary, metric: ComparisonMetric): string {
  return metric === "target" ? formatUsdShort(summary.targetUsd) : metric;
}

function weeksText(weeks: number): string {
  const w = Math.abs(weeks);
  return `${w.toFixed(1)} week${w.toFixed(1) === "1.0" ? "" : "s"}`;
}

/**
 * One comparison as a sentence with the sooner side as subject: "B reaches $10M 4.6 weeks sooner
 * than A in 96% of runs". Says so when the median cannot be told ("no clear difference").
 */
export function comparisonSentence(summary: Summary, c: Comparison): string {
  const verb = metricPhrase(summary, c.metric);
  const ofSooner = c.shareSooner >= c.shareLater;
  const [first, second] = ofSooner ? [c.of, c.against] : [c.against, c.of];
  const share = ofSooner ? c.shareSooner : c.shareLater;
  const median = c.medianDifferenceWeeks;
  if (median === null) return `${first} ${verb} sooner than ${second} in ${formatShare(share)} of runs`;
  const clear = c.low !== null && c.high !== null && (c.high < 0 || c.low > 0);
  if (!clear) return `No clear difference between ${c.of} and ${c.against} in weeks to ${metricNoun(summary, c.metric)} (median ${median.toFixed(1)} weeks)`;
  return `${first} ${verb} ${weeksText(median)} sooner than ${second} in ${formatShare(share)} of runs`;
}
