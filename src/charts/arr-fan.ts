/** Chart 3: ARR over time per company, as a fan (p10–p90 band, median line) with the target as a rule. */
import type { TopLevelSpec } from "vega-lite";
import type { Summary } from "../montecarlo/types.ts";
import { pointContext, type ChartOptions } from "./context.ts";
import { USD_FORMAT, formatUsdShort } from "./labels.ts";
import { arrTitle, chartText } from "./titles.ts";
import { companyScale, deckFrame, deckScale } from "./theme.ts";

/**
 * ARR fan chart per company at one sweep point, USD by week.
 * @returns the spec, or null when no company has fan data.
 * @throws RangeError for a bad `options.point`.
 */
export function arrFanSpec(summary: Summary, options: ChartOptions = {}): TopLevelSpec | null {
  const { point, companies, frame } = pointContext(summary, options);
  const s = deckScale(frame.size);
  const values = point.companies.flatMap((c) => c.arrFan.map((p) => ({ company: c.name, week: p.week, p10: p.p10, p50: p.p50, p90: p.p90 })));
  if (values.length === 0) return null;
  const target = formatUsdShort(summary.targetUsd);
  const x = { field: "week", type: "quantitative" as const, title: "week", scale: { domain: [0, summary.horizonWeeks], nice: false } };
  const color = { field: "company", type: "nominal", scale: companyScale(companies), title: null } as const;
  frame.caption = [...frame.caption, "median line, 10th–90th percentile band of runs"];
  const text = chartText("arr-fan", arrTitle(summary, point), frame, options);
  return {
    ...deckFrame(text.frame, text.title),
    layer: [
      {
        data: { values },
        mark: { type: "area", opacity: 0.18 },
        encoding: { x, y: { field: "p10", type: "quantitative" }, y2: { field: "p90" }, color },
      },
      {
        data: { values },
        mark: { type: "line" },
        encoding: { x, y: { field: "p50", type: "quantitative", title: "ARR (USD)", axis: { format: USD_FORMAT } }, color },
      },
      {
        data: { values: [{ target: summary.targetUsd, text: `target ${target}` }] },
        layer: [
          { mark: { type: "rule", strokeDash: [8, 6], color: "#444", strokeWidth: 2 * s }, encoding: { y: { field: "target", type: "quantitative" } } },
          {
            mark: { type: "text", align: "left", baseline: "bottom", dx: 8 * s, dy: -6 * s, color: "#444" },
            encoding: { y: { field: "target", type: "quantitative" }, x: { datum: 0, type: "quantitative" }, text: { field: "text" } },
          },
        ],
      },
    ],
  };
}
