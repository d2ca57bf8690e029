/**
 * The summary as tables (rows and columns as data, numbers formatted by src/format), the one
 * source for the terminal table, summary.md and the report's tables:
 *
 *   per point: the companies → paired comparisons → what each lever saves → sensitivity
 *   → across points: one row per point for a company → the speed premium.
 */
import { formatRange, formatShare, formatUsd, formatUsdSigned, formatWeeks, formatWeeksSigned, MISSING } from "../format/index.ts";
import type { CompanySummary, Comparison, PointSummary, ShareInterval, Spread, Summary } from "../montecarlo/types.ts";
// Not the charts index: it loads vega, which summary.md (written by run --no-charts) does not need.
import { paramLabel, pointLabel } from "../charts/labels.ts";
import { comparisonSentence } from "../charts/titles.ts";
import { assumptionLines } from "./assumptions-text.ts";
import { ideaFindings, ideasTable } from "./ideas-table.ts";
import { priceNote, priceShort, priceText } from "./price-text.ts";
import { leversTable } from "./levers-table.ts";
import { at, metricName, NO_RUN_GOT_THERE, noIntervalNote, weeksCell } from "./table-cells.ts";
import { cell, renderMarkdown, type Cell, type Table } from "./table-model.ts";
import { decisionTable } from "./decision-text.ts";
import { headlineVerdicts, valueOfInformationTable, verdictTable } from "./verdict-text.ts";

export { leversTable } from "./levers-table.ts";

function shareCell(s: ShareInterval): Cell {
  return cell(formatShare(s.share), formatRange(formatShare(s.low), formatShare(s.high)));
}

function spreadCell(s: Spread, f: (x: number | null) => string): Cell {
  return cell(f(s.p50), formatRange(s.p10 === null ? null : f(s.p10), s.p90 === null ? null : f(s.p90)));
}

/** `x` with its sign turned (null stays null): a gain in weeks as a change, so that negative = sooner everywhere. */
const negated = (x: number | null): number | null => (x === null ? null : x === 0 ? 0 : -x);

/** The words every table uses for its intervals and its sign, so every surface says them the same way. */
export const CI = "95% CI";
/** Percentile band of a spread of runs. */
export const P10_P90 = "p10–p90";
/** How a difference in weeks reads. */
export const SIGN = "negative = sooner";

/**
 * Median weeks to the target (95% CI); `>26` when under half the runs got there by the horizon, not
 * a dash.
 */
function targetCell(summary: Summary, c: CompanySummary): Cell {
  const t = c.weeksToTarget;
  if (c.reachedTarget.share === 0) return cell(`>${summary.horizonWeeks}`, NO_RUN_GOT_THERE);
  return t.p50 === null ? cell(`>${summary.horizonWeeks}`, "under half by the horizon") : weeksCell(t.p50, t.medianLow, t.medianHigh, false, c.runs);
}

/** The brief per-company table the terminal prints. */
export function briefCompanyTable(summary: Summary, point: PointSummary): Table {
  return {
    title: summary.points.length > 1 ? point.label : "Per company (medians)",
    headings: ["company", "v1 wk", "takeoff wk", `${formatUsd(summary.targetUsd)} ARR wk (${CI})`, "reached", "first", "tokens $", "net value $"],
    rows: point.companies.map((c) => [
      cell(c.name, priceNote(c.price)),
      cell(formatWeeks(c.weeksToV1.p50)),
      cell(formatWeeks(c.weeksToTakeoff.p50)),
      targetCell(summary, c),
      cell(formatShare(c.reachedTarget.share)),
      cell(formatShare(c.firstToTarget.share)),
      cell(formatUsd(c.tokenSpendUsd.p50)),
      cell(formatUsd(c.netValueUsd.p50)),
    ]),
  };
}

