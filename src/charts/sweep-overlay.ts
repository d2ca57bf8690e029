/**
 * Sweep overlays: one company across every sweep point in one picture — its reached-target curve
 * and its ARR fan (median line, p10–p90 band) per point — where the per-point charts show one
 * point only. Points are coloured along a sequential scale in sweep order.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Summary } from "../montecarlo/types.ts";
import { sweepFrame, type ChartOptions } from "./context.ts";
import { USD_FORMAT, formatUsdShort, paramLabel } from "./labels.ts";
import { labelAxes } from "./sweep-shape.ts";
import { legendFit } from "./legend-fit.ts";
import { deckFrame, deckScale, type DeckSize } from "./theme.ts";
import { chartText, sweepReachedTitle } from "./titles.ts";

/** The company the overlays follow: `options.company`, or the last one (the challenger of a race). */
export function overlayCompany(summary: Summary, options: ChartOptions = {}): string | null {
  const names = summary.points[0]?.companies.map((c) => c.name) ?? [];
  if (options.company !== undefined) return names.includes(options.company) ? options.company : null;
  return names[names.length - 1] ?? null;
}

/**
 * Most sweep points an overlay draws. Guess: past about twenty lines on one sequential scale no
 * reader can tell the points apart, and every point adds a whole curve (201 rows) or fan (one row
 * a week) to the chart; sweep-weeks and the heatmaps show large sweeps instead.
 */
export const MAX_OVERLAY_POINTS = 20;

function pointColor(summary: Summary, size: DeckSize) {
  const labels = summary.points.map((p) => p.label);
  // Wrapped into columns when one row would run past the chart's edge (legend-fit.ts).
  const fit = legendFit(labels, size, deckScale(size));
  // The order as the scale's domain, not a sort list: vega-lite turns a sort list into one nested
  // expression per label, which overflows the stack past a few thousand points.
  return { field: "point", type: "ordinal", sort: null, scale: { scheme: "viridis", domain: labels }, title: null, ...(fit.columns === undefined ? {} : { legend: { columns: fit.columns } }) } as const;
}

/**
 * The reached-target curve of one company at every sweep point.
 * @returns the spec, or null without a sweep, past {@link MAX_OVERLAY_POINTS} points, or when the company is not in it.
 */
export function sweepReachedSpec(summary: Summary, options: ChartOptions = {}): TopLevelSpec | null {
  const company = overlayCompany(summary, options);
  if (summary.points.length < 2 || summary.points.length > MAX_OVERLAY_POINTS || company === null) return null;
  const values = summary.points.flatMap((p) => {
    const c = p.companies.find((x) => x.name === company);
    if (!c || c.reachedCurve.length === 0) return [];
    const rows = c.reachedCurve.map((q) => ({ point: p.label, week: q.week, reached: q.reached }));
    const last = rows[rows.length - 1];
    if (last.week < summary.horizonWeeks) rows.push({ ...last, week: summary.horizonWeeks });
    return rows;
  });
  if (values.length === 0) return null;
  const target = formatUsdShort(summary.targetUsd);
  const axes = labelAxes(summary);
  // Its own finding, not the weeks chart's title again: how the share that gets there moves.
  const title = sweepReachedTitle(summary, axes.length ? axes.map(paramLabel).join(", ") : "sweep point", company);
  const frame = sweepFrame(summary, options);
  frame.caption = [...frame.caption, `${company} at each sweep point; same runs, same random numbers`];
  const text = chartText("sweep-reached", title, frame, options);
  return {
    ...deckFrame(text.frame, text.title),
    data: { values },
    mark: { type: "line", interpolate: "step-after" },
    encoding: {
      x: { field: "week", type: "quantitative", title: "week", scale: { domain: [0, summary.horizonWeeks], nice: false } },
      y: { field: "reached", type: "quantitative", title: `share of runs at ${target} ARR`, axis: { format: "~%" }, scale: { domain: [0, 1] } },
      color: pointColor(summary, frame.size),
    },
  };
}

/**
 * The ARR fan of one company at every sweep point: median lines with faint p10–p90 bands.
 * @returns the spec, or null without a sweep, past {@link MAX_OVERLAY_POINTS} points, or when the company is not in it.
 */
export function sweepArrSpec(summary: Summary, options: ChartOptions = {}): TopLevelSpec | null {
  const company = overlayCompany(summary, options);
  if (summary.points.length < 2 || summary.points.length > MAX_OVERLAY_POINTS || company === null) return null;
  const values = summary.points.flatMap((p) => (p.companies.find((x) => x.name === company)?.arrFan ?? []).map((q) => ({ point: p.label, week: q.week, p10: q.p10, p50: q.p50, p90: q.p90 })));
  if (values.length === 0) return null;
  const frame = sweepFrame(summary, options);
  const s = deckScale(frame.size);
  const horizon = summary.horizonWeeks;
  const ends = summary.points.map((p) => ({ label: p.label, arr: p.companies.find((x) => x.name === company)?.arrFan.at(-1)?.p50 ?? 0 }));
  const title = `${company}'s median ARR at week ${horizon}: ${ends.map((e) => `${formatUsdShort(e.arr)} (${e.label})`).join(", ")}`;
  frame.caption = [...frame.caption, `${company} at each sweep point: median line, 10th–90th percentile band`];
  const text = chartText("sweep-arr", title.length > 90 ? `${company}'s ARR by week at each sweep point` : title, frame, options);
  const x = { field: "week", type: "quantitative" as const, title: "week", scale: { domain: [0, horizon], nice: false } };
  const color = pointColor(summary, frame.size);
  return {
    ...deckFrame(text.frame, text.title),
    data: { values },
    encoding: { x, color },
    layer: [
      { mark: { type: "area", opacity: 0.1 }, encoding: { y: { field: "p10", type: "quantitative" }, y2: { field: "p90" } } },
      { mark: { type: "line", strokeWidth: 4 * s }, encoding: { y: { field: "p50", type: "quantitative", title: "ARR (USD)", axis: { format: USD_FORMAT } } } },
    ],
  };
}
