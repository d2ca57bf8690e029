/**
 * Is speed worth its price? Net value gain of each company against the point's first company as a
 * function of the company's token price (all its token prices scaled together, quoted per million
 * output tokens): the median line with the 10th–90th percentile band, the price now marked with a
 * dot and the break-even price (the median crosses zero) with a rule.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Summary, Verdict } from "../montecarlo/types.ts";
import { pointContext, type ChartOptions } from "./context.ts";
import { formatUsdShort } from "./labels.ts";
import { companyScale, deckFrame, deckScale } from "./theme.ts";
import { chartText } from "./titles.ts";

/** The finding: where the first verdict turns. */
export function breakEvenTitle(v: Verdict): string {
  const now = `now ${formatUsdShort(v.pricePerMOutputUsd)}`;
  if (v.breakEvenPricePerMOutputUsd !== null) return `${v.of}'s offering pays in half the runs up to ${formatUsdShort(v.breakEvenPricePerMOutputUsd)} per M output tokens (${now})`;
  if ((v.priceCurve[0]?.p50 ?? 0) <= 0) return `${v.of}'s offering does not pay against ${v.against} in half the runs even with free tokens`;
  return `${v.of}'s offering pays against ${v.against} in half the runs at any price`;
}

/**
 * Net value gain against price for the verdicts within the chosen point (the last by default), or
 * against the baseline point when the point has no other company.
 * @returns the spec, or null when the point has no verdict with a price curve.
 * @throws RangeError for a bad `options.point`.
 */
export function breakEvenSpec(summary: Summary, options: ChartOptions = {}): TopLevelSpec | null {
  const { point, companies, frame } = pointContext(summary, options);
  // Against the point's first company; with one company (a sweep of offerings), against itself at
  // the baseline point.
  const priced = (point.verdicts ?? []).filter((v) => v.priceCurve.length > 0);
  const within = priced.filter((v) => !v.against.includes(" @ "));
  const verdicts = within.length > 0 ? within : priced;
  if (verdicts.length === 0) return null;
  const s = deckScale(frame.size);
  const curve = verdicts.flatMap((v) => v.priceCurve.map((p) => ({ company: v.of, price: p.pricePerMOutputUsd, p50: p.p50, low: p.low, high: p.high })));
  const now = verdicts.map((v) => ({ company: v.of, price: v.pricePerMOutputUsd, gain: v.netValueDifferenceUsd.p50, text: `now ${formatUsdShort(v.pricePerMOutputUsd)}` }));
  const even = verdicts.flatMap((v) => (v.breakEvenPricePerMOutputUsd === null ? [] : [{ company: v.of, price: v.breakEvenPricePerMOutputUsd, text: `break-even ${formatUsdShort(v.breakEvenPricePerMOutputUsd)}` }]));
  frame.caption = [...frame.caption, `net value gain to the horizon against ${verdicts[0].against}, run by run, with all of the company's token prices scaled together; line: median, band: 10th–90th percentile`];
  const text = chartText("break-even", breakEvenTitle(verdicts[0]), frame, options);
  const x = { field: "price", type: "quantitative", title: "price per million output tokens (USD)", axis: { format: "$.3~s" } } as const;
  // One colour per company as on every chart; a legend only when there is more than one curve.
  const color = { field: "company", type: "nominal", scale: companyScale(companies), title: null, ...(verdicts.length > 1 ? {} : { legend: null }) } as const;
  return {
    ...deckFrame(text.frame, text.title),
    layer: [
      { data: { values: [{ zero: 0 }] }, mark: { type: "rule", strokeDash: [8, 6], color: "#888", strokeWidth: 2 * s }, encoding: { y: { field: "zero", type: "quantitative" } } },
      {
        data: { values: curve },
        encoding: { x, color },
        layer: [
          { mark: { type: "area", opacity: 0.18 }, encoding: { y: { field: "low", type: "quantitative", title: "net value gain (USD)", axis: { format: "$.3~s" } }, y2: { field: "high" } } },
          { mark: { type: "line", strokeWidth: 4 * s }, encoding: { y: { field: "p50", type: "quantitative" } } },
        ],
      },
      {
        data: { values: even },
        encoding: { x, color },
        layer: [
          { mark: { type: "rule", strokeWidth: 3 * s } },
          { mark: { type: "text", align: "left", baseline: "top", dx: 8 * s, y: 12 * s }, encoding: { text: { field: "text" }, color: { value: "#333" } } },
        ],
      },
      {
        data: { values: now },
        encoding: { x, y: { field: "gain", type: "quantitative" }, color },
        layer: [
          { mark: { type: "point", size: 260 * s * s, filled: true, opacity: 1 } },
          { mark: { type: "text", align: "left", baseline: "bottom", dx: 10 * s, dy: -10 * s }, encoding: { text: { field: "text" }, color: { value: "#333" } } },
        ],
      },
    ],
  };
}
