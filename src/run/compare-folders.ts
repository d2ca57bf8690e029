/**
 * `velocity compare <dir-a> <dir-b>`: what changed between two output folders.
 *
 *   read both folders' summary.json and manifest.json → the assumptions that differ (the resolved
 *   scenarios side by side, plus seed, runs, --vary and levers) → the results: paired run by run
 *   from runs.csv when the seeds and run counts match (common random numbers make that valid even
 *   when the assumptions differ), unpaired (difference of medians) otherwise, and it says which.
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { pairedDifference } from "../montecarlo/index.ts";
import type { Summary, Verdict } from "../montecarlo/types.ts";
import { BoundedReadError, MAX_SUMMARY_BYTES, readBounded, readResults, ReportError, type Manifest } from "../output/index.ts";
import { formatUsd } from "../format/index.ts";
// Not the report index: it loads the HTML page and chart specs, which compare never needs.
import { comparisonTables, type AssumptionChange, type FolderComparison, type MoneyChange, type ResultChange, type VerdictChange, type VerdictNumbers } from "../report/comparison-tables.ts";
import type { Table } from "../report/table-model.ts";

/** Leaf paths of a JSON value → its text, e.g. `companies[B].agent.tokensPerSecond` → `1000`. */
export function flatten(value: unknown, path = "", out: Map<string, string> = new Map()): Map<string, string> {
  if (Array.isArray(value)) {
    const named = value.every((v) => typeof v === "object" && v !== null && typeof (v as { name?: unknown }).name === "string");
    value.forEach((v, i) => flatten(v, `${path}[${named ? (v as { name: string }).name : i}]`, out));
    if (value.length === 0) out.set(path, "[]");
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out);
  } else {
    out.set(path, typeof value === "string" ? value : JSON.stringify(value));
  }
  return out;
}

function assumptionsOf(m: Manifest): Map<string, string> {
  const flat = flatten(m.resolved);
  flat.set("seed", String(m.seed));
  flat.set("runs", String(m.runs));
  if (m.vary?.length) flat.set("--vary", m.vary.join(" "));
  if (m.levers !== undefined) flat.set("--levers", m.levers.length ? m.levers.join(",") : "none");
  return flat;
}

/** The assumptions that differ between two manifests, in path order. */
export function assumptionChanges(a: Manifest, b: Manifest): AssumptionChange[] {
  const fa = assumptionsOf(a);
  const fb = assumptionsOf(b);
  const paths = [...new Set([...fa.keys(), ...fb.keys()])].filter((p) => fa.get(p) !== fb.get(p) && p !== "name" && p !== "description");
  return paths.sort().map((path) => ({ path, a: fa.get(path) ?? null, b: fb.get(path) ?? null }));
}

/** Splits one line of runs.csv (RFC 4180 quoting). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") out.push(field), (field = "");
    else field += ch;
  }
  out.push(field);
  return out;
}

const COLUMN = { v1: "weeks_to_v1", takeoff: "weeks_to_takeoff", target: "weeks_to_target" } as const;

/**
 * A folder's runs.csv read for pairing: weeks per (point, company, metric), indexed by the `run`
 * column, or why it cannot be used. `byPoint` says whether rows are keyed by the `point` column (an
 * index) or, in folders written before it existed, by the `label` column.
 */
type RunsRead = { ok: true; runs: Map<string, number[]>; byPoint: boolean } | { ok: false; problem: string };

/** The key of a point's company and milestone in a RunsRead. */
function runsKey(point: string, company: string, metric: string): string {
  return `${point}\u0000${company}\u0000${metric}`;
}

/**
 * Weeks per (point, company, metric) from a folder's runs.csv (NaN = not reached), each list
 * `runs` long and ordered by the `run` column, not by row: rows may come in any order. Or the first
 * reason the file cannot be paired on: a missing column, a row with the wrong number of fields, a
 * cell that is not weeks, a run outside 0…runs−1 (the run sets differ), a run listed twice, a
 * wrong run count.
 */
