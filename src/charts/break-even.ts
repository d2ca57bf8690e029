/**
 * Is speed worth its price? Net value gain of each company against the point's first company as a
 * function of the company's token price (all its token prices scaled together, quoted per million
 * output tokens): the median line with the 10th–90th percentile band, the price now marked with a
 * dot and the break-even price (the median crosses zero) with a rule. On a second axis, the share of
 * runs that pay at each price (the acceptability curve of decision analysis), with the prices where
 * it falls to 80%, 50% and 20% marked.
 */
import type { TopLevelSpec } from "vega-lite";
import type { LayerSpec, UnitSpec } from "vega-lite/types_unstable/spec/index.js";
import type { Field } from "vega-lite/types_unstable/channeldef.js";
import type { Summary, Verdict } from "../montecarlo/types.ts";
import { pointContext, type ChartOptions } from "./context.ts";
import { formatUsdShort } from "./labels.ts";
import { companyScale, deckFrame, deckScale } from "./theme.ts";
import { chartText } from "./titles.ts";

/** The finding: where the first verdict turns. */
export function breakEvenTitle(v: Verdict): string {
  const now = `now ${formatUsdShort(v.pricePerMOutputUsd)}${v.priceGuess ? ", a guess" : ""}`;
  // A close call: the chance it pays, not a price the runs cannot place.
  if (v.netValueMedianInterval?.detectable === false) return `No detectable difference in net value: ${v.of}'s offering pays in ${Math.round(v.sharePaidForItself * 100)}% of runs at its price (${now})`;
  const ci = v.breakEvenInterval ? ` (95% CI ${formatUsdShort(v.breakEvenInterval.low)}–${v.breakEvenInterval.high === null ? "any" : formatUsdShort(v.breakEvenInterval.high)})` : "";
  if (v.breakEvenPricePerMOutputUsd !== null) return `${v.of}'s offering pays in half the runs up to ${formatUsdShort(v.breakEvenPricePerMOutputUsd)}${ci} per M output tokens (${now})`;
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
  // A company the point does not change paid for nothing new: it has no price curve to draw.
  const priced = (point.verdicts ?? []).filter((v) => v.priceCurve.length > 0 && v.rivalsChange !== true);
  const within = priced.filter((v) => !v.against.includes(" @ "));
  const verdicts = within.length > 0 ? within : priced;
  if (verdicts.length === 0) return null;
  const s = deckScale(frame.size);
  const curve = verdicts.flatMap((v) => v.priceCurve.map((p) => ({ company: v.of, price: p.pricePerMOutputUsd, p50: p.p50, low: p.low, high: p.high })));
  const now = verdicts.map((v) => ({ company: v.of, price: v.pricePerMOutputUsd, gain: v.netValueDifferenceUsd.p50, text: `now ${formatUsdShort(v.pricePerMOutputUsd)}` }));
  const even = verdicts.flatMap((v) => (v.breakEvenPricePerMOutputUsd === null ? [] : [{ company: v.of, price: v.breakEvenPricePerMOutputUsd, text: `break-even ${formatUsdShort(v.breakEvenPricePerMOutputUsd)}` }]));
  // The share of runs that pay (summaries written before it have none) and where it falls to each level,
  // within the curve's prices (a 20% price far beyond would squeeze the curve).
  const shares = verdicts.flatMap((v) => v.priceCurve.flatMap((p) => (p.sharePays === undefined ? [] : [{ company: v.of, price: p.pricePerMOutputUsd, share: p.sharePays }])));
  const crossings = verdicts.flatMap((v) => {
    const top = v.priceCurve[v.priceCurve.length - 1]?.pricePerMOutputUsd ?? 0;
    return (v.sharePaysCrossings ?? []).flatMap((c) => (c.pricePerMOutputUsd === null || c.pricePerMOutputUsd > top ? [] : [{ company: v.of, price: c.pricePerMOutputUsd, share: c.share, text: `${Math.round(c.share * 100)}% pay below ${formatUsdShort(c.pricePerMOutputUsd)}` }]));
  });
  frame.caption = [...frame.caption, `net value gain to the horizon against ${verdicts[0].against}, run by run, with all of the company's token prices scaled together; line: median, band: 10th–90th percentile${shares.length ? "; dashed, right axis: share of runs that pay" : ""}`];
  const text = chartText("break-even", breakEvenTitle(verdicts[0]), frame, options);
  const x = { field: "price", type: "quantitative", title: "price per million output tokens (USD)", axis: { format: "$.3~s" } } as const;
  // One colour per company as on every chart; a legend only when there is more than one curve.
  const color = { field: "company", type: "nominal", scale: companyScale(companies), title: null, ...(verdicts.length > 1 ? {} : { legend: null }) } as const;
  type Layer = LayerSpec<Field> | UnitSpec<Field>;
  const gainLayers: Layer[] = [
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
  ];
  const share = { field: "share", type: "quantitative", scale: { domain: [0, 1] }, title: "share of runs that pay", axis: { format: ".0%", orient: "right" } } as { field: "share"; type: "quantitative"; scale: { domain: number[] }; title: string; axis: { format: string; orient: "right" } };
  // Its own axis on the right: the gain layers share one scale, the share another.
  const shareLayers: Layer = {
    layer: [
      { data: { values: shares }, mark: { type: "line", strokeWidth: 3 * s, strokeDash: [12, 6] }, encoding: { x, y: share, color } },
      { data: { values: crossings }, mark: { type: "point", shape: "diamond", size: 200 * s * s, filled: true }, encoding: { x, y: share, color } },
      { data: { values: crossings }, mark: { type: "text", align: "left", baseline: "middle", dx: 12 * s }, encoding: { x, y: share, text: { field: "text" }, color: { value: "#333" } } },
    ],
  };
  return {
    ...deckFrame(text.frame, text.title),
    ...(shares.length ? { layer: [{ layer: gainLayers }, shareLayers], resolve: { scale: { y: "independent" } } } : { layer: gainLayers }),
  };
}
