/** Chart 2: when runs reach the target, as a histogram of weeks, with runs that never did shown apart. */
import type { TopLevelSpec } from "vega-lite";
import type { CurvePoint, Summary } from "../montecarlo/types.ts";
import { pointContext, type ChartOptions } from "./context.ts";
import { formatShare, formatUsdShort } from "./labels.ts";
import { chartText, firstTitle } from "./titles.ts";
import { companyScale, deckFrame, deckScale } from "./theme.ts";

/** Bin width in weeks: about 26 bars over the horizon, whole weeks. */
export function binWeeks(horizonWeeks: number): number {
  return Math.max(1, Math.ceil(horizonWeeks / 26));
}

/**
 * Share of runs reaching the target in each bin `[k·width, (k+1)·width)`, from the steps of the
 * reached-target curve: each step's rise is the share of runs that reached it at that week. With
 * Kaplan–Meier the rises carry censoring correctly, which a histogram of raw times would not.
 * @param horizonWeeks steps at the horizon itself are counted in the last bin before it.
 */
export function binnedShares(curve: readonly CurvePoint[], width: number, horizonWeeks = Infinity): Map<number, number> {
  // A run reaching the target exactly at the horizon belongs to the last bin, not one past it.
  const lastBin = Math.ceil(horizonWeeks / width) - 1;
  const bins = new Map<number, number>();
  let previous = 0;
  for (const p of curve) {
    const rise = p.reached - previous;
    previous = p.reached;
    if (rise <= 0) continue;
    const k = Math.min(Math.floor(p.week / width), lastBin);
    bins.set(k, (bins.get(k) ?? 0) + rise);
  }
  return bins;
}

/** A "nice" tick step for a horizon in weeks: 1, 2, 4, 8, 13 or 26 weeks, about 6 to 13 ticks. */
export function weekTickStep(horizonWeeks: number): number {
  return [1, 2, 4, 8, 13, 26, 52].find((s) => horizonWeeks / s <= 13) ?? 52;
}

/**
 * Distribution of weeks to target per company at one sweep point: bars of the share of runs
 * reaching it in each bin, side by side per company, and past the horizon one bar per company
 * for the runs that did not reach it by the horizon.
 * @returns the spec, or null when no company has a curve.
 * @throws RangeError for a bad `options.point`.
 */
export function weeksDistributionSpec(summary: Summary, options: ChartOptions = {}): TopLevelSpec | null {
  const { point, companies, frame } = pointContext(summary, options);
  const s = deckScale(frame.size);
  const horizon = summary.horizonWeeks;
  const width = binWeeks(horizon);
  const n = point.companies.length;
  const censoredStart = Math.ceil(horizon / width) * width + width;
  // Runs that never got there are drawn lighter: they are a different kind of outcome, not a late bin.
  const bars: { company: string; start: number; end: number; share: number; kind: string; opacity: number }[] = [];
  point.companies.forEach((c, i) => {
    if (c.reachedCurve.length === 0) return;
    for (const [k, share] of binnedShares(c.reachedCurve, width, horizon)) {
      const start = k * width + (i * width) / n;
      bars.push({ company: c.name, start, end: start + width / n, share, kind: "reached", opacity: 1 });
    }
    const reached = c.reachedCurve[c.reachedCurve.length - 1].reached;
    const start = censoredStart + (i * 2 * width) / n;
    bars.push({ company: c.name, start, end: start + (2 * width) / n, share: Math.max(0, 1 - reached), kind: "not reached", opacity: 0.45 });
  });
  if (bars.length === 0) return null;
  const target = formatUsdShort(summary.targetUsd);
  const step = weekTickStep(horizon);
  const ticks = Array.from({ length: Math.floor(horizon / step) + 1 }, (_, i) => i * step);
  const censored = bars.filter((b) => b.kind === "not reached");
  const topCensored = Math.max(...censored.map((b) => b.share));
  // The axis is set by the weeks the chart is about: where the runs that never got there dwarf
  // every week's bar (90% vs 3%), their bars are cut at the top and the label gives their shares.
  const topReached = Math.max(0, ...bars.filter((b) => b.kind === "reached").map((b) => b.share));
  const cut = topReached > 0 && topCensored > 2 * topReached;
  const top = cut ? topReached * 1.5 : topCensored;
  const label = cut ? `not by week ${horizon}: ${censored.map((b) => `${b.company} ${formatShare(b.share)}`).join(", ")} (cut)` : `not by week ${horizon}`;
  frame.caption = [...frame.caption, `share of runs reaching ${target} ARR in each week, and runs that never got there`];
  const text = chartText("weeks-to-target", firstTitle(summary, point), frame, options);
  return {
    ...deckFrame(text.frame, text.title),
    layer: [
      {
        data: { values: bars },
        mark: { type: "bar", stroke: "white", strokeWidth: s, ...(cut ? { clip: true } : {}) },
        encoding: {
          x: { field: "start", type: "quantitative", title: "week reached", scale: { domain: [0, censoredStart + 2 * width], nice: false }, axis: { values: ticks } },
          x2: { field: "end" },
          y: { field: "share", type: "quantitative", title: "share of runs", axis: { format: "~%" }, ...(cut ? { scale: { domain: [0, top], nice: false } } : {}) },
          y2: { datum: 0 },
          color: { field: "company", type: "nominal", scale: companyScale(companies), title: null },
          opacity: { field: "opacity", type: "quantitative", scale: null, legend: null },
        },
      },
      {
        data: { values: [{ x: horizon }] },
        mark: { type: "rule", strokeDash: [6, 4], color: "#888" },
        encoding: { x: { field: "x", type: "quantitative" } },
      },
      {
        // Cut: the label sits left of the horizon's rule, clear of the cut bars it speaks for.
        data: { values: [{ x: cut ? horizon : censoredStart + width, y: top, text: label }] },
        mark: cut ? { type: "text", baseline: "top", align: "right", dx: -8 * s, dy: 8 * s, color: "#333" } : { type: "text", baseline: "bottom", dy: -8 * s, color: "#333" },
        encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" }, text: { field: "text" } },
      },
    ],
  };
}
