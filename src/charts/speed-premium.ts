/**
 * The speed premium as paired distributions: for each sweep point against the baseline, per
 * company, the p10–p90 range and median of the net value of speed (revenue gained + team cost
 * saved − extra token spend, run by run), with the share of runs where speed paid for itself.
 */
import type { TopLevelSpec } from "vega-lite";
import type { CompanySummary, PointSummary, Summary } from "../montecarlo/types.ts";
import { sweepFrame, type ChartOptions } from "./context.ts";
import { formatShare, formatUsdShort, formatUsdSigned } from "./labels.ts";
import { labelAxes } from "./sweep-shape.ts";
import { companyScale, deckFrame, deckScale } from "./theme.ts";
import { chartText } from "./titles.ts";

/** The swept values of a point, short: `1000` or `1000, 3`, or its label for named points. */
function shortPoint(point: PointSummary, axes: readonly string[]): string {
  return axes.length === 0 ? point.label : axes.map((a) => String(point.params[a])).join(", ");
}

/** The price that bought the speed, short: ` at $150/M output`, ` at $25/M output held (guess)`; nothing when unknown. */
function priceLabel(price: CompanySummary["price"] | undefined): string {
  if (!price) return "";
  const how = price.how === "held" ? " held" : price.how === "curve" ? " by curve" : "";
  return ` at ${formatUsdShort(price.outputPerM)}/M output${how}${price.guess ? " (guess)" : ""}`;
}

/** One row of the chart: a point and company with its net value spread. */
export interface PremiumRow {
  company: string;
  point: string;
  p10: number;
  p50: number;
  p90: number;
  paid: number;
  note: string;
}

/** The rows of the speed-premium chart, in sweep order (points without a premium left out). */
export function speedPremiumRows(summary: Summary): PremiumRow[] {
  const axes = labelAxes(summary);
  return summary.points.flatMap((p) =>
    p.companies.flatMap((c) => {
      const premium = c.speedPremium;
      const net = premium?.netValueUsd;
      if (!premium || !net || net.p10 === null || net.p50 === null || net.p90 === null) return [];
      return [{ company: c.name, point: shortPoint(p, axes), p10: net.p10, p50: net.p50, p90: net.p90, paid: premium.sharePaidForItself, note: `pays in ${formatShare(premium.sharePaidForItself)} of runs${priceLabel(c.price)}` }];
    }),
  );
}

/** The finding: the point (and company) where speed paid for itself most often. */
export function speedPremiumTitle(summary: Summary, rows: readonly PremiumRow[]): string {
  const best = [...rows].sort((a, b) => b.paid - a.paid || b.p50 - a.p50)[0];
  const who = summary.points[0].companies.length > 1 ? `${best.company} at ` : "";
  if (best.paid < 0.5) return `Speed does not pay for itself in most runs: at best ${who}${best.point}, in ${formatShare(best.paid)}`;
  const finding = `${who}${best.point} pays for itself in ${formatShare(best.paid)} of runs (median net ${formatUsdSigned(best.p50)})`;
  return `${finding[0].toUpperCase()}${finding.slice(1)}`;
}

/**
 * Net value of each point's speed against the baseline point, per company: bar from p10 to p90,
 * dot at the median, and the share of runs where it paid for itself.
 * @returns the spec, or null when no point has a speed premium (no sweep over speed or price).
 */
export function speedPremiumSpec(summary: Summary, options: ChartOptions = {}): TopLevelSpec | null {
  const values = speedPremiumRows(summary);
  if (values.length === 0) return null;
  const companies = summary.points[0].companies.map((c) => c.name);
  const frame = sweepFrame(summary, options);
  const s = deckScale(frame.size);
  frame.caption = [...frame.caption, `net value = revenue gained + team cost saved − extra token spend, run by run vs ${summary.baseline}; bar: 10th–90th percentile, dot: median`];
  const text = chartText("speed-premium", speedPremiumTitle(summary, values), frame, options);
  const y = { field: "point", type: "nominal", title: null, sort: null } as const;
  const yOffset = { field: "company", type: "nominal", sort: companies } as const;
  const color = { field: "company", type: "nominal", scale: companyScale(companies), title: null } as const;
  const x = { field: "p10", type: "quantitative", title: "net value of speed to the horizon (USD)", axis: { format: "$.3~s" } } as const;
  return {
    ...deckFrame(text.frame, text.title),
    layer: [
      { data: { values: [{ zero: 0 }] }, mark: { type: "rule", strokeDash: [8, 6], color: "#888", strokeWidth: 2 * s }, encoding: { x: { field: "zero", type: "quantitative" } } },
      {
        data: { values },
        encoding: { y, yOffset, color },
        layer: [
          { mark: { type: "bar", opacity: 0.35, size: 28 * s }, encoding: { x, x2: { field: "p90" } } },
          { mark: { type: "point", size: 260 * s * s, filled: true, opacity: 1 }, encoding: { x: { field: "p50", type: "quantitative" } } },
          { mark: { type: "text", align: "center", baseline: "bottom", dy: -20 * s }, encoding: { x: { field: "p50", type: "quantitative" }, text: { field: "note" } } },
        ],
      },
    ],
  };
}
