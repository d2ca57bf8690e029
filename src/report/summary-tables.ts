/**
 * The summary as tables (rows and columns as data, numbers formatted by src/format), the one
 * source for the terminal table, summary.md and the report's tables:
 *
 *   per point: the companies → paired comparisons → what each lever saves → sensitivity
 *   → across points: one row per point for a company → the speed premium.
 */
import { formatRange, formatShare, formatUsd, formatUsdSigned, formatWeeks, formatWeeksSigned, MISSING } from "../format/index.ts";
import type { CompanySummary, ComparisonMetric, PointSummary, ShareInterval, Spread, Summary } from "../montecarlo/types.ts";
// Not the charts index: it loads vega, which summary.md (written by run --no-charts) does not need.
import { paramLabel, pointLabel } from "../charts/labels.ts";
import { labelAxes } from "../charts/sweep-shape.ts";
import { comparisonSentence } from "../charts/titles.ts";
import { cell, renderMarkdown, type Cell, type Table } from "./table-model.ts";

const METRICS: readonly ComparisonMetric[] = ["v1", "takeoff", "target"];

/** How a milestone is named in a heading: `v1`, `takeoff`, `$10M`. */
function metricName(summary: Summary, metric: ComparisonMetric): string {
  return metric === "target" ? formatUsd(summary.targetUsd) : metric;
}

function shareCell(s: ShareInterval): Cell {
  return cell(formatShare(s.share), formatRange(formatShare(s.low), formatShare(s.high)));
}

function weeksCell(median: number | null, low: number | null, high: number | null, signed = false): Cell {
  const f = signed ? formatWeeksSigned : formatWeeks;
  const range = formatRange(low === null ? null : f(low), high === null ? null : f(high));
  return cell(f(median), range === MISSING ? undefined : range);
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

/** The point's name in a table title, as a reader would say it, on a sweep; nothing otherwise. */
function at(summary: Summary, point: PointSummary): string {
  return summary.points.length > 1 ? ` — ${pointLabel(point, labelAxes(summary))}` : "";
}

/** The brief per-company table the terminal prints. */
export function briefCompanyTable(summary: Summary, point: PointSummary): Table {
  return {
    title: summary.points.length > 1 ? point.label : "Per company (medians)",
    headings: ["company", "v1 wk", "takeoff wk", `${formatUsd(summary.targetUsd)} ARR wk (${CI})`, "reached", "first", "tokens $", "net value $"],
    rows: point.companies.map((c) => [
      cell(c.name),
      cell(formatWeeks(c.weeksToV1.p50)),
      cell(formatWeeks(c.weeksToTakeoff.p50)),
      weeksCell(c.weeksToTarget.p50, c.weeksToTarget.medianLow, c.weeksToTarget.medianHigh),
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
      cell(c.name),
      shareCell(c.reachedTarget),
      weeksCell(c.weeksToTarget.p50, c.weeksToTarget.medianLow, c.weeksToTarget.medianHigh),
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

/** Paired comparisons at a point: companies against each other, and against the baseline point. Null when there are none. */
export function comparisonsTable(summary: Summary, point: PointSummary): Table | null {
  if (point.comparisons.length === 0) return null;
  return {
    title: `Paired comparisons${at(summary, point)}`,
    headings: ["comparison", "milestone", `median difference, weeks (${CI}; ${SIGN})`, "sooner", "later"],
    rows: point.comparisons.map((c) => [
      cell(`${c.of} vs ${c.against}`),
      cell(metricName(summary, c.metric)),
      weeksCell(c.medianDifferenceWeeks, c.low, c.high, true),
      cell(formatShare(c.shareSooner)),
      cell(formatShare(c.shareLater)),
    ]),
    nameColumns: 2,
    footnote: "Weeks of the first minus the second, run by run on the same random numbers: negative = sooner. A run that never got there counts as later; runs where neither did are left out of the median.",
  };
}

/** What each lever saves each company at a point, weeks (median, 95% CI). Null without levers. */
export function leversTable(summary: Summary, point: PointSummary): Table | null {
  if (point.levers.length === 0) return null;
  const label = new Map(summary.levers.map((l) => [l.id, l.label]));
  const rows: Cell[][] = [];
  for (const lever of summary.levers) {
    for (const company of point.companies) {
      const effects = METRICS.map((m) => point.levers.find((e) => e.lever === lever.id && e.company === company.name && e.metric === m));
      if (effects.every((e) => e === undefined)) continue;
      // Weeks saved are shown as the change in weeks (lever minus as run), so that negative = sooner here as in every table.
      rows.push([cell(label.get(lever.id) ?? lever.id), cell(company.name), ...effects.map((e) => (e ? weeksCell(negated(e.medianWeeksSaved), negated(e.high), negated(e.low), true) : cell(MISSING)))]);
    }
  }
  return {
    title: `What would make us faster: change in weeks with each lever (${SIGN})${at(summary, point)}`,
    headings: ["lever", "company", ...METRICS.map((m) => `to ${metricName(summary, m)} (${CI})`)],
    nameColumns: 2,
    rows,
    footnote: `The first ${summary.leverRuns} runs re-simulated on the same random numbers with one cost made free for every company; median change in weeks, lever minus as run (${CI}; ${SIGN}: -2.0 saves two weeks).`,
  };
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
  const rows = summary.points.flatMap((p) =>
    p.companies.flatMap((c) => {
      const s = c.speedPremium;
      if (!s) return [];
      return [[
        cell(p.label),
        cell(c.name),
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
    nameColumns: 2,
    headings: ["point", "company", `extra token spend (${P10_P90})`, `change in weeks to target (${P10_P90}; ${SIGN})`, `revenue gained (${P10_P90})`, `team cost saved (${P10_P90})`, `net value (${P10_P90})`, "paid for itself"],
    rows,
    footnote: "Median (10th–90th percentile) of run-by-run differences to the horizon; net value = revenue gained + team cost saved − extra token spend. A run that never reaches the target counts as reaching it at the horizon.",
  };
}

/** Every table of the summary in reading order (what summary.md and the report show). */
export function summaryTables(summary: Summary, company?: string): Table[] {
  const tables: (Table | null)[] = [];
  for (const point of summary.points) {
    tables.push(companyTable(summary, point), comparisonsTable(summary, point), leversTable(summary, point));
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
  return summary.points.flatMap((p) =>
    p.comparisons
      .filter((c) => c.metric === "target")
      .map((c) => {
        // Across points, name the point of each side; within a point, say which point it is.
        if (c.against.includes(" @ ")) return `${comparisonSentence(summary, { ...c, of: `${c.of} @ ${p.label}` })}.`;
        return `${summary.points.length > 1 ? `At ${pointLabel(p, labelAxes(summary))}: ` : ""}${comparisonSentence(summary, c)}.`;
      }),
  );
}

/** summary.md: the run in one line, the findings, then every table. */
export function summaryMarkdown(summary: Summary): string {
  const out = [
    `# ${summary.scenario}`,
    "",
    summary.description,
    "",
    `${summary.runs} runs per point, seed ${summary.seed}, horizon ${summary.horizonWeeks.toFixed(0)} weeks, target ${formatUsd(summary.targetUsd)} ARR, velocity-sim ${summary.version}.`,
  ];
  const said = findings(summary);
  if (said.length) out.push("", "## Findings", "", ...said.map((f) => `- ${f}`));
  for (const table of summaryTables(summary)) out.push("", renderMarkdown(table));
  return `${out.join("\n")}\n`;
}
