/**
 * runs.csv: one row per point × run × company, then every drawn input as its own column.
 *
 * RFC 4180: fields holding a comma, a quote, a line feed or a carriage return are quoted, quotes
 * doubled, lines end with `\n`. Text cells that a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) get a leading `'` (OWASP's CSV-injection advice),
 * so a company named `=HYPERLINK(…)` stays text. Numbers are never prefixed. An empty cell means
 * "not reached" (or an input the company does not draw).
 *
 * The file is streamed to disk in chunks as it is written, reading values straight out of the run
 * tables: memory does not grow with the number of runs.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { inputsOffset, SCALAR_COLUMNS, type RunTable } from "../montecarlo/index.ts";
import { namedFileError } from "./folder-errors.ts";
import { HOURS_PER_WEEK } from "../format/index.ts";

/** Six significant digits: stable across platforms and plenty for weeks, shares and dollars in a report. */
export function roundForOutput(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(6)) : x;
}

/** Leading characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: text quoted per RFC 4180 and neutralised against formulas; a number rounded, empty when not finite. */
export function csvCell(x: number | string): string {
  if (typeof x === "number") return Number.isFinite(x) ? String(roundForOutput(x)) : "";
  const text = FORMULA_START.test(x) ? `'${x}` : x;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_SCALARS: [string, (typeof SCALAR_COLUMNS)[number], number][] = [
  ["weeks_to_v1", "v1", 1 / HOURS_PER_WEEK],
  ["weeks_to_takeoff", "takeoff", 1 / HOURS_PER_WEEK],
  ["weeks_to_target", "target", 1 / HOURS_PER_WEEK],
  ["takeoff_release", "takeoffRelease", 1],
  ["releases", "releases", 1],
  ["fit", "fit", 1],
  ["learning_bits", "learnings", 1],
  ["token_spend_usd", "tokenSpend", 1],
  ["team_spend_usd", "teamSpend", 1],
  ["token_spend_to_target_usd", "tokenSpendToTarget", 1],
  ["team_spend_to_target_usd", "teamSpendToTarget", 1],
  ["revenue_usd", "revenue", 1],
  ["net_value_usd", "netValue", 1],
  ["arr_at_horizon_usd", "arrAtHorizon", 1],
  // Last, so that the columns before it keep their places: what the verdict's price curve scales.
  ["token_bill_discounted_usd", "tokenBillDiscounted", 1],
];

/** The lines of runs.csv, each with its `\n`, generated one at a time. */
export function* runsCsvLines(tables: readonly RunTable[], labels: readonly string[]): Generator<string> {
  const inputNames = [...new Set(tables.flatMap((t) => t.layout.inputs.flat()))];
  yield `${["point", "label", "run", "company", ...CSV_SCALARS.map(([name]) => name), ...inputNames].map(csvCell).join(",")}\n`;
  for (const [p, table] of tables.entries()) {
    const { layout, rows } = table;
    // Offsets of each column inside a run's row, per company: scalars first, inputs near the end of a company's block.
    const companies = layout.companies.map((name, c) => ({
      name: csvCell(name),
      scalars: CSV_SCALARS.map(([, column, scale]) => [layout.companyOffset[c] + SCALAR_COLUMNS.indexOf(column), scale] as const),
      inputs: inputNames.map((input) => {
        const k = layout.inputs[c].indexOf(input);
        return k < 0 ? -1 : layout.companyOffset[c] + inputsOffset(layout, c) + k;
      }),
    }));
    const prefix = `${p},${csvCell(labels[p])},`;
    for (let r = 0; r < table.runs; r++) {
      const base = r * layout.width;
      for (const company of companies) {
        let line = `${prefix}${r},${company.name}`;
        for (const [at, scale] of company.scalars) line += `,${csvCell(rows[base + at] * scale)}`;
        for (const at of company.inputs) line += `,${at < 0 ? "" : csvCell(rows[base + at])}`;
        yield `${line}\n`;
      }
    }
  }
}

/** runs.csv as one string (for tests and small tables; {@link writeRunsCsv} streams). */
export function runsCsv(tables: readonly RunTable[], labels: readonly string[]): string {
  let out = "";
  for (const line of runsCsvLines(tables, labels)) out += line;
  return out;
}

/** Bytes gathered before each write to disk. */
const CHUNK = 1 << 16;

/**
 * Writes runs.csv to `path`, streaming: lines are gathered into ~64 kB chunks and written as they come.
 * @throws OutputFolderError naming the path when the disk is full or permission is denied.
 */
export function writeRunsCsv(path: string, tables: readonly RunTable[], labels: readonly string[]): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, "w");
    let chunk = "";
    for (const line of runsCsvLines(tables, labels)) {
      chunk += line;
      if (chunk.length >= CHUNK) {
        writeSync(fd, chunk);
        chunk = "";
      }
    }
    if (chunk !== "") writeSync(fd, chunk);
  } catch (error) {
    throw namedFileError(error, path);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
