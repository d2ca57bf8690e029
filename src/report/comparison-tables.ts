/**
 * What `velocity compare` found, and its words: the assumptions that differ side by side, then the
 * results (paired run by run, or differences of medians, as the comparison says).
 */
import { formatShare, formatWeeks, formatWeeksSigned, MISSING, formatRange } from "../format/index.ts";
import { cell, type Table } from "./table-model.ts";

/** One assumption that differs: its path and its value in each folder (null when absent). */
export interface AssumptionChange {
  path: string;
  a: string | null;
  b: string | null;
}

/** One result compared: B minus A at a point, for a company and milestone. */
export interface ResultChange {
  point: string;
  company: string;
  metric: "v1" | "takeoff" | "target";
  /** Median weeks at A and at B (unpaired medians, from the summaries). */
  medianA: number | null;
  medianB: number | null;
  /** Paired: median of per-run differences B − A with its 95% interval and shares; unpaired: B's median − A's. */
  difference: number | null;
  low: number | null;
  high: number | null;
  shareSooner: number | null;
  shareLater: number | null;
}

/** What `compare` found. */
export interface FolderComparison {
  a: string;
  b: string;
  assumptions: AssumptionChange[];
  /** True when the results were compared run by run. */
  paired: boolean;
  /** Why (not) paired, in words. */
  pairing: string;
  results: ResultChange[];
}

function intervalNote(paired: boolean, r: ResultChange): string | undefined {
  if (!paired) return undefined;
  const range = formatRange(r.low === null ? null : formatWeeksSigned(r.low), r.high === null ? null : formatWeeksSigned(r.high));
  return range === MISSING ? undefined : range;
}

/** The comparison as tables: assumptions side by side, then results. */
export function comparisonTables(c: FolderComparison, target: string): Table[] {
  const assumptions: Table = {
    title: `Assumptions that differ (A = ${c.a}, B = ${c.b})`,
    headings: ["parameter", "A", "B"],
    nameColumns: 3,
    rows: c.assumptions.map((x) => [cell(x.path), cell(x.a ?? "(absent)"), cell(x.b ?? "(absent)")]),
    footnote: c.assumptions.length ? undefined : "None: both folders ran the same scenario.",
  };
  const name = (m: string) => (m === "target" ? target : m);
  const results: Table = {
    title: `Results, B minus A in weeks — ${c.pairing}`,
    nameColumns: 3,
    headings: ["point", "company", "milestone", "median A", "median B", c.paired ? "median paired difference (95% CI; negative = sooner)" : "difference of medians (negative = sooner)", "B sooner", "B later"],
    rows: c.results.map((r) => [
      cell(r.point),
      cell(r.company),
      cell(name(r.metric)),
      cell(formatWeeks(r.medianA)),
      cell(formatWeeks(r.medianB)),
      cell(formatWeeksSigned(r.difference), intervalNote(c.paired, r)),
      cell(r.shareSooner === null ? MISSING : formatShare(r.shareSooner)),
      cell(r.shareLater === null ? MISSING : formatShare(r.shareLater)),
    ]),
  };
  return [assumptions, results];
}
