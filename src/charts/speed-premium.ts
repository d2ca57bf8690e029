/** Chart 8: the speed premium — extra token spend against extra revenue, per sweep point. */
import type { TopLevelSpec } from "vega-lite";
import type { PointSummary, Summary } from "../montecarlo/types.ts";
import { sweepFrame, type ChartOptions } from "./context.ts";
import { USD_FORMAT, paramLabel } from "./labels.ts";
import { labelAxes } from "./sweep-shape.ts";
import { companyScale, deckFrame, deckScale } from "./theme.ts";

/** The swept values of a point, short: `1000` or `1000, 3`. */
function shortPoint(point: PointSummary, axes: readonly string[]): string {
  return axes.length === 0 ? point.label : axes.map((a) => String(point.params[a])).join(", ");
}

/**
 * One dot per company and sweep point (the first point, the reference, left out): mean extra token
 * spend to the horizon against mean extra revenue, both USD against the first point. Above the
 * dashed diagonal, speed paid for itself.
 * @returns the spec, or null when no point past the first has a speed premium.
 */
export function speedPremiumSpec(summary: Summary, options: ChartOptions = {}): TopLevelSpec | null {
  const axes = labelAxes(summary);
  const values = summary.points.slice(1).flatMap((p) =>
    p.companies.flatMap((c) =>
      c.speedPremium === null ? [] : [{ company: c.name, spend: c.speedPremium.extraTokenSpendUsd, revenue: c.speedPremium.extraRevenueUsd, label: shortPoint(p, axes) }],
    ),
  );
  if (values.length === 0) return null;
  const companies = summary.points[0].companies.map((c) => c.name);
  // The break-even line spans the spend axis only: revenue far above spend should not stretch x.
  const top = Math.max(0, ...values.map((v) => v.spend));
  const frame = sweepFrame(summary, options);
  const s = deckScale(frame.size);
  const reference = summary.points[0];
  const what = axes.length === 0 ? "sweep point" : axes.map(paramLabel).join(", ");
  const vs = axes.length === 0 ? `vs ${reference.label}` : `vs ${what} = ${shortPoint(reference, axes)}`;
  frame.caption = [...frame.caption, `${vs}; dots labelled with ${what}; above the dashed line speed pays for itself`];
  const color = { field: "company", type: "nominal", scale: companyScale(companies), title: null } as const;
  const x = { field: "spend", type: "quantitative", title: "extra token spend to the horizon (USD)", axis: { format: USD_FORMAT } } as const;
  const y = { field: "revenue", type: "quantitative", title: "extra revenue (USD)", axis: { format: USD_FORMAT } } as const;
  return {
    ...deckFrame(frame, "Speed premium: extra token spend vs extra revenue"),
    layer: [
      {
        data: { values: top > 0 ? [{ spend: 0, revenue: 0 }, { spend: top, revenue: top }] : [] },
        mark: { type: "line", strokeDash: [8, 6], color: "#888", strokeWidth: 2 * s },
        encoding: { x, y },
      },
      {
        data: { values },
        layer: [
          { mark: { type: "point", size: 320 * s * s, filled: true, opacity: 1 }, encoding: { x, y, color } },
          { mark: { type: "text", align: "left", dx: 14 * s, dy: -12 * s }, encoding: { x, y, text: { field: "label" }, color } },
        ],
      },
    ],
  };
}
