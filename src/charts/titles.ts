/**
 * Chart titles that state the finding, computed from the results, and the user's overrides.
 * A deck wants "B reaches $10M 4.6 weeks sooner than A in 96% of runs", not "Weeks to target";
 * an analyst who needs other words sets them per chart (`charts:` in the scenario or `--title`).
 */
import type { Comparison, ComparisonMetric, PointSummary, Summary } from "../montecarlo/types.ts";
import { formatShare, formatUsdShort, formatWeeks, formatWeeksSigned } from "./labels.ts";
import type { ChartFrame } from "./theme.ts";
import type { ChartOptions } from "./context.ts";

/** The words a chart carries, after the user's override if any. */
export interface ChartText {
  title: string;
  frame: ChartFrame;
}

/**
 * The title and frame of chart `name`: the computed `title`, unless the options override it; a
 * caption override replaces the chart's own caption lines after the run caption.
 */
export function chartText(name: string, title: string, frame: ChartFrame, options: ChartOptions = {}): ChartText {
  const override = options.text?.[name];
  const caption = override?.caption === undefined ? frame.caption : [frame.caption[0], override.caption];
  return { title: override?.title ?? title, frame: { ...frame, caption } };
}

/** What reaching a milestone is called in a sentence. */
export function metricPhrase(summary: Summary, metric: ComparisonMetric): string {
  if (metric === "v1") return "ships v1";
  if (metric === "takeoff") return "takes off";
  return `reaches ${formatUsdShort(summary.targetUsd)}`;
}

/** What a milestone is called as a noun: `v1`, `takeoff`, `$10M`. */
export function metricNoun(summary: Summary, metric: ComparisonMetric): string {
  return metric === "target" ? formatUsdShort(summary.targetUsd) : metric;
}

/** `4.6 weeks`, `1 week`; under a week in days (`2.5 days`) so a small gain does not read as zero. */
function weeksText(weeks: number): string {
  const w = Math.abs(weeks);
  if (w < 1) {
    const days = (w * 7).toFixed(1);
    return `${days} day${days === "1.0" ? "" : "s"}`;
  }
  return `${w.toFixed(1)} week${w.toFixed(1) === "1.0" ? "" : "s"}`;
}

/**
 * What a censored comparison still says, after "… in 90% of runs": one "how much sooner", the
 * restricted mean over the horizon (the verdict's number), with the bound on the median after it,
 * labelled and secondary (": 14.5 weeks sooner on average within the 26-week horizon (median: at
 * least 17.6 weeks sooner)"); the bound alone where the mean is not clear or not asked for.
 */
function censoredWords(c: Comparison, first: string, withMean: boolean, short = false): string {
  const b = c.medianBound;
  // "at most −x" for `of` is "at least x sooner"; "at least +x" is "at least x later".
  const bound = b && ((b.side === "at most" && b.weeks < 0) || (b.side === "at least" && b.weeks > 0)) ? `at least ${weeksText(b.weeks)} ${b.weeks < 0 === (first === c.of) ? "sooner" : "later"}` : null;
  const m = c.restrictedMean;
  if (withMean && m && (m.high < 0 || m.low > 0)) {
    const sooner = (m.differenceWeeks < 0) === (first === c.of);
    const mean = `${weeksText(m.differenceWeeks)} ${sooner ? "sooner" : "later"} on average within ${short ? `${m.horizonWeeks.toFixed(0)} weeks` : `the ${m.horizonWeeks.toFixed(0)}-week horizon`}`;
    // A chart title stops at the mean (its bars label the median); a sentence adds the bound, secondary.
    return `: ${mean}${bound === null || short ? "" : ` (median: ${bound})`}`;
  }
  return bound === null ? "" : `: ${bound} in half the runs`;
}

/**
 * One comparison as a sentence with the sooner side as subject: "B reaches $10M 4.6 weeks sooner
 * than A in 96% of runs". Says so when the median cannot be told ("no clear difference"); a
 * censored median gives, `withMean` (the default, a chart title's too), the restricted mean, the
 * verdict's "how much sooner", with the bound on the median after it (`short`, a chart title: the
 * mean alone, its bars label the median); and first of all when most runs reach neither side's
 * milestone.
 */
export function comparisonSentence(summary: Summary, c: Comparison, withMean = true, short = false): string {
  const verb = metricPhrase(summary, c.metric);
  const ofSooner = c.shareSooner >= c.shareLater;
  const [first, second] = ofSooner ? [c.of, c.against] : [c.against, c.of];
  const share = ofSooner ? c.shareSooner : c.shareLater;
  const median = c.medianDifferenceWeeks;
  const finding = (() => {
    if (median === null) return `${first} ${verb} sooner than ${second} in ${formatShare(share)} of runs${censoredWords(c, first, withMean, short)}`;
    const clear = c.low !== null && c.high !== null && (c.high < 0 || c.low > 0);
    if (!clear) return `No clear difference between ${c.of} and ${c.against} in weeks to ${metricNoun(summary, c.metric)} (median ${formatWeeksSigned(median)} weeks, ${c.of} minus ${c.against})`;
    return `${first} ${verb} ${weeksText(median)} sooner than ${second} in ${formatShare(share)} of runs`;
  })();
  const lead = neitherLead(summary, c);
  if (lead === null) return finding;
  // No run where one side got there first: there is no "rest" to speak of.
  return c.shareSooner + c.shareLater === 0 ? lead : `${lead}; in the rest, ${finding.replace(/^No clear/, "no clear")}`;
}

/**
 * "In 91% of runs neither B nor A reaches $10M by week 52" when most runs reach neither side's
 * milestone, else null. Runs where neither got there are in neither share (a tie at the horizon):
 * when they are most runs, that is the finding, and it comes first so a median of the few others
 * cannot read as the answer ("no clear difference (median 21.1 weeks)" when 91% reach neither).
 */
