/**
 * Sensitivity per company: a tornado of the inputs whose effect on weeks to target is
 * distinguishable from noise (rank correlation interval excluding zero, see
 * src/montecarlo/sensitivity.ts); the rest are named in the caption as "no detectable effect".
 */
import type { TopLevelSpec } from "vega-lite";
import type { Summary } from "../montecarlo/types.ts";
import { pointContext, type ChartOptions } from "./context.ts";
import { formatUsdShort, paramLabel, slug } from "./labels.ts";
import { companyColor, deckFrame, deckScale } from "./theme.ts";
import { chartText } from "./titles.ts";

/** Rows a deck can show legibly at 18px labels. */
export const TORNADO_ROWS = 8;

/** `review time per task`; an input of another company or the market keeps its owner: `A output tokens/s`. */
function rowLabel(company: string, input: string): string {
  const owner = /^companies\[([^\]]+)\]\./.exec(input)?.[1];
  return owner === company ? paramLabel(input).slice(company.length + 1) : paramLabel(input);
}

/**
 * A company whose price is a range (ranked by a verdict) gets no bar here, and the caption says why:
 * prices never feed back into the timeline, so the price moves no week; its bar is in dollars.
 */
function priceLine(point: Summary["points"][number], company: string): string[] {
  const path = `companies[${company}].agent.pricePerMOutput`;
  const ranged = (point.verdicts ?? []).some((v) => v.valueOfInformation?.perAssumption.some((a) => a.path === path));
  return ranged ? [`its price (a range) moves no week, prices never feed back into the timeline: see tornado-usd-${slug(company)}`] : [];
}

/**
 * The weeks axis every company's tornado at a point shares, so two tornados side by side on a
 * slide compare by eye (one scale per chart kind): from the lowest to the highest decile median
 * of all the companies' drawn inputs, in whole weeks.
 */
function sharedWeeksDomain(companies: Summary["points"][number]["companies"]): [number, number] | null {
  const weeks = companies.flatMap((c) => c.sensitivity.filter((x) => x.detectable).flatMap((x) => [x.lowDecileWeeks, x.highDecileWeeks])).filter((w): w is number => w !== null);
  return weeks.length === 0 ? null : [Math.floor(Math.min(...weeks)), Math.ceil(Math.max(...weeks))];
}

/**
 * Tornado of company `company` (index at the chosen point): for each detectable input, a bar from
 * the median weeks to target with the input in its bottom decile to the median with it in its top
 * decile; the dot marks the top decile. Ranked by swing; the top {@link TORNADO_ROWS} shown. When
 * the company reaches the target too rarely for decile medians, the bars show rank correlations.
 * @returns the spec, or null when no input of this company has a detectable effect.
 * @throws RangeError for a bad `options.point`.
 */
export function tornadoSpec(summary: Summary, company: number, options: ChartOptions = {}): TopLevelSpec | null {
  const { point, frame } = pointContext(summary, options);
  const c = point.companies[company];
  if (!c) return null;
  const detectable = c.sensitivity.filter((x) => x.detectable);
  if (detectable.length === 0) return null;
  const s = deckScale(frame.size);
  const target = formatUsdShort(summary.targetUsd);
  const quiet = c.sensitivity.filter((x) => !x.detectable).map((x) => rowLabel(c.name, x.input));
  const quietLine = [quiet.length ? `no detectable effect: ${quiet.join(", ")}` : "every input that varied has a detectable effect", ...priceLine(point, c.name)].join("; ");
  const color = companyColor(company);
  // Decile medians need half the runs of a decile to reach the target; when they do not, the rank
  // correlation (always defined, censored runs ranked last) says the same thing less vividly.
  const byDecile = detectable.every((x) => x.lowDecileWeeks !== null && x.highDecileWeeks !== null);
  if (!byDecile) {
    const values = detectable.slice(0, TORNADO_ROWS).map((x) => ({ row: rowLabel(c.name, x.input), rho: x.spearman, low: x.low, high: x.high }));
    frame.caption = [...frame.caption, `rank correlation of each input with ${c.name}'s weeks to ${target} (never reached ranks last), with its interval`, quietLine];
    const text = chartText(`tornado-${slug(c.name)}`, `${c.name}: ${values[0].row} moves weeks to ${target} most`, frame, options);
    const y = { field: "row", type: "nominal", title: null, sort: values.map((r) => r.row) } as const;
    return {
      ...deckFrame(text.frame, text.title),
      data: { values },
      encoding: { y },
      layer: [
        { mark: { type: "bar", opacity: 0.75, size: 40 * s, color }, encoding: { x: { field: "rho", type: "quantitative", title: `rank correlation with weeks to ${target}`, scale: { domain: [-1, 1] } }, x2: { datum: 0 } } },
        { mark: { type: "rule", strokeWidth: 3 * s, color: "#333" }, encoding: { x: { field: "low", type: "quantitative" }, x2: { field: "high" } } },
      ],
    };
  }
  const values = detectable
    .map((x) => ({ row: rowLabel(c.name, x.input), low: x.lowDecileWeeks as number, high: x.highDecileWeeks as number, swing: Math.abs((x.highDecileWeeks as number) - (x.lowDecileWeeks as number)) }))
    .sort((a, b) => b.swing - a.swing || a.row.localeCompare(b.row))
    .slice(0, TORNADO_ROWS);
  const y = { field: "row", type: "nominal", title: null, sort: values.map((r) => r.row) } as const;
  const domain = sharedWeeksDomain(point.companies);
  frame.caption = [...frame.caption, `bar: ${c.name}'s median weeks to ${target} with the input in its bottom vs top 10% of runs; dot: top 10%`, quietLine];
  const text = chartText(`tornado-${slug(c.name)}`, `${c.name}: ${values[0].row} moves weeks to ${target} most`, frame, options);
  return {
    ...deckFrame(text.frame, text.title),
    data: { values },
    encoding: { y },
    layer: [
      // Fixed thickness: with few inputs a band-wide bar would fill the slide.
      { mark: { type: "bar", opacity: 0.75, size: 40 * s, color }, encoding: { x: { field: "low", type: "quantitative", title: `median weeks to ${target}`, scale: domain === null ? { zero: false } : { domain, nice: false } }, x2: { field: "high" } } },
      { mark: { type: "point", size: 220 * s * s, filled: true, stroke: "white", strokeWidth: 2 * s, opacity: 1, color }, encoding: { x: { field: "high", type: "quantitative" } } },
    ],
  };
}
