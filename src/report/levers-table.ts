/**
 * "What would make us faster" as a table, the same in the terminal, summary.md and the report:
 *
 *   one row per lever and company with a detectable effect, most weeks saved first (to the latest
 *   milestone every row has a median for)
 *   → the rest folded into one line each: "no effect: …" (measured, and zero within noise) and
 *     "not in this scenario: …" (the company does not have that cost: nothing to measure).
 *
 * Weeks saved to a milestone is the paired median with its 95% interval; where the median is
 * censored (most runs never get there) the cell gives its bound, or the restricted mean.
 */
import { formatRange, formatWeeksSigned } from "../format/index.ts";
import type { ComparisonMetric, LeverEffect, PointSummary, Summary } from "../montecarlo/types.ts";
import { cell, type Cell, type Table } from "./table-model.ts";
import { MIN_INTERVAL_RUNS } from "../montecarlo/paired.ts";
import { at, metricName, noIntervalNote, NO_RUN_GOT_THERE, weeksCell } from "./table-cells.ts";

const METRICS: readonly ComparisonMetric[] = ["v1", "takeoff", "target"];

/** One lever and company: its three milestones. */
interface LeverRow {
  lever: string;
  company: string;
  effects: (LeverEffect | undefined)[];
}

/** Whether an effect's median is over fewer than half its runs (most reach the milestone neither way). */
function fewDecided(e: LeverEffect): boolean {
  return e.medianWeeksSaved !== null && e.restrictedMeanSaved !== undefined && e.decidedRuns !== undefined && e.runs > 0 && e.decidedRuns / e.runs < 0.5;
}

/** The weeks a cell prints as its number: the median, else the bound, else the restricted mean (what rows sort by). */
function printedWeeks(e: LeverEffect | undefined): number {
  if (e === undefined) return 0;
  if (fewDecided(e) || (e.medianWeeksSaved === null && e.restrictedMeanSaved && !e.medianSavedBound)) return e.restrictedMeanSaved?.weeks ?? 0;
  return e.medianWeeksSaved ?? e.medianSavedBound?.weeks ?? 0;
}

/** Weeks saved as the change in weeks the lever makes (with minus as run): negative = sooner, as in every table. */
const change = (saved: number | null): number | null => (saved === null ? null : -saved + 0);

/**
 * The cell of one effect, as the change in weeks with the lever (negative = sooner): median (95%
 * CI); over fewer than half the runs, or where the median is censored with no bound, the
 * restricted mean with its interval; else the bound.
 */
function effectCell(e: LeverEffect | undefined): Cell {
  if (e === undefined) return cell("not re-run");
  // Neither as run nor with the lever did any re-run run get there: no weeks to save.
  if (e.medianWeeksSaved === null && e.shareSooner === 0 && e.shareLater === 0) return cell(NO_RUN_GOT_THERE);
  const meanCell = (m: NonNullable<LeverEffect["restrictedMeanSaved"]>) => cell(formatWeeksSigned(change(m.weeks)), noIntervalNote(e.runs) ?? `mean ${formatRange(formatWeeksSigned(change(m.high)), formatWeeksSigned(change(m.low)))}`);
  if (fewDecided(e)) return meanCell(e.restrictedMeanSaved!);
  if (e.medianWeeksSaved !== null || !e.restrictedMeanSaved) return weeksCell(change(e.medianWeeksSaved), change(e.high), change(e.low), true, e.runs, e.decidedRuns);
  if (e.medianSavedBound) return cell(`${e.medianSavedBound.side === "at least" ? "at most" : "at least"} ${formatWeeksSigned(change(e.medianSavedBound.weeks))}`, "censored");
  return meanCell(e.restrictedMeanSaved);
}

/**
 * The milestone rows are sorted by: the latest (target, then takeoff, then v1) whose median every
 * shown row has over at least half its runs, so the order follows the numbers a reader sees; v1
 * when none has.
 */
function sortMetric(rows: readonly LeverRow[]): number {
  for (let k = METRICS.length - 1; k > 0; k--) if (rows.every((r) => r.effects[k]?.medianWeeksSaved != null && !fewDecided(r.effects[k]!))) return k;
  return 0;
}

/** Most weeks saved first on milestone `k`, by the number each row prints there; the restricted mean breaks ties. */
function byWeeksSaved(k: number): (a: LeverRow, b: LeverRow) => number {
  const key = (r: LeverRow) => [printedWeeks(r.effects[k]), r.effects[k]?.restrictedMeanSaved?.weeks ?? 0];
  return (a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return kb[0] - ka[0] || kb[1] - ka[1];
  };
}

