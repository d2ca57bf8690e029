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
import { leverRoundEnds, leverSettled } from "./lever-stops.ts";
import { leverChanges } from "./levers.ts";
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
    const levers = [...(options.levers ?? [])];
    const leverRuns = options.leverRuns ?? 0;
    for (let s = start; s < end; s += BLOCK_RUNS) {
      const task = { resolved, file: point.scenario.file, start: s, end: Math.min(end, s + BLOCK_RUNS), levers, leverRuns, deferLevers: true };
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
    await runLevers(point, table, levers, leverRuns, options);
    return table;
  });
  return Promise.all(perPoint);
}

/**
 * The lever re-runs of one point's table, for the runs in `[start, end)` below `leverRuns`. From
 * the first run on, in rounds: each lever that changes something runs round by round until it is
 * settled (lever-stops.ts); a table that starts later (a shard, a precision round) cannot see the
 * runs before it, so it runs every lever to the cap and the summary finds each lever's count.
 */
async function runLevers(point: SweepPoint, table: RunTable, levers: readonly string[], leverRuns: number, options: SimulatePointsOptions): Promise<void> {
  const { start, end, runner, signal } = options;
  const limit = Math.min(end, leverRuns);
  let active = levers.map((id, k) => ({ id, k })).filter(({ id }) => leverChanges(point.scenario, id));
  if (active.length === 0 || start >= limit) return;
  const ends = start === 0 ? leverRoundEnds(limit) : [limit];
  let from = start;
  for (const to of ends) {
    const ids = active.map((a) => a.id);
    const blocks: Promise<void>[] = [];
    for (let s = from; s < to; s += BLOCK_RUNS) {
      const task = { resolved: point.scenario.resolved, file: point.scenario.file, start: s, end: Math.min(to, s + BLOCK_RUNS), onlyLevers: ids };
      blocks.push(
        (async () => {
          signal?.throwIfAborted();
          const result = await runner.run(task);
          signal?.throwIfAborted();
          table.setLevers(task.start - start, active.map((a) => a.k), result.rows, task.end - task.start);
        })(),
      );
    }
    await Promise.all(blocks);
    from = to;
    if (start === 0) active = active.filter(({ k }) => !leverSettled(table, k, to));
    if (active.length === 0) break;
  }
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
