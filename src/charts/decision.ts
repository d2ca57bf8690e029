/**
 * The best of several options (a one-axis sweep): per option, the company's mean net value with the
 * 10th–90th percentile of runs as a line, and the share of runs where it is best beside it. The
 * title says which to choose and by how much.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Decision, Summary } from "../montecarlo/types.ts";
import { sweepFrame, type ChartOptions } from "./context.ts";
import { formatUsdShort } from "./labels.ts";
import { companyColor, deckFrame, deckScale } from "./theme.ts";
import { chartText } from "./titles.ts";

/** The finding: which option, by how much over the runner-up, or that the two cannot be told apart. */
export function decisionTitle(d: Decision): string {
  const { label, runnerUp, marginUsd, marginLow } = d.choose;
  if (runnerUp === null) return `${d.company}: ${label}`;
  if (marginLow <= 0) return `${d.company}: ${label} and ${runnerUp} cannot be told apart in mean net value`;
  return `${d.company} does best with ${label}: ${formatUsdShort(marginUsd)} more mean net value than ${runnerUp}`;
}

/**
 * The decision chart, or null when the summary has no decision (no one-axis sweep).
 */
export function decisionSpec(summary: Summary, options: ChartOptions = {}): TopLevelSpec | null {
  const d = summary.decision;
  if (!d) return null;
  const frame = sweepFrame(summary, options);
  const s = deckScale(frame.size);
  const values = d.options.map((o) => ({ option: o.label, mean: o.meanNetValueUsd, low: o.low, high: o.high, chosen: o.label === d.choose.label ? "chosen" : "other", text: `best in ${Math.round(o.shareBest * 100)}% · regret ${formatUsdShort(o.expectedRegretUsd)}` }));
  frame.caption = [...frame.caption, `${d.company}'s net value to the horizon at each sweep point, run by run on the same random numbers; bar: mean, line: 10th–90th percentile of runs; best in: share of runs where it is the highest; regret: mean shortfall from each run's best`];
  const text = chartText("decision", decisionTitle(d), frame, options);
  const y = { field: "option", type: "nominal", title: null, sort: d.options.map((o) => o.label) } as const;
  // Room right of the longest line for its label, and on the left for a loss.
  const lo = Math.min(0, ...values.map((v) => v.low));
  const hi = Math.max(0, ...values.map((v) => v.high));
  const domain: number[] = [lo < 0 ? lo - 0.05 * (hi - lo || 1) : 0, hi + 0.45 * (hi - lo || 1)];
  const x = { field: "mean", type: "quantitative" as const, title: "net value (USD)", axis: { format: "$.3~s", tickCount: 6 }, scale: { domain, nice: false } };
  // The chosen option in the company's own colour, the others grey.
  const company = Math.max(0, summary.points[0]?.companies.findIndex((c) => c.name === d.company) ?? 0);
  const color = { field: "chosen", type: "nominal", scale: { domain: ["chosen", "other"], range: [companyColor(company), "#999999"] }, legend: null } as const;
  return {
    ...deckFrame(text.frame, text.title),
    data: { values },
    encoding: { y },
    layer: [
      { mark: { type: "bar", size: 30 * s, opacity: 0.85 }, encoding: { x, x2: { datum: 0 }, color } },
      { mark: { type: "rule", strokeWidth: 3 * s, color: "#333" }, encoding: { x: { field: "low", type: "quantitative" }, x2: { field: "high" } } },
      { mark: { type: "text", align: "left", dx: 8 * s }, encoding: { x: { field: "high", type: "quantitative" }, text: { field: "text" } } },
    ],
  };
}
