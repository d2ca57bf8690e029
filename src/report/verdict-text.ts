/**
 * The verdict in words and as a table: the sentence printed first in the terminal, summary.md and
 * report.html ("Paying $32k more in tokens for B's offering returns +$29M …; it pays while B's
 * price stays under $8.5k per M output tokens"), and the table of every verdict.
 */
import { formatRange, formatShare, formatUsd, formatUsdSigned, formatWeeksSigned, MISSING } from "../format/index.ts";
import type { PointSummary, Summary, Verdict, VerdictEstimate } from "../montecarlo/types.ts";
import { sharedOnce, sharedPath, standsOut } from "../montecarlo/shared-assumptions.ts";
import { decisionSentence } from "./decision-text.ts";
import { at, noIntervalNote } from "./table-cells.ts";
import { cell, type Cell, type Table } from "./table-model.ts";

function spread(e: VerdictEstimate): string {
  return formatRange(formatUsdSigned(e.low), formatUsdSigned(e.high));
}

/** How weeks to the target differ, in words: "reaches $10M 13.4 weeks sooner on average". */
function soonerWords(summary: Summary, v: Verdict): string {
  const w = v.weeksSooner;
  const target = formatUsd(summary.targetUsd);
  if (w.low <= 0 && w.high >= 0) return `with no clear difference in weeks to ${target}`;
  // A small but real difference keeps its digits: "0.03 weeks sooner", never "0.0 weeks sooner".
  const size = Math.abs(w.weeks);
  const weeks = size >= 0.095 ? size.toFixed(1) : size >= 0.005 ? size.toFixed(2) : "under 0.01";
  return `reaching ${target} ${weeks} weeks ${w.weeks > 0 ? "sooner" : "later"} on average over the ${w.horizonWeeks.toFixed(0)}-week horizon`;
}

/**
 * Whether the verdict turns at a price, never pays, always pays, or has no price to turn on (free
 * tokens).
 */
function breakEvenKind(v: Verdict): "price" | "free" | "never" | "always" {
  if (v.breakEvenPricePerMOutputUsd !== null) return "price";
  if (v.priceCurve.length === 0) return "free";
  return (v.priceCurve[0]?.p50 ?? 0) <= 0 ? "never" : "always";
}

/** `now $14`, or `now $14, a guessed price` (none is published, or a list price is held at a speed it is not sold at). */
function nowWords(v: Verdict): string {
  return `now ${formatUsd(v.pricePerMOutputUsd)}${v.priceGuess ? ", a guessed price" : ""}`;
}

/** The break-even's interval and its split: `95% CI $25–$81; token-price parity $35.1, value of time $13.8`. */
function breakEvenDetail(v: Verdict): string {
  const parts: string[] = [];
  const ci = v.breakEvenInterval;
  if (ci) parts.push(ci.high === null ? `95% CI ${formatUsd(ci.low)} to any price` : `95% CI ${formatRange(formatUsd(ci.low), formatUsd(ci.high))}`);
  if (v.tokenParityPricePerMOutputUsd != null && v.valueOfTimePerMOutputUsd != null) {
    parts.push(`token-price parity ${formatUsd(v.tokenParityPricePerMOutputUsd)}, value of time ${formatUsd(v.valueOfTimePerMOutputUsd)}`);
  }
  return parts.length ? `; ${parts.join("; ")}` : "";
}

/** True when the median gain's 95% interval spans zero (false for older summaries, which lack it). */
function undetectable(v: Verdict): boolean {
  return v.netValueMedianInterval?.detectable === false;
}

/**
 * The median token spend of the verdict's company at its point (found by the verdict itself, so the
 * words need no point passed in), or null when it cannot be found.
 */
function ownTokenSpend(summary: Summary, v: Verdict): string | null {
  const point = summary.points.find((p) => p.verdicts?.includes(v));
  const spend = point?.companies.find((c) => c.name === v.of)?.tokenSpendUsd;
  if (spend === undefined) return null;
  if ((spend.p50 ?? 0) > 0) return `${formatUsd(spend.p50)} (median)`;
  // Nothing in half the runs, but something in others: still not free.
  if ((spend.mean ?? 0) > 0 || (spend.p90 ?? 0) > 0) return `${formatUsd(spend.mean ?? spend.p90)} on average`;
  return null;
}

