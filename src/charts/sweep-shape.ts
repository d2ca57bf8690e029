/**
 * What kind of sweep a summary holds. A grid (`sweep:` axes) has every combination of the axes'
 * values, each point carrying exactly those parameters; named points (`points:` — e.g. speed tiers
 * that change speed and price together) set whatever each tier needs, so `summary.sweepAxes` is
 * the union of their paths and no single parameter stands for a point: they go by their labels.
 */
import type { PointSummary, Summary } from "../montecarlo/types.ts";

/** One point (nothing swept), a grid over `axes`, or named points. */
export type SweepShape = { kind: "single" } | { kind: "grid"; axes: string[] } | { kind: "named" };

function isGrid(points: readonly PointSummary[], axes: readonly string[]): boolean {
  if (axes.length === 0) return false;
  const exact = points.every((p) => Object.keys(p.params).length === axes.length && axes.every((a) => a in p.params));
  if (!exact) return false;
  const combos = new Set(points.map((p) => JSON.stringify(axes.map((a) => p.params[a]))));
  const product = axes.reduce((n, a) => n * new Set(points.map((p) => JSON.stringify(p.params[a]))).size, 1);
  return combos.size === points.length && product === points.length;
}

/** Classifies a summary's sweep points (see the file comment). */
export function sweepShape(summary: Summary): SweepShape {
  if (summary.points.length < 2) return { kind: "single" };
  return isGrid(summary.points, summary.sweepAxes) ? { kind: "grid", axes: [...summary.sweepAxes] } : { kind: "named" };
}

/** The axes that name a point in labels and captions: a grid's axes; none (use the point's label) otherwise. */
export function labelAxes(summary: Summary): string[] {
  const shape = sweepShape(summary);
  return shape.kind === "grid" ? shape.axes : [];
}
