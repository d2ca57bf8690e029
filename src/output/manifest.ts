/** What an output folder's manifest.json and timing.json hold (the run's identity, and how long it took). */
import type { Lineage } from "../scenario/index.ts";

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
