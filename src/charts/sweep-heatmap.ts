/** Chart 4b: a two-parameter sweep as a heatmap of median weeks to target, one chart per company. */
import type { TopLevelSpec } from "vega-lite";
import type { Summary } from "../montecarlo/types.ts";
import { sweepFrame, type ChartOptions } from "./context.ts";
import { formatUsdShort, paramLabel } from "./labels.ts";
import { sweepShape } from "./sweep-shape.ts";
import { DEFAULT_SIZE, deckFrame, deckScale } from "./theme.ts";

/**
 * Median weeks to target for company `company` (index in scenario order) over a grid of two swept
 * parameters; cells where fewer than half the runs reached the target say "> horizon".
 * @returns the spec, or null unless the points are a grid of exactly two axes, or the company index is out of range.
 */
export function sweepHeatmapSpec(summary: Summary, company: number, options: ChartOptions = {}): TopLevelSpec | null {
  const shape = sweepShape(summary);
  if (shape.kind !== "grid" || shape.axes.length !== 2) return null;
  const name = summary.points[0].companies[company]?.name;
  if (name === undefined) return null;
  const [xAxis, yAxis] = shape.axes;
  const horizon = summary.horizonWeeks;
  const values = summary.points.map((p) => {
    const weeks = p.companies[company].weeksToTarget.p50;
    return {
      x: String(p.params[xAxis]),
      y: String(p.params[yAxis]),
      weeks: weeks ?? horizon,
      text: weeks === null ? `>${horizon}` : weeks.toFixed(1),
    };
  });
  const order = (axis: string) => [...new Set(summary.points.map((p) => p.params[axis]))].sort((a, b) => (typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b)))).map(String);
  const mid = (Math.min(...values.map((v) => v.weeks)) + Math.max(...values.map((v) => v.weeks))) / 2;
  return {
    ...deckFrame(sweepFrame(summary, options), `${name}: median weeks to ${formatUsdShort(summary.targetUsd)} ARR`),
    data: { values },
    encoding: {
      // Orders as the scales' domains, not sort lists, which vega-lite nests into one expression per value.
      x: { field: "x", type: "ordinal", title: paramLabel(xAxis), sort: null, scale: { domain: order(xAxis) }, axis: { labelAngle: 0 } },
      y: { field: "y", type: "ordinal", title: paramLabel(yAxis), sort: null, scale: { domain: [...order(yAxis)].reverse() } },
    },
    layer: [
      { mark: { type: "rect" }, encoding: { color: { field: "weeks", type: "quantitative", title: "weeks", scale: { scheme: "viridis" } } } },
      {
        mark: { type: "text", fontSize: 22 * deckScale(options.size ?? DEFAULT_SIZE) },
        encoding: {
          text: { field: "text" },
          // Viridis is dark at the low end: white text there, black on the light end.
          color: { condition: { test: `datum.weeks < ${mid}`, value: "white" }, value: "black" },
        },
      },
    ],
  };
}
