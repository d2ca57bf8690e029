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
import type { Lineage } from "../scenario/index.ts";
import { writeFileAtomic } from "./atomic-write.ts";
import { roundForOutput, writeRunsCsv } from "./runs-csv.ts";
import { writeRunRows } from "./run-rows.ts";

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
  /** The `--set` overrides, as written (already applied in `resolved`); summary.md lists them. */
  set?: string[];
  /**
   * Whom each company extends and what it writes itself (absent when no company extends another):
   * a merge expands `--vary` from `resolved` with it, so a swept value reaches the same companies.
   */
  lineage?: Lineage;
  /**
   * Present in a shard's folder only: which part of the runs it holds, and the sha256 of each of its
   * row files and layout.json, so `merge` notices any byte changed since the shard was written.
   */
  shard?: { index: number; count: number; start: number; end: number; digests?: Record<string, string> };
  /** Levers re-simulated on the first `leverRuns` runs of each point (absent in folders written before levers). */
  levers?: string[];
  leverRuns?: number;
  /** The point the others are compared with, when chosen with `--baseline`. */
  baseline?: string;
}

/** How long it took: never part of the byte-identical outputs. */
export interface Timing {
  /**
   * Seconds from the start until the first answer was ready: the first provisional answer on a
   * terminal, or else the final summary (absent for a shard, which has no answer).
   */
  firstAnswerSeconds?: number;
  /** Seconds from the start until the folder was complete (charts and report included). */
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
  /** summary.md's text, worded by src/report (this layer writes bytes it is handed, never renders). */
  markdown: string;
}

function stableJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v) => (typeof v === "number" ? roundForOutput(v) : v), 2)}\n`;
}

/**
 * Writes the data files of a full run into `dir` (charts and report are added by `buildReport`).
 * `dir` is normally the temporary folder of an output-folder transaction (folder-transaction.ts).
 */
export function writeOutputFolder(dir: string, data: OutputData): void {
  writeRunsCsv(join(dir, "runs.csv"), data.tables, data.labels);
  writeFileAtomic(join(dir, "summary.md"), data.markdown);
  writeFileAtomic(join(dir, "manifest.json"), stableJson(data.manifest));
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
