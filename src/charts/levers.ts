/**
 * The lead chart, "what would make us faster": Amdahl's law by experiment. For each lever (one
 * cost made free, the same runs re-simulated) and company, the median weeks saved to one
 * milestone with its 95% interval. A lever whose bar sits at zero is not on the critical path,
 * however large its share of the hours looks.
 */
import type { TopLevelSpec } from "vega-lite";
import type { ComparisonMetric, LeverEffect, Summary } from "../montecarlo/types.ts";
import { pointContext, type ChartOptions } from "./context.ts";
import { formatWeeks } from "./labels.ts";
import { companyScale, deckFrame, deckScale } from "./theme.ts";
import { chartText, metricNoun } from "./titles.ts";

/**
 * The milestone the chart shows: the target when every company has a median weeks saved for
 * every lever, else takeoff, else v1 (a median does not exist when most runs never get there).
 */
export function leverMetric(effects: readonly LeverEffect[]): ComparisonMetric {
  for (const metric of ["target", "takeoff", "v1"] as const) {
    const of = effects.filter((e) => e.metric === metric);
    if (of.length && of.every((e) => e.medianWeeksSaved !== null)) return metric;
  }
  return "v1";
}

/** The finding: the lever that saves most, whom, and how much. */
export function leversTitle(summary: Summary, effects: readonly LeverEffect[], metric: ComparisonMetric, label: (id: string) => string): string {
  const ranked = effects.filter((e) => e.metric === metric && e.medianWeeksSaved !== null).sort((a, b) => (b.medianWeeksSaved ?? 0) - (a.medianWeeksSaved ?? 0));
  const best = ranked[0];
  if (!best || (best.medianWeeksSaved ?? 0) <= 0) return `No single lever brings ${metricNoun(summary, metric)} sooner`;
  const who = summary.points[0].companies.length > 1 ? ` ${best.company}` : "";
  return `${label(best.lever)[0].toUpperCase()}${label(best.lever).slice(1)} would save${who} ${formatWeeks(best.medianWeeksSaved)} weeks to ${metricNoun(summary, metric)}`;
}

/**
 * Weeks saved by each lever at the chosen point (the last by default), per company.
 * @returns the spec, or null when no lever was re-run.
 * @throws RangeError for a bad `options.point`.
 */
export function leversSpec(summary: Summary, options: ChartOptions = {}): TopLevelSpec | null {
  const { point, companies, frame } = pointContext(summary, options);
  if (point.levers.length === 0) return null;
  const s = deckScale(frame.size);
  const metric = leverMetric(point.levers);
  const names = new Map(summary.levers.map((l) => [l.id, l.label]));
  const label = (id: string) => names.get(id) ?? id;
  // A lever the scenario does not have, or with no detectable effect, is one line in the table, not
  // a bar at zero.
  const values = point.levers
    .filter((e) => e.metric === metric && e.medianWeeksSaved !== null && e.detectable !== false)
    .map((e) => ({ lever: label(e.lever), company: e.company, saved: e.medianWeeksSaved, low: e.low ?? e.medianWeeksSaved, high: e.high ?? e.medianWeeksSaved, text: formatWeeks(e.medianWeeksSaved) }));
  if (values.length === 0) return null;
  frame.caption = [...frame.caption, `median weeks saved to ${metricNoun(summary, metric)} (line: 95% interval), up to the first ${summary.leverRuns} runs re-simulated with one cost made free for every company, each lever until known to ±0.1 week`];
  const text = chartText("levers", leversTitle(summary, point.levers, metric, label), frame, options);
  const y = { field: "lever", type: "nominal", title: null, sort: summary.levers.map((l) => l.label) } as const;
  const yOffset = { field: "company", type: "nominal", sort: companies } as const;
  const color = { field: "company", type: "nominal", scale: companyScale(companies), title: null } as const;
  // Room for the labels past the bars' ends, on the side of a loss too.
  const lo = Math.min(0, ...values.map((v) => v.low ?? 0));
  const hi = Math.max(0, ...values.map((v) => v.high ?? 0));
  const pad = 0.12 * (hi - lo || 1);
  const domain: number[] = [lo < 0 ? lo - pad : 0, hi + pad];
  const x = { field: "saved", type: "quantitative" as const, title: `weeks saved to ${metricNoun(summary, metric)}`, scale: { domain, nice: false } };
  return {
    ...deckFrame(text.frame, text.title),
    data: { values },
    encoding: { y, yOffset, color },
    layer: [
      { mark: { type: "bar", size: 26 * s, opacity: 0.85 }, encoding: { x, x2: { datum: 0 } } },
      { mark: { type: "rule", strokeWidth: 3 * s }, encoding: { x: { field: "low", type: "quantitative" }, x2: { field: "high" }, color: { value: "#333" } } },
      // The label sits past the end the bar grows to: right of a saving, left of a loss.
      { transform: [{ filter: "datum.saved >= 0" }], mark: { type: "text", align: "left", dx: 8 * s }, encoding: { x: { field: "high", type: "quantitative" }, text: { field: "text" } } },
      { transform: [{ filter: "datum.saved < 0" }], mark: { type: "text", align: "right", dx: -8 * s }, encoding: { x: { field: "low", type: "quantitative" }, text: { field: "text" } } },
    ],
  };
}
