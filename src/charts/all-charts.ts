/** Every summary chart that has data, named as its files are: `charts/<name>.vl.json|.svg|.png`. */
import type { TopLevelSpec } from "vega-lite";
import type { Summary } from "../montecarlo/types.ts";
import { arrFanSpec } from "./arr-fan.ts";
import { breakEvenSpec } from "./break-even.ts";
import { decisionSpec } from "./decision.ts";
import { valueOfInformationSpec } from "./value-of-information.ts";
import { slug } from "./labels.ts";
import { leversSpec } from "./levers.ts";
import { pairedDifferenceSpec } from "./paired-difference.ts";
import { sweepArrSpec, sweepReachedSpec } from "./sweep-overlay.ts";
import type { ChartOptions } from "./context.ts";
import { reachedCurveSpec } from "./reached-curve.ts";
import { speedPremiumSpec } from "./speed-premium.ts";
import { sweepFirstSpec, sweepWeeksSpec } from "./sweep.ts";
import { sweepHeatmapSpec } from "./sweep-heatmap.ts";
import { tornadoSpec } from "./tornado.ts";
import { tornadoUsdSpec, tornadoUsdVerdicts } from "./tornado-usd.ts";
import { weeksDistributionSpec } from "./weeks-distribution.ts";

/** A chart with the file name it is written under (lower-case, dashes). */
export interface NamedChart {
  name: string;
  spec: TopLevelSpec;
}

export { slug } from "./labels.ts";

/**
 * Builds every chart of a summary, in reading order — the headline comparison, then what would
 * make each company faster — leaving out charts without data (no sweep, no detectable
 * sensitivity, …). The time breakdown ("where the weeks go") is not among them: it follows the
 * last accepted task only and attributes waits to the wrong cause; the levers measure instead. The timeline needs a trace and is built separately ({@link timelineSpec}).
 * @throws RangeError for a bad `options.point`.
 */
export function summaryCharts(summary: Summary, options: ChartOptions = {}): NamedChart[] {
  const companies = summary.points[0]?.companies ?? [];
  const candidates: [string, TopLevelSpec | null][] = [
    // On a one-axis sweep the choice comes first: it is what the sweep was run to decide.
    ["decision", decisionSpec(summary, options)],
    ["paired-difference", pairedDifferenceSpec(summary, options)],
    ["break-even", breakEvenSpec(summary, options)],
    ["value-of-information", valueOfInformationSpec(summary, options)],
    ["levers", leversSpec(summary, options)],
    ["reached-curve", reachedCurveSpec(summary, options)],
    ["weeks-to-target", weeksDistributionSpec(summary, options)],
    ["arr-fan", arrFanSpec(summary, options)],
    ["sweep-weeks", sweepWeeksSpec(summary, options)],
    ["sweep-first", sweepFirstSpec(summary, options)],
    ["sweep-reached", sweepReachedSpec(summary, options)],
    ["sweep-arr", sweepArrSpec(summary, options)],
    ...companies.map((c, i): [string, TopLevelSpec | null] => [`sweep-heatmap-${slug(c.name)}`, sweepHeatmapSpec(summary, i, options)]),
    ...companies.map((c, i): [string, TopLevelSpec | null] => [`tornado-${slug(c.name)}`, tornadoSpec(summary, i, options)]),
    // The verdict's tornado in dollars, one per company judged against the point's first.
    ...tornadoUsdVerdicts(summary, options).map((v): [string, TopLevelSpec | null] => [`tornado-usd-${slug(v.of)}`, tornadoUsdSpec(summary, v.of, options)]),
    ["speed-premium", speedPremiumSpec(summary, options)],
  ];
  return candidates.flatMap(([name, spec]) => (spec === null ? [] : [{ name, spec }]));
}