/** The full per-company table of summary.md and the report. */
export function companyTable(summary: Summary, point: PointSummary): Table {
  const p90 = (c: CompanySummary) => (c.weeksToTarget.p90 === null ? `>${summary.horizonWeeks}` : formatWeeks(c.weeksToTarget.p90));
  return {
    title: `Per company${at(summary, point)}`,
    headings: ["company", `reached target by horizon (${CI})`, `median weeks to target (${CI})`, "weeks to target p10 / p90", "median weeks to v1", "median weeks to takeoff", `first to target (${CI})`, "token spend (median)", "net value to horizon, discounted (median)", "ARR at horizon (median)"],
    rows: point.companies.map((c) => [
      cell(c.name, priceNote(c.price)),
      shareCell(c.reachedTarget),
      targetCell(summary, c),
      cell(`${formatWeeks(c.weeksToTarget.p10)} / ${p90(c)}`),
      cell(formatWeeks(c.weeksToV1.p50)),
      cell(formatWeeks(c.weeksToTakeoff.p50)),
      shareCell(c.firstToTarget),
      cell(formatUsd(c.tokenSpendUsd.p50)),
      cell(formatUsd(c.netValueUsd.p50)),
      cell(formatUsd(c.arrAtHorizonUsd.p50)),
    ]),
  };
}

/**
 * The median difference of a comparison: the median (95% CI); over fewer than half the runs (most
 * reach neither side's milestone), the share it is taken over ("+1.0 among 8% of runs", the mean
 * beside it covers every run); where it is censored, its bound ("at most -17.6"); else the
 * restricted mean, so a row never shows a bare dash.
 */
function medianCell(c: Comparison, runs: number): Cell {
  if (noRunGotThere(c)) return cell(NO_RUN_GOT_THERE);
  const decided = c.decidedRuns === undefined || runs === 0 ? undefined : c.decidedRuns / runs;
  if (c.medianDifferenceWeeks !== null && decided !== undefined && decided < 0.5) return cell(`${formatWeeksSigned(c.medianDifferenceWeeks)} among ${formatShare(decided)} of runs`, noIntervalNote(c.decidedRuns!, true));
  if (c.medianDifferenceWeeks !== null || !c.restrictedMean) return weeksCell(c.medianDifferenceWeeks, c.low, c.high, true, runs, c.decidedRuns);
  if (c.medianBound) return cell(`${c.medianBound.side} ${formatWeeksSigned(c.medianBound.weeks)}`, "censored");
  return cell("not in half the runs", "censored");
}

/** Neither side got there in any run: no median, and each run a tie at the horizon. */
function noRunGotThere(c: Comparison): boolean {
  return c.medianDifferenceWeeks === null && c.shareSooner === 0 && c.shareLater === 0;
}

function restrictedCell(c: Comparison, runs: number): Cell {
  const m = c.restrictedMean;
  if (noRunGotThere(c)) return cell(NO_RUN_GOT_THERE);
  return m ? weeksCell(m.differenceWeeks, m.low, m.high, true, runs) : cell(MISSING);
}

/** Paired comparisons at a point: companies against each other, and against the baseline point. Null when there are none. */
export function comparisonsTable(summary: Summary, point: PointSummary): Table | null {
  if (point.comparisons.length === 0) return null;
  const horizon = summary.horizonWeeks.toFixed(0);
  const runs = point.companies[0]?.runs ?? summary.runs;
  const rows = point.comparisons.map((c) => [cell(`${c.of} vs ${c.against}`), cell(metricName(summary, c.metric)), medianCell(c, runs), restrictedCell(c, runs), cell(formatShare(c.shareSooner)), cell(formatShare(c.shareLater))]);
  return {
    title: `Paired comparisons${at(summary, point)}`,
    headings: ["comparison", "milestone", `median difference, weeks (${CI}; ${SIGN})`, `mean within ${horizon} wk (${CI})`, "sooner", "later"],
    rows,
    nameColumns: 2,
    footnote: comparisonsFootnote(summary, point.comparisons, rows),
  };
}

/**
 * The comparisons' footnote, computed from the rows it explains: it reads out the table's own
 * first "+1.0 among 8% of runs" and "at most -17.6" cells, and says nothing of either where the
 * table has none.
 */
