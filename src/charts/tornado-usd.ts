/**
 * The dollar tornado of a verdict: for each drawn assumption, the mean net value gain of the
 * company against the baseline with that assumption in its bottom tenth of draws and in its top
 * tenth (the dot), the widest swings first, with the company's speed and price always among them
 * when they vary (a drawn speed, a price given as a range). It says in the verdict's own unit which way each
 * assumption pushes the choice; the value of information says how much knowing it is worth.
 */
import type { TopLevelSpec } from "vega-lite";
import type { AssumptionValueOfInformation, Summary, Verdict } from "../montecarlo/types.ts";
import { sharedOnce } from "../montecarlo/shared-assumptions.ts";
import { pointContext, type ChartOptions } from "./context.ts";
import { formatUsdShort, sharedLabel, slug } from "./labels.ts";
import { companyColor, deckFrame, deckScale } from "./theme.ts";
import { chartText } from "./titles.ts";
import { TORNADO_ROWS } from "./tornado.ts";

/** A company's speed or price: always a row of the tornado when it varies. */
export const SPEED_OR_PRICE = /\.agent\.(tokensPerSecond|pricePerMOutput)$/;

/**
 * The tornado's rows: one per assumption with both ends, a value the companies share as one row
 * named for all of them ("A, B unattended share of turns") instead of a bar repeated per company.
 */
function tornadoRows(perAssumption: readonly AssumptionValueOfInformation[]): { row: string; path: string; low: number; high: number }[] {
  return sharedOnce(perAssumption).flatMap((a) =>
    a.lowTenthGainUsd === undefined || a.highTenthGainUsd === undefined
      ? []
      : [{ row: sharedLabel(a), path: a.path, low: a.lowTenthGainUsd, high: a.highTenthGainUsd }],
  );
}

/** The verdicts with a dollar tornado at the chosen point: each company against the point's first. */
export function tornadoUsdVerdicts(summary: Summary, options: ChartOptions = {}): Verdict[] {
  const { point } = pointContext(summary, options);
  return (point.verdicts ?? []).filter((v) => !v.against.includes(" @ ") && (v.valueOfInformation?.perAssumption ?? []).some((a) => a.lowTenthGainUsd !== undefined && a.highTenthGainUsd !== undefined));
}

/**
 * The dollar tornado of company `of`'s verdict at the chosen point, or null without one.
 * @throws RangeError for a bad `options.point`.
 */
export function tornadoUsdSpec(summary: Summary, of: string, options: ChartOptions = {}): TopLevelSpec | null {
  const { companies, frame } = pointContext(summary, options);
  const v = tornadoUsdVerdicts(summary, options).find((x) => x.of === of);
  if (!v?.valueOfInformation) return null;
  const s = deckScale(frame.size);
  const ranked = tornadoRows(v.valueOfInformation.perAssumption)
    .map(({ row, path, low, high }) => ({ row, pinned: SPEED_OR_PRICE.test(path), low, high, swing: Math.abs(high - low) }))
    .sort((a, b) => b.swing - a.swing || a.row.localeCompare(b.row));
  // Speed and price are the question this tool asks: where they vary (drawn, or a ranged price)
  // they keep their rows however short, and the widest of the rest fill the chart.
  const pinned = ranked.filter((r) => r.pinned);
  const values = [...pinned, ...ranked.filter((r) => !r.pinned).slice(0, Math.max(0, TORNADO_ROWS - pinned.length))]
    .sort((a, b) => b.swing - a.swing || a.row.localeCompare(b.row))
    .map(({ row, low, high, swing }) => ({ row, low, high, swing }));
  if (values.length === 0) return null;
  // A tenth of the runs at each end: with a heavy-tailed gain a bar can be noise, which the value
  // of information's standard error tells.
  const tenth = Math.max(1, Math.floor(v.runs / 10));
  frame.caption = [...frame.caption, `bar: mean net value gain of ${v.of} against ${v.against} to the horizon with the assumption in its bottom vs top 10% of runs (${tenth} runs each); dot: top 10%; dashed: no gain; speed and price shown whenever they vary; which stand out from noise: the value-of-information table`];
  const top = values[0];
  const text = chartText(`tornado-usd-${slug(of)}`, `${v.of} against ${v.against}: ${top.row} moves the net value gain most (${formatUsdShort(top.low)} to ${formatUsdShort(top.high)})`, frame, options);
  const y = { field: "row", type: "nominal", title: null, sort: values.map((r) => r.row) } as const;
  const color = companyColor(Math.max(0, companies.indexOf(v.of)));
  return {
    ...deckFrame(text.frame, text.title),
    layer: [
      { data: { values: [{ zero: 0 }] }, mark: { type: "rule", strokeDash: [8, 6], color: "#888", strokeWidth: 2 * s }, encoding: { x: { field: "zero", type: "quantitative" } } },
      {
        data: { values },
        encoding: { y },
        layer: [
          { mark: { type: "bar", opacity: 0.75, size: 40 * s, color }, encoding: { x: { field: "low", type: "quantitative", title: "mean net value gain (USD)", axis: { format: "$.3~s" } }, x2: { field: "high" } } },
          { mark: { type: "point", size: 220 * s * s, filled: true, stroke: "white", strokeWidth: 2 * s, opacity: 1, color }, encoding: { x: { field: "high", type: "quantitative" } } },
        ],
      },
    ],
  };
}