function readRuns(dir: string, runs: number): RunsRead {
  const bad = (problem: string): RunsRead => ({ ok: false, problem: `${join(dir, "runs.csv")}: ${problem}` });
  const lines = readRunsCsv(dir).split("\n").filter((l) => l.length > 0);
  if (lines.length === 0) return bad("empty");
  const head = csvFields(lines[0]);
  const needed = ["label", "run", "company", ...Object.values(COLUMN)];
  const missing = needed.find((name) => !head.includes(name));
  if (missing !== undefined) return bad(`no ${missing} column`);
  const at = (name: string) => head.indexOf(name);
  const byPoint = head.includes("point");
  const [point, run, company] = [at(byPoint ? "point" : "label"), at("run"), at("company")];
  const out = new Map<string, number[]>();
  // The line each (point, company, run) was first seen on, to name a repeat.
  const seen = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const f = csvFields(lines[i]);
    if (f.length !== head.length) return bad(`line ${i + 1} has ${f.length} fields, the header ${head.length}`);
    const r = Number(f[run]);
    if (!/^\d+$/.test(f[run]) || r >= runs) return bad(`line ${i + 1}: run ${JSON.stringify(f[run].slice(0, 20))} is not a run of 0–${runs - 1} (the manifest's ${runs} runs), so the run sets differ`);
    const where = `${byPoint ? "point " : ""}${f[point]} / ${f[company]}`;
    const first = seen.get(`${where}\u0000${r}`);
    if (first !== undefined) return bad(`line ${i + 1} repeats run ${r} of ${where} (first on line ${first})`);
    seen.set(`${where}\u0000${r}`, i + 1);
    for (const metric of ["v1", "takeoff", "target"] as const) {
      const key = runsKey(f[point], f[company], metric);
      const cellText = f[at(COLUMN[metric])];
      const weeks = cellText === "" ? Number.NaN : Number(cellText);
      if (cellText !== "" && !(Number.isFinite(weeks) && weeks >= 0)) return bad(`line ${i + 1}: ${COLUMN[metric]} is ${JSON.stringify(cellText.slice(0, 20))}, not weeks`);
      const list = out.get(key) ?? new Array<number>(runs).fill(Number.NaN);
      list[r] = weeks;
      out.set(key, list);
    }
  }
  // Each (point, company) has no repeat and no run outside 0…runs−1: `runs` rows means every run is there.
  const rowsOf = new Map<string, number>();
  for (const key of seen.keys()) {
    const where = key.slice(0, key.lastIndexOf("\u0000"));
    rowsOf.set(where, (rowsOf.get(where) ?? 0) + 1);
  }
  for (const [where, n] of rowsOf) {
    if (n !== runs) return bad(`${n} rows for ${where}, where the manifest says ${runs} runs`);
  }
  return { ok: true, runs: out, byPoint };
}

/**
 * A folder's runs.csv as text: only a regular file, at most MAX_SUMMARY_BYTES (a FIFO or a link to
 * /dev/zero is refused at once, not read forever).
 * @throws ReportError (one line, exit 2) when it is not a regular file or too large
 */
function readRunsCsv(dir: string): string {
  try {
    return readBounded(join(dir, "runs.csv"), MAX_SUMMARY_BYTES).toString("utf8");
  } catch (error) {
    if (!(error instanceof BoundedReadError)) throw error;
    throw new ReportError(`${error.path}: ${error.problem} (expected the runs.csv velocity run writes)`);
  }
}

function medianOf(summary: Summary, point: number, company: string, metric: "v1" | "takeoff" | "target"): number | null {
  const c = summary.points[point]?.companies.find((x) => x.name === company);
  if (!c) return null;
  return metric === "v1" ? c.weeksToV1.p50 : metric === "takeoff" ? c.weeksToTakeoff.p50 : c.weeksToTarget.p50;
}

function checkFolder(dir: string): void {
  if (!existsSync(dir)) throw new ReportError(`${dir}: no such folder (expected an output folder written by velocity run)`);
  if (!statSync(dir).isDirectory()) throw new ReportError(`${dir}: a file, not a folder (expected an output folder written by velocity run)`);
}

/**
 * Compares output folder `b` with `a` (b minus a: negative weeks = sooner in b), in weeks, token
 * spend, net value and the verdicts.
 * @throws ReportError (user-facing) when a folder is missing or lacks its results.
 */
