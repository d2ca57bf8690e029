/**
 * Chart 4: what the swept parameter buys. With one swept axis: median weeks to target against the
 * parameter (p10–p90 band), and each company's chance of being first to the target against it.
 * With two axes: one heatmap of median weeks per company (see sweep-heatmap.ts).
 */
import type { TopLevelSpec } from "vega-lite";
import type { CompanySummary, Summary } from "../montecarlo/types.ts";
import { sweepFrame, type ChartOptions } from "./context.ts";
import { isLogAxis, paramLabel } from "./labels.ts";
import { sweepShape } from "./sweep-shape.ts";
import { chartText, sweepFirstTitle, sweepWeeksTitle } from "./titles.ts";
import { companyScale, deckFrame } from "./theme.ts";

/** The x position definition of a unit spec, as vega-lite's types give it. */
type PositionDef = NonNullable<NonNullable<Extract<TopLevelSpec, { mark: unknown }>["encoding"]>["x"]>;

/** What the sweep charts put on x: one swept parameter, or (named points without axes) the point labels. */
interface SweepAxis {
  /** Parameter path, or null to use each point's label. */
  path: string | null;
}

/**
 * The x of the sweep charts: the swept parameter of a one-axis grid, or the point labels of named
 * points (see sweep-shape.ts); null when there is no sweep (one point) or a grid of several axes.
 */
export function sweepAxisOf(summary: Summary): SweepAxis | null {
  const shape = sweepShape(summary);
  if (shape.kind === "named") return { path: null };
  return shape.kind === "grid" && shape.axes.length === 1 ? { path: shape.axes[0] } : null;
}

/** How the x axis is titled. */
function axisName(axis: SweepAxis): string {
  return axis.path === null ? "sweep point" : paramLabel(axis.path);
}

/** The x encoding for a swept parameter: log for speeds, ordinal for text values and labels, linear otherwise. */
function sweepX(summary: Summary, { path: axis }: SweepAxis): PositionDef {
  if (axis === null) return { field: "value", type: "ordinal" as const, title: "sweep point", sort: null, axis: { labelAngle: 0 } };
  const numeric = summary.points.every((p) => typeof p.params[axis] === "number");
  if (!numeric) return { field: "value", type: "ordinal" as const, title: paramLabel(axis), sort: null };
  const log = isLogAxis(axis) && summary.points.every((p) => (p.params[axis] as number) > 0);
  const values = summary.points.map((p) => p.params[axis] as number);
  return {
    field: "value",
    type: "quantitative" as const,
    title: `${paramLabel(axis)}${log ? " (log scale)" : ""}`,
    scale: log ? { type: "log" as const, domain: [Math.min(...values), Math.max(...values)], nice: false } : { zero: false },
    axis: { values, format: "~s" },
  };
}

/** One row per (point, company) with the point's parameter value, built from `pick`. */
function rows<T extends object>(summary: Summary, axis: SweepAxis, pick: (c: CompanySummary) => T | null): (T & { company: string; value: number | string })[] {
  return summary.points.flatMap((p) =>
    p.companies.flatMap((c) => {
      const row = pick(c);
      return row === null ? [] : [{ ...row, company: c.name, value: axis.path === null ? p.label : p.params[axis.path] }];
    }),
  );
}

/**
 * Median weeks to target against the single swept parameter, per company, with the p10–p90 band.
 * Points where fewer than half the runs reached the target have no median and are left out;
 * a p90 beyond the horizon is drawn at the horizon (the caption says so).
 * @returns the spec, or null without a one-axis sweep or named points (see {@link sweepAxisOf}).
 */
export function sweepWeeksSpec(summary: Summary, options: ChartOptions = {}): TopLevelSpec | null {
  const axis = sweepAxisOf(summary);
  if (axis === null) return null;
  const horizon = summary.horizonWeeks;
  const values = rows(summary, axis, (c) => {
    const w = c.weeksToTarget;
    return w.p50 === null ? null : { p50: w.p50, p10: w.p10 ?? w.p50, p90: w.p90 ?? horizon };
  });
  if (values.length === 0) return null;
  const companies = summary.points[0].companies.map((c) => c.name);
  const frame = sweepFrame(summary, options);
  frame.caption = [...frame.caption, `band: 10th–90th percentile of runs (capped at the ${horizon}-week horizon); no dot where under half the runs got there`];
  const x = sweepX(summary, axis);
  const color = { field: "company", type: "nominal", scale: companyScale(companies), title: null } as const;
  const text = chartText("sweep-weeks", sweepWeeksTitle(summary, axisName(axis)), frame, options);
  return {
    ...deckFrame(text.frame, text.title),
    data: { values },
    encoding: { x, color },
    layer: [
      { mark: { type: "area", opacity: 0.18 }, encoding: { y: { field: "p10", type: "quantitative" }, y2: { field: "p90" } } },
      { mark: { type: "line", point: true }, encoding: { y: { field: "p50", type: "quantitative", title: "weeks to target", scale: { zero: true } } } },
    ],
  };
}

/**
 * Each company's share of runs in which it reached the target first, against the single swept
 * parameter, with the 95% interval as a band.
 * @returns the spec, or null without a one-axis sweep or named points (see {@link sweepAxisOf}).
 */
export function sweepFirstSpec(summary: Summary, options: ChartOptions = {}): TopLevelSpec | null {
  const axis = sweepAxisOf(summary);
  if (axis === null) return null;
  const values = rows(summary, axis, (c) => ({ share: c.firstToTarget.share, low: c.firstToTarget.low, high: c.firstToTarget.high }));
  const companies = summary.points[0].companies.map((c) => c.name);
  const x = sweepX(summary, axis);
  const color = { field: "company", type: "nominal", scale: companyScale(companies), title: null } as const;
  const text = chartText("sweep-first", sweepFirstTitle(summary, axisName(axis)), sweepFrame(summary, options), options);
  return {
    ...deckFrame(text.frame, text.title),
    data: { values },
    encoding: { x, color },
    layer: [
      { mark: { type: "area", opacity: 0.18 }, encoding: { y: { field: "low", type: "quantitative" }, y2: { field: "high" } } },
      {
        mark: { type: "line", point: true },
        encoding: { y: { field: "share", type: "quantitative", title: "share of runs first to target", axis: { format: "~%" }, scale: { domain: [0, 1] } } },
      },
    ],
  };
}
