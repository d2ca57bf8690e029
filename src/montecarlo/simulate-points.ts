/**
 * Runs the replications of every sweep point:
 *
 *   split each point's runs into fixed blocks → run the blocks on the runner (any order, any
 *   worker) → copy each block into its place as it arrives → one table of rows per point, in run
 *   order.
 *
 * Because a block's rows depend only on (point, run indices) and are reassembled by index, the
 * tables — and everything computed from them — are the same for any worker count or shard split.
 * With a precision target, fixed rounds of runs are added until the target is met (the stopping
 * point depends only on the runs, so the same seed always stops at the same count).
 */
import type { SweepPoint } from "../scenario/index.ts";
import type { BlockRunner } from "./block-runner.ts";
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
}

/** Simulates runs `[start, end)` of every point; one table per point. */
export async function simulatePoints(points: readonly SweepPoint[], options: SimulatePointsOptions): Promise<RunTable[]> {
  const { start, end, runner, signal } = options;
  const total = points.length * (end - start);
  let done = 0;
  const perPoint = points.map(async (point) => {
    const resolved = point.scenario.resolved;
    // The point's table, allocated when the first block arrives (its layout gives the width);
    // each block is copied into place and dropped, so the runs are held once, not twice (the
    // blocks and their concatenation): memory per run is one packed row (issue 14).
    let table: RunTable | null = null;
    const blocks: Promise<void>[] = [];
    for (let s = start; s < end; s += BLOCK_RUNS) {
      const task = { resolved, file: point.scenario.file, start: s, end: Math.min(end, s + BLOCK_RUNS), levers: [...(options.levers ?? [])], leverRuns: options.leverRuns ?? 0 };
      blocks.push(
        (async () => {
          signal?.throwIfAborted();
          const result = await runner.run(task);
          signal?.throwIfAborted();
          table ??= new RunTable(result.layout, new Float64Array(result.layout.width * (end - start)));
          if (result.layout.width !== table.layout.width || result.rows.length !== result.layout.width * (task.end - task.start)) {
            throw new RangeError(`simulatePoints: block ${task.start}…${task.end} holds ${result.rows.length} numbers in rows of ${result.layout.width}, expected rows of ${table.layout.width}`);
          }
          table.rows.set(result.rows, (task.start - start) * table.layout.width);
          done += task.end - task.start;
          options.onProgress?.(done, total);
        })(),
      );
    }
    await Promise.all(blocks);
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