export function compareFolders(a: string, b: string): FolderComparison {
  checkFolder(a);
  checkFolder(b);
  const ra = readResults(a);
  const rb = readResults(b);
  const assumptions = assumptionChanges(ra.manifest, rb.manifest);
  const sameDraws = ra.manifest.seed === rb.manifest.seed && ra.manifest.runs === rb.manifest.runs;
  const csv = existsSync(join(a, "runs.csv")) && existsSync(join(b, "runs.csv"));
  const readA = sameDraws && csv ? readRuns(a, ra.manifest.runs) : null;
  const readB = sameDraws && csv ? readRuns(b, rb.manifest.runs) : null;
  // A damaged runs.csv is not paired on: saying "paired run by run" over unpaired medians would mislead.
  const damaged = readA?.ok === false ? readA.problem : readB?.ok === false ? readB.problem : null;
  const runsA = readA?.ok === true ? readA : null;
  const runsB = readB?.ok === true ? readB : null;
  const results: ResultChange[] = [];
  // Points are matched by position, so a sweep compared with a re-run of itself lines up even if labels changed.
  const points = Math.min(ra.summary.points.length, rb.summary.points.length);
  for (let p = 0; p < points; p++) {
    const pa = ra.summary.points[p];
    const pb = rb.summary.points[p];
    const label = pa.label === pb.label ? pa.label : `${pa.label} → ${pb.label}`;
    for (const company of pa.companies.map((c) => c.name).filter((n) => pb.companies.some((c) => c.name === n))) {
      for (const metric of ["v1", "takeoff", "target"] as const) {
        const medianA = medianOf(ra.summary, p, company, metric);
        const medianB = medianOf(rb.summary, p, company, metric);
        // Runs are paired by their run column within the point and company, never by row position.
        const xa = runsA?.runs.get(runsKey(runsA.byPoint ? String(p) : pa.label, company, metric));
        const xb = runsB?.runs.get(runsKey(runsB.byPoint ? String(p) : pb.label, company, metric));
        if (xa && xb && xa.length === xb.length) {
          const d = pairedDifference(xb, xa);
          results.push({ point: label, company, metric, medianA, medianB, difference: d.median, low: d.low, high: d.high, shareSooner: d.shareSooner, shareLater: d.shareLater });
        } else {
          const difference = medianA === null || medianB === null ? null : medianB - medianA;
          results.push({ point: label, company, metric, medianA, medianB, difference, low: null, high: null, shareSooner: null, shareLater: null });
        }
      }
    }
  }
  // Paired only when every row was: a point or company missing from one runs.csv falls back to medians.
  const paired = runsA !== null && runsB !== null && results.every((r) => r.shareSooner !== null);
  const unpairedRows = results.filter((r) => r.shareSooner === null).length;
  const pairing = paired
    ? `paired run by run (same seed ${ra.manifest.seed} and ${ra.manifest.runs} runs: common random numbers)`
    : !sameDraws
      ? `unpaired: ${ra.manifest.seed !== rb.manifest.seed ? `seeds differ (${ra.manifest.seed} vs ${rb.manifest.seed})` : `run counts differ (${ra.manifest.runs} vs ${rb.manifest.runs})`}, so runs cannot be matched; differences of medians, no interval`
      : !csv
        ? "unpaired: runs.csv missing in one folder; differences of medians, no interval"
        : damaged !== null
          ? `unpaired: ${damaged}; differences of medians, no interval`
          : `unpaired: ${unpairedRows} of ${results.length} rows have no matching runs in both runs.csv files; differences of medians, no interval`;
  if (!paired) for (const r of results) Object.assign(r, { low: null, high: null, shareSooner: null, shareLater: null, difference: r.medianA === null || r.medianB === null ? null : r.medianB - r.medianA });
  return { a, b, assumptions, paired, pairing, results, ...moneyOf(ra.summary, rb.summary) };
}

/** Token spend, net value and verdicts of two summaries, points matched by position as the results are. */
function moneyOf(sa: Summary, sb: Summary): { money: MoneyChange[]; verdicts: VerdictChange[] } {
  const money: MoneyChange[] = [];
  const verdicts: VerdictChange[] = [];
  const points = Math.min(sa.points.length, sb.points.length);
  const numbers = (v: Verdict | undefined): VerdictNumbers | null =>
    v === undefined ? null : { netValueGain: v.netValueDifferenceUsd, sharePaidForItself: v.sharePaidForItself, pricePerMOutputUsd: v.pricePerMOutputUsd, breakEvenPricePerMOutputUsd: v.breakEvenPricePerMOutputUsd };
  for (let p = 0; p < points; p++) {
    const pa = sa.points[p];
    const pb = sb.points[p];
    const point = pa.label === pb.label ? pa.label : `${pa.label} → ${pb.label}`;
    for (const ca of pa.companies) {
      const cb = pb.companies.find((c) => c.name === ca.name);
      if (cb === undefined) continue;
      money.push({ point, company: ca.name, tokenSpendA: ca.tokenSpendUsd.p50, tokenSpendB: cb.tokenSpendUsd.p50, netValueA: ca.netValueUsd.p50, netValueB: cb.netValueUsd.p50 });
    }
    const key = (v: Verdict) => `${v.of}\u0000${v.against}`;
    const inB = new Map((pb.verdicts ?? []).map((v) => [key(v), v]));
    const seen = new Set<string>();
    for (const v of pa.verdicts ?? []) {
      seen.add(key(v));
      verdicts.push({ point, of: v.of, against: v.against, a: numbers(v), b: numbers(inB.get(key(v))) });
    }
    for (const v of pb.verdicts ?? []) if (!seen.has(key(v))) verdicts.push({ point, of: v.of, against: v.against, a: null, b: numbers(v) });
  }
  return { money, verdicts };
}

/** The comparison's tables, its target named as folder A's summary names it. */
export function compareTables(comparison: FolderComparison): Table[] {
  return comparisonTables(comparison, formatUsd(readResults(comparison.a).summary.targetUsd));
}