/** Where the verdict turns, in words. */
function breakEvenWords(summary: Summary, v: Verdict): string {
  const now = nowWords(v);
  const kind = breakEvenKind(v);
  // A close call quotes the chance it pays, not a price that the runs cannot place.
  if (undetectable(v)) return `it pays in ${formatShare(v.sharePaidForItself)} of runs at ${v.of}'s price (${now})`;
  if (kind === "price") return `it pays in half the runs while ${v.of}'s price stays under ${formatUsd(v.breakEvenPricePerMOutputUsd)} per M output tokens (${now}${breakEvenDetail(v)})`;
  if (kind === "free") {
    // A zero output price is not free tokens: input and cached tokens may still cost (the table beside says how much).
    const spend = ownTokenSpend(summary, v);
    if (spend !== null) return `${v.of} pays nothing per output token here but ${spend} for its other tokens, so no output price can turn the verdict`;
    return `${v.of}'s tokens are free here, so its price cannot turn the verdict`;
  }
  if (kind === "never") return `it does not pay in half the runs even with free tokens (${now})`;
  return `it pays in half the runs at any price: ${v.of} pays almost nothing per token in most runs (${now})`;
}

const BREAK_EVEN_CELL = { free: "free tokens", never: "none: loses even with free tokens", always: "any price" } as const;

/**
 * One verdict as a sentence: extra token spend, net value gain (p10–p90 of runs), weeks sooner
 * (restricted mean) and the break-even price.
 */
export function verdictSentence(summary: Summary, v: Verdict): string {
  if (v.rivalsChange) return rivalsChangeSentence(summary, v);
  const extra = v.extraTokenSpendUsd.p50;
  // A median extra spend of exactly 0 is "no more", not "$0 more".
  const paying = extra > 0 ? `Paying ${formatUsd(extra)} more` : extra < 0 ? `Paying ${formatUsd(-extra)} less` : "Paying no more";
  // Against itself at the baseline point of a sweep: "for A's offering here than at <baseline>".
  const self = `${v.of} @ `;
  const whom = v.against.startsWith(self) ? `for ${v.of}'s offering here than at ${v.against.slice(self.length)}` : `than ${v.against} for ${v.of}'s offering`;
  const net = v.netValueDifferenceUsd;
  // From too few runs a spread of runs says nothing: name the runs instead.
  const range = noIntervalNote(v.runs) === undefined ? `p10–p90 ${spread(net)}` : `${v.runs} run${v.runs === 1 ? "" : "s"}`;
  const returns =
    undetectable(v) ? `makes no detectable difference in net value (median ${formatUsdSigned(net.p50)}, ${range})`
    : net.p50 >= 0 ? `returns ${formatUsdSigned(net.p50)} net value (${range})`
    : `loses ${formatUsd(-net.p50)} net value (${range})`;
  return `${paying} in tokens ${whom} ${returns} within the horizon, ${soonerWords(summary, v)}; ${breakEvenWords(summary, v)}.${worthCheckingWords(v)}`;
}

/**
 * What decides the choice, after the verdict: ` Worth checking first: market.arpu, up to $120k
 * (knowing everything: $130k).` Nothing when no run would choose otherwise (EVPI zero).
 */
function worthCheckingWords(v: Verdict): string {
  const voi = v.valueOfInformation;
  if (!voi || voi.evpiUsd <= 0) return "";
  const top = sharedOnce(voi.perAssumption)[0];
  const all = `knowing everything drawn is worth ${formatUsd(voi.evpiUsd)}`;
  if (!top || !standsOut(top)) return ` No single assumption is worth checking first (${all}).`;
  return ` Worth checking first: ${sharedPath(top)}, up to ${formatUsd(top.evppiUsd)} (${all}).`;
}

/** The value of information of each verdict with one as a table (summary.md and the report). Null when there is none. */
export function valueOfInformationTable(summary: Summary, point: PointSummary): Table | null {
  const verdicts = (point.verdicts ?? []).filter((v) => v.valueOfInformation && v.valueOfInformation.perAssumption.length > 0);
  if (verdicts.length === 0) return null;
  return {
    title: `Worth checking first: what knowing each assumption would add to the choice${at(summary, point)}`,
    headings: ["company", "against", "assumption (runs.csv column)", "value of knowing it (± standard error)", "stands out"],
    nameColumns: 3,
    rows: verdicts.flatMap((v) => [
      [cell(v.of), cell(v.against), cell("everything drawn (EVPI)"), cell(formatUsd(v.valueOfInformation!.evpiUsd)), cell("")],
      ...sharedOnce(v.valueOfInformation!.perAssumption).map((a) => [cell(v.of), cell(v.against), cell(sharedPath(a)), cell(`${formatUsd(a.evppiUsd)} ± ${formatUsd(a.standardError)}`), cell(standsOut(a) ? "yes" : "no")]),
    ]),
    footnote: `Expected value of information of taking the company's offering or keeping the baseline, in mean net value to the ${summary.horizonWeeks.toFixed(0)}-week horizon: EVPI = mean of max(gain, 0) − max(mean gain, 0) over runs; per assumption (EVPPI), the same with the gain replaced by its regression on that assumption's draws (natural cubic spline, 5 knots; Strong, Oakley & Brennan 2014). "Stands out": more than two standard errors above zero. Only assumptions drawn from a distribution are ranked.`,
  };
}

