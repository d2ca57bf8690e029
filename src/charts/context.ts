/** What the per-point chart builders share: which sweep point they show and their frame. */
import type { PointSummary, Summary } from "../montecarlo/types.ts";
import { pointLabel, runCaption } from "./labels.ts";
import { DEFAULT_SIZE, type ChartFrame, type DeckSize } from "./theme.ts";

/** Options every chart builder takes. */
export interface ChartOptions {
  /** Outer size in CSS pixels; 1280×720 by default. */
  size?: DeckSize;
  /**
   * Sweep point the per-point charts show (index into `summary.points`). Defaults to the last
   * point: in a speed sweep written slow to fast, that is the fastest setting.
   */
  point?: number;
  /**
   * Per-chart overrides of the computed title and the chart's own caption line, by chart name
   * (`levers`, `paired-difference`, …), from the scenario's `charts:` section or `--title`.
   */
  text?: Readonly<Record<string, { title?: string; caption?: string }>>;
  /** Company the sweep overlays follow (default: the last company, the challenger in a race). */
  company?: string;
}

/** The chosen point, the company names in scenario order, and the frame (size and caption). */
export interface PointContext {
  point: PointSummary;
  companies: string[];
  frame: ChartFrame;
}

/**
 * Resolves the options against a summary.
 * @throws RangeError when `options.point` is not an index of `summary.points`, or there are no points.
 */
export function pointContext(summary: Summary, options: ChartOptions = {}): PointContext {
  const index = options.point ?? summary.points.length - 1;
  const point = summary.points[index];
  if (point === undefined) throw new RangeError(`point: expected 0..${summary.points.length - 1}, got ${index}`);
  const caption = [runCaption(summary)];
  if (summary.points.length > 1) caption.push(`at ${pointLabel(point)}`);
  return { point, companies: point.companies.map((c) => c.name), frame: { size: options.size ?? DEFAULT_SIZE, caption } };
}

/** The frame of a chart that spans all sweep points (no point in the caption). */
export function sweepFrame(summary: Summary, options: ChartOptions = {}): ChartFrame {
  return { size: options.size ?? DEFAULT_SIZE, caption: [runCaption(summary)] };
}
