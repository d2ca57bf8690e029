/**
 * The headline: paired comparisons of the companies at one sweep point. For each pair and
 * milestone (v1, takeoff, target), one bar split into the share of runs where each company got
 * there first (in its own colour), or neither could be told (both never got there, or the same week),
 * labelled with the median difference and its 95% interval. Shares stay meaningful when most runs
 * never reach the target, where a median difference does not exist.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Comparison, Summary } from "../montecarlo/types.ts";
import { pointContext, type ChartOptions } from "./context.ts";
import { formatShare, formatWeeksSigned } from "./labels.ts";
import { companyColor, deckFrame, deckScale } from "./theme.ts";
import { chartText, comparisonSentence, metricNoun, neitherLead } from "./titles.ts";

// Each share is drawn in the colour of the company that got there first, so a colour means one
// company in every chart and never "sooner" or "later" (orange was B's colour and "later" too).
const NEITHER = "#BBBBBB";

/**
 * The median difference as a label: `median -4.4 wk (95% CI -4.7 to -4.0)`; censored, its bound
 * (`median ≤ -17.6 wk`), or why there is none.
 */
function medianLabel(c: Comparison): string {
  if (c.medianDifferenceWeeks === null) return c.medianBound ? `median ${c.medianBound.side === "at most" ? "≤" : "≥"} ${formatWeeksSigned(c.medianBound.weeks)} wk` : "median: not reached in most runs";
  const ci = c.low === null || c.high === null ? "" : ` (95% CI ${formatWeeksSigned(c.low)} to ${formatWeeksSigned(c.high)})`;
  return `median ${formatWeeksSigned(c.medianDifferenceWeeks)} wk${ci}`;
}

/**
 * Paired comparisons of the companies at the chosen point (the last by default).
 * @returns the spec, or null with a single company.
 * @throws RangeError for a bad `options.point`.
 */
export function pairedDifferenceSpec(summary: Summary, options: ChartOptions = {}): TopLevelSpec | null {
  const { point, frame } = pointContext(summary, options);
  const within = point.comparisons.filter((c) => !c.against.includes(" @ "));
  if (within.length === 0) return null;
  const s = deckScale(frame.size);
  const row = (c: Comparison) => `${c.of} vs ${c.against}: ${metricNoun(summary, c.metric)}`;
  const order = within.map(row);
  const names = point.companies.map((c) => c.name);
  const colorOf = (name: string) => companyColor(Math.max(0, names.indexOf(name)));
  const bars = within.flatMap((c) => {
    const neither = Math.max(0, 1 - c.shareSooner - c.shareLater);
    const parts: [string, number, string][] = [
      [`${c.of} sooner`, c.shareSooner, colorOf(c.of)],
      ["neither / same week", neither, NEITHER],
      [`${c.of} later`, c.shareLater, colorOf(c.against)],
    ];
    let start = 0;
    return parts.map(([kind, share, color]) => {
      const bar = { row: row(c), kind: kind.endsWith("sooner") ? "sooner" : kind.endsWith("later") ? "later" : "neither", start, end: start + share, share, color, text: share >= 0.08 ? formatShare(share) : "" };
      start += share;
      return bar;
    });
  });
  const labels = within.map((c) => ({ row: row(c), text: medianLabel(c) }));
  const headline = within.find((c) => c.metric === "target") ?? within[0];
  frame.caption = [...frame.caption, "share of runs in which each company got there first, in its colour; grey: neither, or the same week; median: first minus second, weeks (negative = sooner)"];
  // The title is the headline sentence with the verdict's "how much sooner" (the restricted mean);
  // the median, secondary, labels the bars; when most runs reach neither, that alone.
  const text = chartText("paired-difference", neitherLead(summary, headline) ?? comparisonSentence(summary, headline, true, true), frame, options);
  // The order as the scale's domain, not a sort list: vega-lite turns a sort list into one nested
  // expression per row, which overflows the stack at 50 companies (3,675 rows).
  const y = { field: "row", type: "nominal", title: null, sort: null, scale: { domain: order } } as const;
  return {
    ...deckFrame(text.frame, text.title),
    layer: [
      {
        data: { values: bars },
        layer: [
          {
            mark: { type: "bar", size: 44 * s, stroke: "white", strokeWidth: s },
            encoding: {
              y,
              x: { field: "start", type: "quantitative", title: "share of runs", axis: { format: "~%", values: [0, 0.25, 0.5, 0.75, 1] }, scale: { domain: [0, 1.55], nice: false } },
              x2: { field: "end" },
              color: { field: "color", type: "nominal", scale: null, legend: null },
            },
          },
          {
            mark: { type: "text", color: "white", fontWeight: "bold" },
            encoding: { y, x: { field: "mid", type: "quantitative" }, text: { field: "text" } },
            transform: [{ calculate: "(datum.start + datum.end) / 2", as: "mid" }],
          },
        ],
      },
      {
        data: { values: labels },
        mark: { type: "text", align: "left", dx: 12 * s },
        encoding: { y, x: { datum: 1, type: "quantitative" }, text: { field: "text" } },
      },
    ],
  } as TopLevelSpec;
}