/**
 * A company the sweep point leaves as it was at the baseline: what moved it is a rival's change, so
 * the sentence says so and names no price (it paid for nothing new).
 */
function rivalsChangeSentence(summary: Summary, v: Verdict): string {
  const baseline = v.against.slice(`${v.of} @ `.length);
  const net = v.netValueDifferenceUsd;
  const moved = net.p50 >= 0 ? `gains ${formatUsdSigned(net.p50)}` : `loses ${formatUsd(-net.p50)}`;
  return `${v.of} is as at ${baseline} here, so its difference is the effect of the rival's change: it ${moved} net value (p10–p90 ${spread(net)}) within the horizon, ${soonerWords(summary, v)}.`;
}

/**
 * The verdicts said first: on a one-axis sweep the best option (decision-text.ts), then those of the
 * last point (the one the headline chart shows), each company against the point's first and, on a
 * sweep, against itself at the baseline point; on a sweep each verdict names its point.
 */
export function headlineVerdicts(summary: Summary): string[] {
  const point = summary.points[summary.points.length - 1];
  const decision = decisionSentence(summary);
  const where = summary.points.length > 1 && point !== undefined ? `At ${point.label}: ` : "";
  return [...(decision === null ? [] : [decision]), ...(point?.verdicts ?? []).map((v) => `${where}${verdictSentence(summary, v)}`)];
}

function estimateCell(e: VerdictEstimate): Cell {
  return cell(formatUsdSigned(e.p50), spread(e));
}

/** Every verdict at a point as a table (summary.md and the report). Null when there is none. */
export function verdictTable(summary: Summary, point: PointSummary): Table | null {
  if (!point.verdicts?.length) return null;
  return {
    title: `Is it worth paying for? Each company against the baseline${at(summary, point)}`,
    headings: ["company", "against", "extra token spend (p10–p90)", `change in weeks to ${formatUsd(summary.targetUsd)} (restricted mean, 95% CI; negative = sooner)`, "revenue difference (p10–p90)", "net value gain (p10–p90)", "paid for itself", "price now, per M output", "break-even price (95% CI)", "token-price parity"],
    nameColumns: 2,
    rows: point.verdicts.map((v) => [
      cell(v.of),
      cell(v.against),
      estimateCell(v.extraTokenSpendUsd),
      // Weeks sooner as the change in weeks (company minus baseline), so that negative = sooner as in every table.
      cell(formatWeeksSigned(-v.weeksSooner.weeks || 0), noIntervalNote(v.runs) ?? formatRange(formatWeeksSigned(-v.weeksSooner.high || 0), formatWeeksSigned(-v.weeksSooner.low || 0))),
      estimateCell(v.revenueDifferenceUsd),
      estimateCell(v.netValueDifferenceUsd),
      cell(formatShare(v.sharePaidForItself)),
      // A company the point does not change paid for nothing new: no price, no break-even.
      cell(v.rivalsChange ? MISSING : v.priceGuess ? `${formatUsd(v.pricePerMOutputUsd)} (guess)` : formatUsd(v.pricePerMOutputUsd)),
      v.rivalsChange ? cell("effect of the rival's change") : cell(v.breakEvenPricePerMOutputUsd === null ? BREAK_EVEN_CELL[breakEvenKind(v) as keyof typeof BREAK_EVEN_CELL] : formatUsd(v.breakEvenPricePerMOutputUsd), v.breakEvenInterval && v.breakEvenPricePerMOutputUsd !== null ? (v.breakEvenInterval.high === null ? `${formatUsd(v.breakEvenInterval.low)} to any` : formatRange(formatUsd(v.breakEvenInterval.low), formatUsd(v.breakEvenInterval.high))) : undefined),
      cell(v.rivalsChange ? MISSING : formatUsd(v.tokenParityPricePerMOutputUsd ?? null)),
    ]),
    footnote: `Run by run on the same random numbers, to the ${summary.horizonWeeks.toFixed(0)}-week horizon: median (10th–90th percentile of runs) of the company minus the baseline; the change in weeks is the mean of the capped weeks to the target (a run that never gets there counts as the horizon), with its 95% interval. Break-even: the output price per M tokens, all the company's token prices scaled with it, at which the median net value gain is zero, with its bootstrap 95% interval; token-price parity: the price at which the company's per-token bill matches the baseline's (the rest of the break-even is the value of time).`,
  };
}