export function neitherLead(summary: Summary, c: Comparison): string | null {
  const neither = 1 - c.shareSooner - c.shareLater;
  if (neither <= 0.5) return null;
  const verb = metricPhrase(summary, c.metric);
  return c.against.includes(" @ ")
    ? `In ${formatShare(neither)} of runs ${c.of} and ${c.against} do not differ (neither ${verb} by week ${summary.horizonWeeks}, or both at once)`
    : `In ${formatShare(neither)} of runs neither ${c.of} nor ${c.against} ${verb} by week ${summary.horizonWeeks}`;
}

/** "Reaching $10M ARR: B by week 8.0 in half the runs; A in 23% of runs by week 52". */
export function reachedTitle(summary: Summary, point: PointSummary): string {
  const target = formatUsdShort(summary.targetUsd);
  const parts = point.companies.map((c) =>
    c.weeksToTarget.p50 !== null ? `${c.name} by week ${formatWeeks(c.weeksToTarget.p50)} in half the runs` : `${c.name} in ${formatShare(c.reachedTarget.share)} of runs by week ${summary.horizonWeeks}`,
  );
  return `Reaching ${target} ARR: ${parts.join("; ")}`;
}

/** "B is first to $10M in 96% of runs" (the company first most often), or who reaches it at all. */
export function firstTitle(summary: Summary, point: PointSummary): string {
  const target = formatUsdShort(summary.targetUsd);
  if (point.companies.length === 1) {
    const c = point.companies[0];
    return `${c.name} reaches ${target} ARR in ${formatShare(c.reachedTarget.share)} of runs by week ${summary.horizonWeeks}`;
  }
  // No company got there in any run: that is the finding, not "A is first in 0% of runs".
  if (point.companies.every((c) => c.reachedTarget.share === 0)) return `No run reaches ${target} ARR by week ${summary.horizonWeeks}`;
  const best = [...point.companies].sort((a, b) => b.firstToTarget.share - a.firstToTarget.share)[0];
  return `${best.name} is first to ${target} ARR in ${formatShare(best.firstToTarget.share)} of runs`;
}

/** "Median ARR at week 52: B $16.2M, A $1.1M" (highest first). */
export function arrTitle(summary: Summary, point: PointSummary): string {
  const ends = point.companies.map((c) => ({ name: c.name, arr: c.arrFan.at(-1)?.p50 ?? 0 })).sort((a, b) => b.arr - a.arr);
  return `Median ARR at week ${summary.horizonWeeks}: ${ends.map((e) => `${e.name} ${formatUsdShort(e.arr)}`).join(", ")}`;
}

/**
 * How one company's value moves from the first sweep point to the last, as printed: the two ends,
 * and whether they read the same ("from 95% to 95%" says nothing moved, in more words).
 */
function fromTo(values: (number | null)[], format: (x: number) => string): { from: string; to: string; same: boolean } | null {
  const first = values[0];
  const last = values[values.length - 1];
  if (first === null || first === undefined || last === null || last === undefined) return null;
  const [from, to] = [format(first), format(last)];
  return { from, to, same: from === to };
}

/** What a sweep is across, in a title: the swept parameters, or "the sweep points" for named points. */
function across(axisName: string): string {
  return axisName === "sweep point" ? "the sweep points" : axisName;
}

/**
 * "B's median weeks to $10M go from 34.0 to 29.8 across B output tokens/s", for `company` or the
 * last company with both ends defined.
 */
export function sweepWeeksTitle(summary: Summary, axisName: string, company?: string): string {
  const target = formatUsdShort(summary.targetUsd);
  const names = company === undefined ? summary.points[0].companies.map((c) => c.name).reverse() : [company];
  for (const name of names) {
    const move = fromTo(summary.points.map((p) => p.companies.find((c) => c.name === name)?.weeksToTarget.p50 ?? null), formatWeeks);
    if (move) return `${name}'s median weeks to ${target} ${move.same ? `stay at ${move.from}` : `go from ${move.from} to ${move.to}`} across ${across(axisName)}`;
  }
  return `Median weeks to ${target} ARR vs ${axisName}`;
}

/**
 * "B at $10M by week 52: from 70% to 80% of runs across B output tokens/s": the reached-target
 * overlay's own finding (not the weeks chart's title again).
 */
export function sweepReachedTitle(summary: Summary, axisName: string, company: string): string {
  const target = formatUsdShort(summary.targetUsd);
  const move = fromTo(summary.points.map((p) => p.companies.find((c) => c.name === company)?.reachedTarget.share ?? null), formatShare);
  if (move?.same) return `${company} at ${target} by week ${summary.horizonWeeks}: ${move.from} of runs at both ends of ${across(axisName)}`;
  return move ? `${company} at ${target} by week ${summary.horizonWeeks}: from ${move.from} to ${move.to} of runs across ${across(axisName)}` : `${company}'s share of runs at ${target} ARR by week, at each sweep point`;
}

/** "B's chance of being first to $10M goes from 58% to 96% across …". */
export function sweepFirstTitle(summary: Summary, axisName: string): string {
  const target = formatUsdShort(summary.targetUsd);
  const name = summary.points[0].companies.at(-1)?.name ?? "";
  const move = fromTo(summary.points.map((p) => p.companies.find((c) => c.name === name)?.firstToTarget.share ?? null), formatShare);
  return move ? `${name}'s chance of reaching ${target} first ${move.same ? `stays at ${move.from}` : `goes from ${move.from} to ${move.to}`} across ${across(axisName)}` : `Chance of reaching ${target} ARR first vs ${axisName}`;
}
