/**
 * The verdict in words and as a table: the sentence printed first in the terminal, summary.md and
 * report.html ("Paying $32k more in tokens for B's offering returns +$29M …; it pays while B's
 * price stays under $8.5k per M output tokens"), and the table of every verdict.
 */
import { formatRange, formatShare, formatUsd, formatUsdSigned, formatWeeksSigned } from "../format/index.ts";
import type { PointSummary, Summary, Verdict, VerdictEstimate } from "../montecarlo/types.ts";
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
  const weeks = Math.abs(w.weeks).toFixed(1);
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
  const now = `now ${formatUsd(v.pricePerMOutputUsd)}`;
  const kind = breakEvenKind(v);
  if (kind === "price") return `it pays in half the runs while ${v.of}'s price stays under ${formatUsd(v.breakEvenPricePerMOutputUsd)} per M output tokens (${now})`;
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
  const extra = v.extraTokenSpendUsd.p50;
  // A median extra spend of exactly 0 is "no more", not "$0 more".
  const paying = extra > 0 ? `Paying ${formatUsd(extra)} more` : extra < 0 ? `Paying ${formatUsd(-extra)} less` : "Paying no more";
  // Against itself at the baseline point of a sweep: "for A's offering here than at <baseline>".
  const self = `${v.of} @ `;
  const whom = v.against.startsWith(self) ? `for ${v.of}'s offering here than at ${v.against.slice(self.length)}` : `than ${v.against} for ${v.of}'s offering`;
  const net = v.netValueDifferenceUsd;
  const returns = net.p50 >= 0 ? `returns ${formatUsdSigned(net.p50)}` : `loses ${formatUsd(-net.p50)}`;
  // From too few runs a spread of runs says nothing: name the runs instead.
  const range = noIntervalNote(v.runs) === undefined ? `p10–p90 ${spread(net)}` : `${v.runs} run${v.runs === 1 ? "" : "s"}`;
  return `${paying} in tokens ${whom} ${returns} net value (${range}) within the horizon, ${soonerWords(summary, v)}; ${breakEvenWords(summary, v)}.`;
}

/**
 * The verdicts said first: those of the last point (the one the headline chart shows), each
 * company against the point's first and, on a sweep, against itself at the baseline point.
 */
export function headlineVerdicts(summary: Summary): string[] {
  const point = summary.points[summary.points.length - 1];
  return (point?.verdicts ?? []).map((v) => verdictSentence(summary, v));
}

function estimateCell(e: VerdictEstimate): Cell {
  return cell(formatUsdSigned(e.p50), spread(e));
}

/** Every verdict at a point as a table (summary.md and the report). Null when there is none. */
export function verdictTable(summary: Summary, point: PointSummary): Table | null {
  if (!point.verdicts?.length) return null;
  return {
    title: `Is it worth paying for? Each company against the baseline${at(summary, point)}`,
    headings: ["company", "against", "extra token spend (p10–p90)", `change in weeks to ${formatUsd(summary.targetUsd)} (restricted mean, 95% CI; negative = sooner)`, "revenue difference (p10–p90)", "net value gain (p10–p90)", "paid for itself", "price now, per M output", "break-even price"],
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
      cell(formatUsd(v.pricePerMOutputUsd)),
      cell(v.breakEvenPricePerMOutputUsd === null ? BREAK_EVEN_CELL[breakEvenKind(v) as keyof typeof BREAK_EVEN_CELL] : formatUsd(v.breakEvenPricePerMOutputUsd)),
    ]),
    footnote: `Run by run on the same random numbers, to the ${summary.horizonWeeks.toFixed(0)}-week horizon: median (10th–90th percentile of runs) of the company minus the baseline; the change in weeks is the mean of the capped weeks to the target (a run that never gets there counts as the horizon), with its 95% interval. Break-even: the output price per M tokens, all the company's token prices scaled with it, at which the median net value gain is zero.`,
  };
}