/** "instant tools (A, B); no rate limit (B)": levers with the companies each applies to. */
function folded(rows: LeverRow[], label: (id: string) => string): string {
  const byLever = new Map<string, string[]>();
  for (const r of rows) byLever.set(r.lever, [...(byLever.get(r.lever) ?? []), r.company]);
  return [...byLever].map(([lever, companies]) => `${label(lever)} (${companies.join(", ")})`).join("; ");
}

/**
 * How many runs each shown lever re-simulated (lever-stops.ts: rounds of 100 until its median is
 * known to ±0.1 week, at most `--lever-runs`), in one line; none for older summaries without counts.
 */
function runsNote(point: PointSummary, shown: readonly LeverRow[], label: (id: string) => string): string[] {
  const counts = [...new Set(shown.map((r) => r.lever))].map((id) => [id, point.levers.find((e) => e.lever === id)?.runs] as const).filter(([, n]) => n !== undefined && n > 0);
  // "until ±0.1 week" only where that can be: a lever stopped by the --lever-runs cap says so.
  const cap = point.levers.length ? Math.max(...counts.map(([, n]) => n ?? 0)) : 0;
  const rule = cap < MIN_INTERVAL_RUNS ? `the cap of ${cap} run${cap === 1 ? "" : "s"}, too few to know any lever to ±0.1 week` : "until ±0.1 week";
  return counts.length ? [`runs per lever (${rule}): ${counts.map(([id, n]) => `${label(id)} ${n}`).join(", ")}.`] : [];
}

/**
 * What each lever saves each company at a point: the levers that matter, most weeks saved first,
 * and one line for the rest. Null without levers.
 */
export function leversTable(summary: Summary, point: PointSummary): Table | null {
  if (point.levers.length === 0) return null;
  const names = new Map(summary.levers.map((l) => [l.id, l.label]));
  const label = (id: string) => names.get(id) ?? id;
  const rows: LeverRow[] = [];
  for (const lever of summary.levers) {
    for (const company of point.companies) {
      const effects = METRICS.map((m) => point.levers.find((e) => e.lever === lever.id && e.company === company.name && e.metric === m));
      if (effects.some((e) => e !== undefined)) rows.push({ lever: lever.id, company: company.name, effects });
    }
  }
  const given = rows;
  // An older summary has no `inScenario` / `detectable`: every row is shown, as it was.
  const absent = given.filter((r) => r.effects.every((e) => e?.inScenario === false));
  // Re-run on too few runs to tell an effect from none (MIN_INTERVAL_RUNS): not "no effect".
  const unmeasured = given.filter((r) => !absent.includes(r) && r.effects.every((e) => e !== undefined && e.runs < MIN_INTERVAL_RUNS));
  const none = given.filter((r) => !absent.includes(r) && !unmeasured.includes(r) && r.effects.every((e) => e?.detectable === false));
  const kept = given.filter((r) => !absent.includes(r) && !none.includes(r) && !unmeasured.includes(r));
  const shown = kept.sort(byWeeksSaved(sortMetric(kept)));
  // A lever cannot slow a company's own path, but weeks to the target are shared with rivals who
  // got it too.
  const rivalCost = point.companies.length > 1 && shown.some((r) => (r.effects[METRICS.indexOf("target")]?.restrictedMeanSaved?.high ?? 0) < 0);
  const notes = [
    ...(unmeasured.length ? [`too few runs to tell an effect from none (${noIntervalNote(Math.max(...unmeasured.flatMap((r) => r.effects.map((e) => e?.runs ?? 0))))}): ${folded(unmeasured, label)}.`] : []),
    ...(none.length ? [`no effect: ${folded(none, label)}.`] : []),
    ...(absent.length ? [`not in this scenario: ${folded(absent, label)}.`] : []),
    ...(rivalCost ? [`A positive change to ${metricName(summary, "target")} (later): every rival got the lever too and took customers sooner.`] : []),
    ...runsNote(point, shown, label),
  ];
  return {
    title: `What would make us faster: change in weeks with each lever (negative = sooner)${at(summary, point)}`,
    headings: ["lever", "company", ...METRICS.map((m) => `to ${metricName(summary, m)} (95% CI)`)],
    nameColumns: 2,
    rows: shown.map((r) => [cell(label(r.lever)), cell(r.company), ...r.effects.map(effectCell)]),
    notes: shown.length ? notes : ["No lever has a detectable effect.", ...notes],
    footnote: `The first runs (at most ${summary.leverRuns}, in rounds of 100 until the lever's median weeks saved is known to ±0.1 week) re-simulated on the same random numbers with one cost made free for every company; median change in weeks, with the lever minus as run (95% CI; negative = sooner), most saved first by the number each row prints; where fewer than half the runs reach the milestone with or without the lever, the restricted mean; where the median is censored, its bound or the restricted mean (mean weeks saved with times capped at the horizon, 95% CI). "No effect": zero within the runs' noise on every milestone. "Not in this scenario": the company does not have that cost, so there is nothing to measure.`,
  };
}
