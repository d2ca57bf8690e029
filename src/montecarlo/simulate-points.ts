/**
 * Runs the replications of every sweep point:
 *
 *   split each point's runs into fixed blocks → run the blocks on the runner (any order, any
 *   worker) → copy each block into its place as it arrives → one table of rows per point, in run
 *   order.
 *
 * With levers, each point's first round of lever re-runs is queued right behind the runs and the
 * later rounds follow as levers settle (lever-rounds.ts), so the levers overlap the runs in the
 * worker pool instead of waiting for them.
 *
 * Because a block's rows depend only on (point, run indices) and are reassembled by index, the
 * tables — and everything computed from them — are the same for any worker count or shard split.
 * With a precision target, fixed rounds of runs are added until the target is met (the stopping
 * point depends only on the runs, so the same seed always stops at the same count).
 */
import type { SweepPoint } from "../scenario/index.ts";
import type { BlockRunner } from "./block-runner.ts";
import { leverRounds } from "./lever-rounds.ts";
import { RunTable, type RowLayout } from "./run-table.ts";

/** Replications per block sent to a worker: small enough to balance two cores, big enough to amortise messaging. */
export const BLOCK_RUNS = 25;
/** Replications added per round when a precision target is set. */
export const PRECISION_ROUND = 500;
/** The most replications a precision target may ask for. */
export const PRECISION_CAP = 100_000;

/** Which runs to simulate and how to report progress. */
export interface SimulatePointsOptions {
  /** Replications `[start, end)` of each point. */
  start: number;
  end: number;
  runner: BlockRunner;
  /** Lever ids re-simulated for runs below `leverRuns` (none by default). */
  levers?: readonly string[];
  leverRuns?: number;
  /** Called after each block with runs done and runs planned so far (over all points). */
  onProgress?: (done: number, total: number) => void;
  /** Aborts between blocks (Ctrl-C): the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Called when the runs finished in every point's table reach further: runs `start … start + runs − 1`
   * of each point are in `tables` (views of the rows so far; lever columns not yet filled), whatever
   * order the blocks came back in. For a provisional answer (issue 32): a prefix of the run order
   * is the same numbers on every machine.
   */
  onPrefix?: (runs: number, tables: RunTable[]) => void;
}

/** Simulates runs `[start, end)` of every point; one table per point. */
export async function simulatePoints(points: readonly SweepPoint[], options: SimulatePointsOptions): Promise<RunTable[]> {
  const { start, end, runner, signal } = options;
  const total = points.length * (end - start);
  const blockCount = Math.ceil((end - start) / BLOCK_RUNS);
  let done = 0;
  // The point's table, allocated when the first block arrives (its layout gives the width);
  // each block is copied into place and dropped, so the runs are held once, not twice (the
  // blocks and their concatenation): memory per run is one packed row (issue 14).
  const tables: (RunTable | null)[] = points.map(() => null);
  // Per point, which blocks are in and how many runs from `start` are in without a gap.
  const arrived = points.map(() => new Uint8Array(blockCount));
  const prefix = points.map(() => 0);
  let reported = 0;
  const levers = [...(options.levers ?? [])];
  const leverRuns = options.leverRuns ?? 0;
  const runBlockOf = async (p: number, b: number): Promise<void> => {
    const s = start + b * BLOCK_RUNS;
    const task = { resolved: points[p].scenario.resolved, file: points[p].scenario.file, start: s, end: Math.min(end, s + BLOCK_RUNS), levers, leverRuns, deferLevers: true };
    signal?.throwIfAborted();
    const result = await runner.run(task);
    signal?.throwIfAborted();
    const table = (tables[p] ??= new RunTable(result.layout, new Float64Array(result.layout.width * (end - start))));
    if (result.layout.width !== table.layout.width || result.rows.length !== result.layout.width * (task.end - task.start)) {
      throw new RangeError(`simulatePoints: block ${task.start}…${task.end} holds ${result.rows.length} numbers in rows of ${result.layout.width}, expected rows of ${table.layout.width}`);
    }
    table.rows.set(result.rows, (task.start - start) * table.layout.width);
    done += task.end - task.start;
    options.onProgress?.(done, total);
    if (options.onPrefix) notePrefix(p, b);
  };
  const notePrefix = (p: number, b: number): void => {
    arrived[p][b] = 1;
    let k = Math.ceil(prefix[p] / BLOCK_RUNS);
    while (k < blockCount && arrived[p][k] === 1) k++;
    prefix[p] = Math.min(end - start, k * BLOCK_RUNS);
    const runs = Math.min(...prefix);
    if (runs <= reported) return;
    reported = runs;
    options.onPrefix?.(
      runs,
      tables.map((t) => {
        const table = t as RunTable; // every point has a block in by now
        return new RunTable(table.layout, table.rows.subarray(0, runs * table.layout.width));
      }),
    );
  };
  // Blocks go to the runner block by block across the points (block 0 of every point, then
  // block 1 …), so on a sweep every point has runs in early, for a provisional answer; each block
  // lands by its index, so the tables do not depend on this order.
  const blocks: Promise<void>[][] = points.map(() => []);
  for (let b = 0; b < blockCount; b++) for (let p = 0; p < points.length; p++) blocks[p].push(runBlockOf(p, b));
  // Then each point's first lever round, queued behind every point's runs (which the provisional
  // answer needs first) rather than after them, so no worker idles at the runs' tail
  // (lever-rounds.ts); its blocks wait for their runs' rows before being copied in.
  const leversDone = points.map((point, p) =>
    leverRounds(point, {
      start,
      end,
      runner,
      levers,
      leverRuns,
      blockRuns: BLOCK_RUNS,
      signal,
      runsIn: (from, to) => Promise.all(blocks[p].slice(Math.floor((from - start) / BLOCK_RUNS), Math.ceil((to - start) / BLOCK_RUNS))).then(() => undefined),
      table: () => tables[p] as RunTable,
    }),
  );
  const perPoint = points.map(async (_, p) => {
    await Promise.all([Promise.all(blocks[p]), leversDone[p]]);
    const table = tables[p];
    if (table === null) throw new RangeError(`simulatePoints: no runs in ${start}…${end}`);
    return table;
  });
  return Promise.all(perPoint);
}

/** Joins blocks (or shards, or precision rounds) of one point, in the order given. */
export function concatTables(parts: readonly { layout: RowLayout; rows: Float64Array }[]): RunTable {
  if (parts.length === 0) throw new RangeError("concatTables: no runs to join");
  const length = parts.reduce((n, p) => n + p.rows.length, 0);
  const rows = new Float64Array(length);
  let at = 0;
  for (const part of parts) {
    rows.set(part.rows, at);
    at += part.rows.length;
  }
  return new RunTable(parts[0].layout, rows);
}
