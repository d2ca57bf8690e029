/** Chart 1: the share of runs that have reached the target by each week (Kaplan–Meier, with band). */
import type { TopLevelSpec } from "vega-lite";
import type { Summary } from "../montecarlo/types.ts";
import { pointContext, type ChartOptions } from "./context.ts";
import { formatUsdShort } from "./labels.ts";
import { chartText, reachedTitle } from "./titles.ts";
import { companyScale, deckFrame } from "./theme.ts";

/**
 * Reached-target curve per company at one sweep point: a step line of the share of runs at the
 * target ARR by week, with its 95% band. The last step is carried to the horizon, since the
 * curve is flat after the last run that reached it.
 * @returns the spec, or null when no company has a curve.
 * @throws RangeError for a bad `options.point`.
 */
export function reachedCurveSpec(summary: Summary, options: ChartOptions = {}): TopLevelSpec | null {
  const { point, companies, frame } = pointContext(summary, options);
  const values = point.companies.flatMap((c) => {
    if (c.reachedCurve.length === 0) return [];
    const rows = c.reachedCurve.map((p) => ({ company: c.name, week: p.week, reached: p.reached, low: p.low, high: p.high }));
    const last = rows[rows.length - 1];
    if (last.week < summary.horizonWeeks) rows.push({ ...last, week: summary.horizonWeeks });
    return rows;
  });
  if (values.length === 0) return null;
  const target = formatUsdShort(summary.targetUsd);
  const color = { field: "company", type: "nominal", scale: companyScale(companies), title: null } as const;
  const text = chartText("reached-curve", reachedTitle(summary, point), frame, options);
  return {
    ...deckFrame(text.frame, text.title),
    data: { values },
    encoding: {
      x: { field: "week", type: "quantitative", title: "week", scale: { domain: [0, summary.horizonWeeks], nice: false } },
      color,
    },
    layer: [
      {
        mark: { type: "area", interpolate: "step-after", opacity: 0.18 },
        encoding: { y: { field: "low", type: "quantitative" }, y2: { field: "high" } },
      },
      {
        mark: { type: "line", interpolate: "step-after" },
        encoding: {
          y: { field: "reached", type: "quantitative", title: `share of runs at ${target} ARR`, axis: { format: "~%" }, scale: { domain: [0, 1] } },
        },
      },
    ],
  };
}
