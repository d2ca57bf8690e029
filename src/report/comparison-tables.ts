/**
 * What `velocity compare` found, and its words: the assumptions that differ side by side, then the
 * results (paired run by run, or differences of medians, as the comparison says).
 */
import { formatShare, formatUsd, formatUsdSigned, formatWeeks, formatWeeksSigned, MISSING, formatRange } from "../format/index.ts";
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

/** A company's money at a point in each folder: medians over runs, USD (null when absent). */
export interface MoneyChange {
  point: string;
  company: string;
  tokenSpendA: number | null;
  tokenSpendB: number | null;
  netValueA: number | null;
  netValueB: number | null;
}

/** One verdict (a company against its baseline at a point) in each folder; null where a folder has none. */
export interface VerdictChange {
  point: string;
  of: string;
  against: string;
  a: VerdictNumbers | null;
  b: VerdictNumbers | null;
}

/** The numbers a verdict says, from summary.json (`points[].verdicts[]`). */
export interface VerdictNumbers {
  /** Net value gain against the baseline: median, p10, p90, USD. */
  netValueGain: { p50: number; low: number; high: number };
  sharePaidForItself: number;
  pricePerMOutputUsd: number;
  breakEvenPricePerMOutputUsd: number | null;
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
  /** Token spend and net value per point and company (medians from each summary). */
  money: MoneyChange[];
  /** The verdicts of each point, side by side. */
  verdicts: VerdictChange[];
}

/**
 * The names the two sides go by: their folders' own names (`sa`, `sa-repriced`), the whole paths
 * where those are the same. Never "A" and "B", which are the companies' names in most scenarios.
 */
export function sideNames(a: string, b: string): [string, string] {
  const last = (dir: string) => dir.replace(/\/+$/, "").split("/").pop() || dir;
  return last(a) === last(b) ? [a, b] : [last(a), last(b)];
}

function intervalNote(paired: boolean, r: ResultChange): string | undefined {
  if (!paired) return undefined;
  const range = formatRange(r.low === null ? null : formatWeeksSigned(r.low), r.high === null ? null : formatWeeksSigned(r.high));
  return range === MISSING ? undefined : range;
}

/** The comparison as tables: assumptions side by side, then results in weeks, then money and verdicts. */
export function comparisonTables(c: FolderComparison, target: string): Table[] {
  const [na, nb] = sideNames(c.a, c.b);
  const assumptions: Table = {
    title: `Assumptions that differ (${na} = ${c.a}, ${nb} = ${c.b})`,
    headings: ["parameter", na, nb],
    nameColumns: 3,
    rows: c.assumptions.map((x) => [cell(x.path), cell(x.a ?? "(absent)"), cell(x.b ?? "(absent)")]),
    footnote: c.assumptions.length ? undefined : "None: both folders ran the same scenario.",
  };
  const name = (m: string) => (m === "target" ? target : m);
  const results: Table = {
    title: `Results, ${nb} minus ${na} in weeks — ${c.pairing}`,
    nameColumns: 3,
    headings: ["point", "company", "milestone", `median ${na}`, `median ${nb}`, c.paired ? "median paired difference (95% CI; negative = sooner)" : "difference of medians (negative = sooner)", `${nb} sooner`, `${nb} later`],
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
  return [assumptions, results, ...moneyTables(c, na, nb)];
}

const usd = (x: number | null) => (x === null ? MISSING : formatUsd(x));
const usdDifference = (x: number | null, y: number | null) => (x === null || y === null ? MISSING : formatUsdSigned(y - x));

/** Token spend and net value side by side, then each verdict and its break-even in each folder. */
function moneyTables(c: FolderComparison, na: string, nb: string): Table[] {
  const money: Table = {
    title: `Money: token spend and net value to the horizon (medians over runs), ${nb} minus ${na}`,
    nameColumns: 2,
    headings: ["point", "company", `token spend ${na}`, `token spend ${nb}`, "difference", `net value ${na}`, `net value ${nb}`, "difference"],
    rows: c.money.map((m) => [
      cell(m.point),
      cell(m.company),
      cell(usd(m.tokenSpendA)),
      cell(usd(m.tokenSpendB)),
      cell(usdDifference(m.tokenSpendA, m.tokenSpendB)),
      cell(usd(m.netValueA)),
      cell(usd(m.netValueB)),
      cell(usdDifference(m.netValueA, m.netValueB)),
    ]),
  };
  if (c.verdicts.length === 0) return [money];
  const gain = (v: VerdictNumbers | null) => (v === null ? cell(MISSING) : cell(formatUsdSigned(v.netValueGain.p50), `${formatUsdSigned(v.netValueGain.low)} to ${formatUsdSigned(v.netValueGain.high)}`));
  const breakEven = (v: VerdictNumbers | null) => (v === null ? MISSING : v.breakEvenPricePerMOutputUsd === null ? "none" : formatUsd(v.breakEvenPricePerMOutputUsd));
  const verdicts: Table = {
    title: `Is it worth paying for? Each verdict in ${na} and in ${nb}`,
    nameColumns: 3,
    headings: ["point", "company", "against", `net value gain ${na} (p10–p90)`, `net value gain ${nb} (p10–p90)`, `paid for itself ${na}`, `paid for itself ${nb}`, `price per M output ${na}`, `price per M output ${nb}`, `break-even ${na}`, `break-even ${nb}`],
    rows: c.verdicts.map((v) => [
      cell(v.point),
      cell(v.of),
      cell(v.against),
      gain(v.a),
      gain(v.b),
      cell(v.a === null ? MISSING : formatShare(v.a.sharePaidForItself)),
      cell(v.b === null ? MISSING : formatShare(v.b.sharePaidForItself)),
      cell(v.a === null ? MISSING : formatUsd(v.a.pricePerMOutputUsd)),
      cell(v.b === null ? MISSING : formatUsd(v.b.pricePerMOutputUsd)),
      cell(breakEven(v.a)),
      cell(breakEven(v.b)),
    ]),
    footnote: "Break-even: the output price per M tokens (all token prices scaled with it) at which the median net value gain is zero; none when there is no such price.",
  };
  return [money, verdicts];
}