function comparisonsFootnote(summary: Summary, comparisons: readonly Comparison[], rows: readonly Cell[][]): string {
  const horizon = summary.horizonWeeks.toFixed(0);
  const parts = ["Weeks of the first minus the second, run by run on the same random numbers: negative = sooner. Median: a run that never got there counts as later; runs where neither did are left out."];
  const fewAt = rows.findIndex((r) => r[2].text.includes(" among "));
  if (fewAt >= 0) {
    const c = comparisons[fewAt];
    parts.push(`Where that leaves fewer than half the runs, the median says over how many it is taken: "${rows[fewAt][2].text}" (${c.of} vs ${c.against}, ${metricName(summary, c.metric)}) is the median of those runs only; the mean beside it counts every run.`);
  }
  const boundAt = comparisons.findIndex((c, i) => c.medianBound && rows[i][2].note === "censored");
  if (boundAt >= 0) {
    const c = comparisons[boundAt];
    const b = c.medianBound!;
    const weeks = Math.abs(b.weeks).toFixed(1);
    // "at most -17.6": at least 17.6 weeks sooner; "at least +11.4": at least 11.4 weeks later.
    const towards = (b.side === "at most") === b.weeks <= 0 ? "at least" : "at most";
    const meaning = `${c.of} got there ${towards} ${weeks} weeks ${b.weeks <= 0 ? "sooner" : "later"} than ${c.against}`;
    parts.push(`Where most runs never get there the median is censored and only bounded: "${rows[boundAt][2].text}" (${metricName(summary, c.metric)}) means ${meaning} in half the runs (a run that never got there did so after the ${horizon}-week horizon).`);
  }
  parts.push(`Mean: the restricted mean, each side's weeks capped at the horizon (never = the horizon), so it is defined for every run but counts at most the weeks inside the horizon.`);
  return parts.join(" ");
}

/** Inputs with a detectable effect on one company's weeks to target; the rest named in the footnote. */
export function sensitivityTable(summary: Summary, point: PointSummary, company: CompanySummary): Table | null {
  if (company.sensitivity.length === 0) return null;
  const shown = company.sensitivity.filter((s) => s.detectable);
  const hidden = company.sensitivity.filter((s) => !s.detectable).map((s) => paramLabel(s.input));
  return {
    title: `What moves ${company.name}'s weeks to ${formatUsd(summary.targetUsd)}${at(summary, point)}`,
    headings: ["input", `rank correlation (${CI}, adjusted for the number of inputs)`, "median weeks, input in bottom 10%", "median weeks, input in top 10%"],
    rows: shown.map((s) => [cell(paramLabel(s.input)), cell(s.spearman.toFixed(2), `${s.low.toFixed(2)}–${s.high.toFixed(2)}`), cell(formatWeeks(s.lowDecileWeeks)), cell(formatWeeks(s.highDecileWeeks))]),
    footnote: hidden.length ? `No detectable effect: ${hidden.join(", ")}.` : "Every input that varied has a detectable effect.",
  };
}

/** One company across the sweep points: the overlay's numbers in one table. Null without a sweep. */
export function crossPointTable(summary: Summary, company: string): Table | null {
  if (summary.points.length < 2) return null;
  const rows = summary.points.flatMap((p) => {
    const c = p.companies.find((x) => x.name === company);
    if (!c) return [];
    const vs = p.comparisons.find((x) => x.of === company && x.against === `${company} @ ${summary.baseline}` && x.metric === "target");
    return [[
      cell(p.label),
      shareCell(c.reachedTarget),
      weeksCell(c.weeksToTarget.p50, c.weeksToTarget.medianLow, c.weeksToTarget.medianHigh),
      cell(formatWeeks(c.weeksToV1.p50)),
      cell(formatWeeks(c.weeksToTakeoff.p50)),
      shareCell(c.firstToTarget),
      vs ? weeksCell(vs.medianDifferenceWeeks, vs.low, vs.high, true) : cell(p.label === summary.baseline ? "baseline" : MISSING),
    ]];
  });
  return {
    title: `${company} across the sweep`,
    headings: ["point", `reached target (${CI})`, `median weeks to target (${CI})`, "weeks to v1", "weeks to takeoff", `first to target (${CI})`, `vs ${summary.baseline}, weeks to target (${CI}; ${SIGN})`],
    rows,
  };
}

