/**
 * Which assumption is worth checking first: for the headline verdict (the point's first verdict
 * with a value of information), what knowing each drawn assumption before choosing would add to the
 * expected net value gain (EVPPI, with ±2 standard errors as a line), the most valuable at the top,
 * and what knowing everything would add (EVPI) as a rule.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Summary, Verdict } from "../montecarlo/types.ts";
import { sharedOnce, standsOut } from "../montecarlo/shared-assumptions.ts";
import { pointContext, type ChartOptions } from "./context.ts";
import { formatUsdShort, sharedLabel } from "./labels.ts";
import { companyColor, deckFrame, deckScale } from "./theme.ts";
import { chartText } from "./titles.ts";

/** Bars drawn: the rest add less and would not be read from the back of a room. */
const SHOWN = 12;

/** The finding: the assumption worth checking first and up to how much, or that none stands out. */
export function valueOfInformationTitle(v: Verdict): string {
  const voi = v.valueOfInformation;
  const top = voi === undefined ? undefined : sharedOnce(voi.perAssumption)[0];
  if (!voi || !top || !standsOut(top)) return `No single assumption is worth checking first for ${v.of} against ${v.against} (knowing everything: ${formatUsdShort(voi?.evpiUsd ?? 0)})`;
  return `Worth checking first: ${sharedLabel(top)}, up to ${formatUsdShort(top.evppiUsd)}`;
}

/**
 * The chart, or null when the chosen point has no verdict with any value of information (EVPI zero:
 * no run would choose otherwise).
 * @throws RangeError for a bad `options.point`.
 */
export function valueOfInformationSpec(summary: Summary, options: ChartOptions = {}): TopLevelSpec | null {
  const { point, companies, frame } = pointContext(summary, options);
  const v = (point.verdicts ?? []).find((x) => (x.valueOfInformation?.evpiUsd ?? 0) > 0 && (x.valueOfInformation?.perAssumption.length ?? 0) > 0);
  if (!v?.valueOfInformation) return null;
  const s = deckScale(frame.size);
  const voi = v.valueOfInformation;
  const values = sharedOnce(voi.perAssumption).slice(0, SHOWN).map((a) => ({
    path: sharedLabel(a),
    evppi: a.evppiUsd,
    low: Math.max(0, a.evppiUsd - 2 * a.standardError),
    high: a.evppiUsd + 2 * a.standardError,
    text: formatUsdShort(a.evppiUsd),
  }));
  frame.caption = [...frame.caption, `${v.of} against ${v.against}: what knowing each drawn assumption before choosing would add to the mean net value gain (EVPPI by regression spline; line: ±2 standard errors; rule: knowing everything, ${formatUsdShort(voi.evpiUsd)})`];
  const text = chartText("value-of-information", valueOfInformationTitle(v), frame, options);
  const y = { field: "path", type: "nominal", title: null, sort: values.map((d) => d.path) } as const;
  const x = { field: "evppi", type: "quantitative", title: "value of knowing it (USD)", axis: { format: "$.3~s" }, scale: { domainMin: 0 } } as const;
  const colour = companyColor(Math.max(0, companies.indexOf(v.of)));
  return {
    ...deckFrame(text.frame, text.title),
    layer: [
      {
        data: { values },
        encoding: { y },
        layer: [
          { mark: { type: "bar", size: 26 * s, opacity: 0.85, color: colour }, encoding: { x, x2: { datum: 0 } } },
          { mark: { type: "rule", strokeWidth: 3 * s, color: "#333" }, encoding: { x: { field: "low", type: "quantitative" }, x2: { field: "high" } } },
          { mark: { type: "text", align: "left", dx: 8 * s }, encoding: { x: { field: "high", type: "quantitative" }, text: { field: "text" } } },
        ],
      },
      { data: { values: [{ evpi: voi.evpiUsd }] }, mark: { type: "rule", strokeDash: [8, 6], color: "#888", strokeWidth: 2 * s }, encoding: { x: { field: "evpi", type: "quantitative" } } },
    ],
  };
}
