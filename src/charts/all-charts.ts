/** Every summary chart that has data, named as its files are: `charts/<name>.vl.json|.svg|.png`. */
import type { TopLevelSpec } from "vega-lite";
import type { Summary } from "../montecarlo/types.ts";
import { arrFanSpec } from "./arr-fan.ts";
import { breakdownSpec } from "./breakdown.ts";
import type { ChartOptions } from "./context.ts";
import { reachedCurveSpec } from "./reached-curve.ts";
import { speedPremiumSpec } from "./speed-premium.ts";
import { sweepFirstSpec, sweepWeeksSpec } from "./sweep.ts";
import { sweepHeatmapSpec } from "./sweep-heatmap.ts";
import { tornadoSpec } from "./tornado.ts";
import { weeksDistributionSpec } from "./weeks-distribution.ts";

/** A chart with the file name it is written under (lower-case, dashes). */
export interface NamedChart {
  name: string;
  spec: TopLevelSpec;
}

/** `Company B!` → `company-b`: a company name safe in a file name. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "x";
}

/**
 * Builds every chart of a summary, in reading order, leaving out charts without data (no sweep,
 * no sensitivity, …). The timeline needs a trace and is built separately ({@link timelineSpec}).
 * @throws RangeError for a bad `options.point`.
 */
export function summaryCharts(summary: Summary, options: ChartOptions = {}): NamedChart[] {
  const candidates: [string, TopLevelSpec | null][] = [
    ["reached-curve", reachedCurveSpec(summary, options)],
    ["weeks-to-target", weeksDistributionSpec(summary, options)],
    ["arr-fan", arrFanSpec(summary, options)],
    ["sweep-weeks", sweepWeeksSpec(summary, options)],
    ["sweep-first", sweepFirstSpec(summary, options)],
    ...(summary.points[0]?.companies ?? []).map((c, i): [string, TopLevelSpec | null] => [`sweep-heatmap-${slug(c.name)}`, sweepHeatmapSpec(summary, i, options)]),
    ["tornado", tornadoSpec(summary, options)],
    ["breakdown", breakdownSpec(summary, options)],
    ["speed-premium", speedPremiumSpec(summary, options)],
  ];
  return candidates.flatMap(([name, spec]) => (spec === null ? [] : [{ name, spec }]));
}