/** The speed premium of every point against the baseline (p50, p10–p90 of paired differences). Null when there is none. */
export function speedPremiumTable(summary: Summary): Table | null {
  const base = summary.points.find((p) => p.label === summary.baseline);
  // Each price in full, once, under the table; the cells say it short.
  const notes = new Set<string>();
  const rows = summary.points.flatMap((p) =>
    p.companies.flatMap((c) => {
      const s = c.speedPremium;
      if (!s) return [];
      // Which price bought the speed, here and at the baseline: a premium means nothing without it.
      const basePrice = base?.companies.find((b) => b.name === c.name)?.price;
      if (basePrice) notes.add(`Price paid by ${c.name} at ${summary.baseline} (the baseline): ${priceText(basePrice)}.`);
      if (c.price) notes.add(`Price paid by ${c.name} at ${p.label}: ${priceText(c.price)}.`);
      return [[
        cell(p.label),
        cell(c.name),
        cell(c.price ? priceShort(c.price) : MISSING, basePrice ? `baseline ${priceShort(basePrice)}` : undefined),
        spreadCell(s.extraTokenSpendUsd, formatUsdSigned),
        // Weeks gained as the change in weeks to target (point minus baseline): negative = sooner, as in every table.
        spreadCell({ p10: negated(s.weeksGained.p90), p50: negated(s.weeksGained.p50), p90: negated(s.weeksGained.p10) }, formatWeeksSigned),
        spreadCell(s.revenueGainedUsd, formatUsdSigned),
        spreadCell(s.teamCostSavedUsd, formatUsdSigned),
        spreadCell(s.netValueUsd, formatUsdSigned),
        cell(formatShare(s.sharePaidForItself)),
      ]];
    }),
  );
  if (rows.length === 0) return null;
  return {
    title: `Speed premium against ${summary.baseline}`,
    nameColumns: 3,
    headings: ["point", "company", "price paid", `extra token spend (${P10_P90})`, `change in weeks to target (${P10_P90}; ${SIGN})`, `revenue gained (${P10_P90})`, `team cost saved (${P10_P90})`, `net value (${P10_P90})`, "paid for itself"],
    rows,
    notes: [...notes],
    footnote: "Median (10th–90th percentile) of run-by-run differences to the horizon; net value = revenue gained + team cost saved − extra token spend. A run that never reaches the target counts as reaching it at the horizon.",
  };
}

/** Every table of the summary in reading order (what summary.md and the report show). */
export function summaryTables(summary: Summary, company?: string): Table[] {
  const tables: (Table | null)[] = [decisionTable(summary)];
  for (const point of summary.points) {
    tables.push(verdictTable(summary, point), valueOfInformationTable(summary, point), companyTable(summary, point), ideasTable(summary, point), comparisonsTable(summary, point), leversTable(summary, point));
    for (const c of point.companies) tables.push(sensitivityTable(summary, point, c));
  }
  const names = summary.points[0]?.companies.map((c) => c.name) ?? [];
  for (const name of company === undefined ? names : [company]) tables.push(crossPointTable(summary, name));
  tables.push(speedPremiumTable(summary));
  return tables.filter((t): t is Table => t !== null);
}

/**
 * The findings in words, one per comparison within each point on the headline milestone (and,
 * on a sweep, each point against the baseline): "B reaches $10M 4.6 weeks sooner than A in 96% of runs".
 */
export function findings(summary: Summary): string[] {
  const perPoint = summary.points.flatMap((p) =>
    p.comparisons
      .filter((c) => c.metric === "target")
      .map((c) => {
        // Across points, name the point of each side; within a point, say which point it is.
        if (c.against.includes(" @ ")) return `${comparisonSentence(summary, { ...c, of: `${c.of} @ ${p.label}` })}.`;
        return `${summary.points.length > 1 ? `At ${pointLabel(p)}: ` : ""}${comparisonSentence(summary, c)}.`;
      }),
  );
  // Whether the idea has fit first, then who gets there: the race only means something where it has.
  return [...ideaFindings(summary), ...perPoint];
}

/** summary.md: the run in one line, the verdict, the findings, then every table. */
export function summaryMarkdown(summary: Summary): string {
  const out = [
    `# ${summary.scenario}`,
    "",
    summary.description,
    "",
    `${summary.runs} runs per point, seed ${summary.seed}, horizon ${summary.horizonWeeks.toFixed(0)} weeks, target ${formatUsd(summary.targetUsd)} ARR, velocity-sim ${summary.version}.`,
  ];
  // One order everywhere (terminal, summary.md, report.html): the verdict, what it rests on, then
  // the findings and tables.
  const verdicts = headlineVerdicts(summary);
  if (verdicts.length) out.push("", "## Verdict", "", ...verdicts);
  const [kind, ...assumed] = assumptionLines(summary);
  if (kind !== undefined) out.push("", "## What this scenario assumes", "", kind, ...(assumed.length ? ["", assumed[0], "", ...assumed.slice(1).map((a) => `- ${a}`)] : []));
  const said = findings(summary);
  if (said.length) out.push("", "## Findings", "", ...said.map((f) => `- ${f}`));
  for (const table of summaryTables(summary)) out.push("", renderMarkdown(table));
  return `${out.join("\n")}\n`;
}
