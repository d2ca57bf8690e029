/**
 * The output folder of a Monte Carlo run — the contract users, charts and `merge` rely on:
 *
 *   summary.json  statistics per sweep point and company (src/montecarlo/types.ts)
 *   summary.md    the same as readable tables
 *   runs.csv      one row per point × run × company
 *   manifest.json what was run: resolved scenario, hash, seed, runs, versions, the command
 *   rows/         the runs at full precision, what velocity reprice reads (run-rows.ts)
 *   timing.json   wall time, runs/s, workers: the only file that differs between identical reruns
 *
 * Numbers are written with fixed rounding so the bytes depend only on the runs.
 */
import { join } from "node:path";
import type { RunTable, Summary } from "../montecarlo/index.ts";
import { writeFileAtomic } from "./atomic-write.ts";
import { roundForOutput, writeRunsCsv } from "./runs-csv.ts";
import { manifestJson, stableJson } from "./stable-json.ts";
import type { Manifest, Timing } from "./manifest.ts";
import { writeRunRows } from "./run-rows.ts";

/** Everything a full output folder is written from. */
export interface OutputData {
  summary: Summary;
  manifest: Manifest;
  tables: readonly RunTable[];
  labels: readonly string[];
  timing: Timing;
  /** summary.md's text, worded by src/report (this layer writes bytes it is handed, never renders). */
  markdown: string;
}

/**
 * Writes the data files of a full run into `dir` (charts and report are added by `buildReport`).
 * `dir` is normally the temporary folder of an output-folder transaction (folder-transaction.ts).
 */
export function writeOutputFolder(dir: string, data: OutputData): void {
  writeRunsCsv(join(dir, "runs.csv"), data.tables, data.labels);
  writeFileAtomic(join(dir, "summary.md"), data.markdown);
  writeFileAtomic(join(dir, "manifest.json"), manifestJson(data.manifest));
  writeTiming(dir, data.timing);
  writeRunRows(dir, data.tables);
  // Last, so a folder with a summary.json is a complete one.
  writeFileAtomic(join(dir, "summary.json"), stableJson(data.summary));
}

/** Writes (or rewrites) timing.json in `dir`. */
export function writeTiming(dir: string, timing: Timing): void {
  writeFileAtomic(join(dir, "timing.json"), stableJson(timing));
}

export { stableJson, roundForOutput };
export type { Manifest, Timing };
