/**
 * The output folder of a Monte Carlo run — the contract users, charts and `merge` rely on:
 *
 *   summary.json  statistics per sweep point and company (src/montecarlo/types.ts)
 *   summary.md    the same as readable tables
 *   runs.csv      one row per point × run × company
 *   manifest.json what was run: resolved scenario, hash, seed, runs, versions, the command
 *   timing.json   wall time, runs/s, workers: the only file that differs between identical reruns
 *
 * Numbers are written with fixed rounding so the bytes depend only on the runs.
 */
import { accessSync, constants, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { RunTable, SCALAR_COLUMNS, type RowLayout, type Summary } from "../montecarlo/index.ts";
import { writeFileAtomic } from "./atomic-write.ts";
import { summaryMarkdown } from "./summary-tables.ts";

/** What was run, deterministically: the same scenario, seed and runs give the same manifest. */
export interface Manifest {
  scenario: string;
  file: string;
  /** sha256 of the resolved scenario's canonical JSON. */
  hash: string;
  seed: number;
  /** Replications per sweep point. */
  runs: number;
  version: string;
  node: string;
  /** A command line that reproduces this output. */
  command: string;
  resolved: Record<string, unknown>;
  /** Sweep points. */
  points: number;
  sweepAxes: string[];
  /** The extra sweep axes given with `--vary`, as written (the resolved scenario holds everything else). */
  vary: string[];
  /** Levers re-simulated on the first `leverRuns` runs of each point (absent in folders written before levers). */
  levers?: string[];
  leverRuns?: number;
  /** The point the others are compared with, when chosen with `--baseline`. */
  baseline?: string;
  /** Present in a shard's folder only: which part of the runs it holds. */
  shard?: { index: number; count: number; start: number; end: number };
}

/** How long it took: never part of the byte-identical outputs. */
export interface Timing {
  wallSeconds: number;
  runsPerSecond: number;
  workers: number;
}

/** Everything a full output folder is written from. */
export interface OutputData {
  summary: Summary;
  manifest: Manifest;
  tables: readonly RunTable[];
  labels: readonly string[];
  timing: Timing;
}

/** Six significant digits: stable across platforms and plenty for weeks, shares and dollars in a report. */
export function roundForOutput(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(6)) : x;
}

function stableJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v) => (typeof v === "number" ? roundForOutput(v) : v), 2)}\n`;
}

function csvCell(x: number | string): string {
  if (typeof x === "string") return /[",\n]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x;
  return Number.isNaN(x) ? "" : String(roundForOutput(x));
}

const HOURS_PER_WEEK = 168;
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
];

/** runs.csv: one row per point × run × company, then every drawn input as its own column. */
export function runsCsv(tables: readonly RunTable[], labels: readonly string[]): string {
  const inputNames = [...new Set(tables.flatMap((t) => t.layout.inputs.flat()))];
  const lines = [["point", "label", "run", "company", ...CSV_SCALARS.map(([name]) => name), ...inputNames].map(csvCell).join(",")];
  tables.forEach((table, p) => {
    const companies = table.layout.companies.map((name, c) => ({
      name,
      scalars: CSV_SCALARS.map(([, column, scale]) => table.scalar(c, column).map((x) => x * scale)),
      inputs: inputNames.map((input) => {
        const k = table.layout.inputs[c].indexOf(input);
        return k < 0 ? null : table.input(c, k);
      }),
    }));
    for (let r = 0; r < table.runs; r++) {
      for (const company of companies) {
        const cells: (number | string)[] = [p, labels[p], r, company.name];
        for (const column of company.scalars) cells.push(column[r]);
        for (const column of company.inputs) cells.push(column ? column[r] : Number.NaN);
        lines.push(cells.map(csvCell).join(","));
      }
    }
  });
  return `${lines.join("\n")}\n`;
}

/** An output folder that cannot be written (a user mistake: a file in the way, no permission). */
export class OutputFolderError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = "OutputFolderError";
  }
}

/**
 * Checks, before any work, that `dir` is or can become a writable folder — without creating it,
 * so an interrupted run still leaves nothing behind. @throws OutputFolderError
 */
export function checkOutputFolder(dir: string): void {
  let at = resolve(dir);
  for (;;) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(at).isDirectory();
    } catch {
      const parent = dirname(at);
      if (parent === at) break;
      at = parent;
      continue;
    }
    if (!isDirectory) throw new OutputFolderError(`--out ${dir}: ${at} is a file, not a folder (choose another --out)`);
    try {
      accessSync(at, constants.W_OK);
    } catch {
      throw new OutputFolderError(`--out ${dir}: ${at} is not writable (choose another --out)`);
    }
    return;
  }
}

/** Writes the data files of a full run (charts and report are added by `buildReport`). */
export function writeOutputFolder(dir: string, data: OutputData): void {
  writeFileAtomic(join(dir, "runs.csv"), runsCsv(data.tables, data.labels));
  writeFileAtomic(join(dir, "summary.md"), summaryMarkdown(data.summary));
  writeFileAtomic(join(dir, "manifest.json"), stableJson(data.manifest));
  writeFileAtomic(join(dir, "timing.json"), stableJson(data.timing));
  // Last, so a folder with a summary.json is a complete one.
  writeFileAtomic(join(dir, "summary.json"), stableJson(data.summary));
}

/** A shard's folder: its manifest (with `shard`) and its rows, raw, one file per sweep point. */
export function writeShardFolder(dir: string, manifest: Manifest, tables: readonly RunTable[], timing: Timing): void {
  tables.forEach((table, p) => writeFileAtomic(join(dir, `rows-${p}.f64`), new Uint8Array(table.rows.buffer, table.rows.byteOffset, table.rows.byteLength)));
  writeFileAtomic(join(dir, "layout.json"), stableJson(tables.map((t) => t.layout)));
  writeFileAtomic(join(dir, "timing.json"), stableJson(timing));
  writeFileAtomic(join(dir, "manifest.json"), stableJson(manifest));
}

/** Reads a shard folder back. @throws Error (from the file system or JSON) when files are missing or damaged. */
export function readShardFolder(dir: string): { manifest: Manifest; tables: RunTable[] } {
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Manifest;
  const layouts = JSON.parse(readFileSync(join(dir, "layout.json"), "utf8")) as RowLayout[];
  const tables = layouts.map((layout, p) => {
    const bytes = readFileSync(join(dir, `rows-${p}.f64`));
    const rows = new Float64Array(bytes.byteLength / 8);
    new Uint8Array(rows.buffer).set(bytes);
    return new RunTable(layout, rows);
  });
  return { manifest, tables };
}
