/**
 * The runs of an output folder at full precision, beside runs.csv (which rounds to six figures):
 *
 *   rows/layout.json     where each number sits in a run's row, one layout per sweep point
 *   rows/rows-<p>.f64    point p's runs, run after run, little-endian float64
 *
 * They hold what the summary was computed from, so a change that needs no new simulation (a
 * change of prices, `velocity reprice`) is answered from them with the very numbers a re-run has.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RunTable, type RowLayout } from "../montecarlo/index.ts";
import { writeFileAtomic } from "./atomic-write.ts";
import { stableJson } from "./stable-json.ts";
import { ReportError } from "./report-errors.ts";
import { checkLayout, checkRows } from "./shard-folder.ts";

/** The folder inside an output folder that holds the rows. */
export const ROWS_DIR = "rows";

/** Writes each point's rows and their layouts into `dir/rows/`. */
export function writeRunRows(dir: string, tables: readonly RunTable[]): void {
  tables.forEach((table, p) => writeFileAtomic(join(dir, ROWS_DIR, `rows-${p}.f64`), new Uint8Array(table.rows.buffer, table.rows.byteOffset, table.rows.byteLength)));
  writeFileAtomic(join(dir, ROWS_DIR, "layout.json"), stableJson(tables.map((t) => t.layout)));
}

/**
 * Reads the rows of an output folder written by `velocity run` or `merge`: `points` tables of
 * `runs` runs each, whose companies are `companies`.
 * @throws ReportError naming the file and what is wrong with it, in one line.
 */
export function readRunRows(dir: string, points: number, runs: number, companies: readonly string[]): RunTable[] {
  const fail = (file: string, problem: string): never => {
    throw new ReportError(`${join(dir, ROWS_DIR, file)}: ${problem}`);
  };
  let layouts: unknown;
  try {
    layouts = JSON.parse(readFileSync(join(dir, ROWS_DIR, "layout.json"), "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail("layout.json", code === "ENOENT" ? "missing (a folder written before velocity kept its runs at full precision: run the scenario again)" : "not valid JSON (damaged? run the scenario again)");
  }
  if (!Array.isArray(layouts) || layouts.length !== points) return fail("layout.json", `expected one layout per sweep point (${points})`);
  return (layouts as RowLayout[]).map((layout, p) => {
    const problem = checkLayout(layout, companies);
    if (problem !== undefined) fail(`layout.json [${p}]`, problem);
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, ROWS_DIR, `rows-${p}.f64`));
    } catch {
      return fail(`rows-${p}.f64`, "missing (run the scenario again)");
    }
    const expected = runs * layout.width * 8;
    if (bytes.byteLength !== expected) fail(`rows-${p}.f64`, `holds ${bytes.byteLength} bytes but ${runs} runs take exactly ${expected} (cut short, padded or from another run)`);
    const rows = new Float64Array(bytes.byteLength / 8);
    new Uint8Array(rows.buffer).set(bytes);
    const bad = checkRows(rows, layout);
    if (bad !== undefined) fail(`rows-${p}.f64`, bad);
    return new RunTable(layout, rows);
  });
}
