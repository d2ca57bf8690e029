/**
 * The lever re-runs of one sweep point (issue 20's rounds, overlapped with the runs for issue 32):
 *
 *   queue the first round's lever blocks right behind the point's runs → as each comes back, wait
 *   for the runs it re-simulates to be in the table, then copy it in → once a round is in, drop
 *   the settled levers (lever-stops.ts) → queue the next round for the rest.
 *
 * The first round does not wait for the runs: the workers take its blocks as soon as the runs'
 * blocks are handed out, instead of idling at the tail of the runs. A later round depends on the
 * settled check of the one before, so it waits for that check, which needs only the runs below
 * the round's end (not every run of the point). Each block is copied in by its run indices and
 * the check reads only the runs below the round's end, all in by then: the tables are the same
 * whatever order the blocks come back in.
 */
import type { SweepPoint } from "../scenario/index.ts";
import type { BlockRunner } from "./block-runner.ts";
import { leverRoundEnds, leverSettled } from "./lever-stops.ts";
import { leverChanges } from "./levers.ts";
import type { RunTable } from "./run-table.ts";

/** What one point's lever rounds need from the point's runs. */
export interface LeverRoundsOptions {
  /** Replications `[start, end)` of the point's table. */
  start: number;
  end: number;
  runner: BlockRunner;
  /** Lever ids re-simulated for runs below `leverRuns`, each at its index in the table's lever columns. */
  levers: readonly string[];
  leverRuns: number;
  /** Replications per lever block (the runs' block size, so a lever block lies inside one run block). */
  blockRuns: number;
  /** Aborts between blocks (Ctrl-C): the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Resolves once runs `[from, to)` are copied into the point's table (rejects if a block of them
   * failed). A lever block is copied in only after its runs: their rows carry the lever columns
   * blank (NaN) and would overwrite it.
   */
  runsIn: (from: number, to: number) => Promise<void>;
  /** The point's table; called only once some of its runs are in. */
  table: () => RunTable;
}

/**
 * Queues the first round of the point's lever re-runs on the runner at once (runs `[start, first
 * round end)` of each lever that changes something; a table that starts later, a shard or a
 * precision round, cannot see the runs before it and runs every lever to the cap in one round),
 * and runs the later rounds as the rounds before them settle. Resolves when every lever's rows
 * are in the table; rejects once, with the first failure (a block's error, or the signal's reason).
 * Every block queued is awaited, so a block that fails after another failure, or after an abort
 * closed the runner, is never an unhandled rejection.
 */
export function leverRounds(point: SweepPoint, options: LeverRoundsOptions): Promise<void> {
  const { start, end, runner, signal, blockRuns } = options;
  const limit = Math.min(end, options.leverRuns);
  const changing = options.levers.map((id, k) => ({ id, k })).filter(({ id }) => leverChanges(point.scenario, id));
  if (changing.length === 0 || start >= limit) return Promise.resolve();
  const ends = start === 0 ? leverRoundEnds(limit) : [limit];
  const queueRound = (from: number, to: number, active: readonly { id: string; k: number }[]): Promise<void[]> => {
    const ids = active.map((a) => a.id);
    const columns = active.map((a) => a.k);
    const blocks: Promise<void>[] = [];
    for (let s = from; s < to; s += blockRuns) {
      const task = { resolved: point.scenario.resolved, file: point.scenario.file, start: s, end: Math.min(to, s + blockRuns), onlyLevers: ids };
      blocks.push(
        (async () => {
          signal?.throwIfAborted();
          const result = await runner.run(task);
          await options.runsIn(task.start, task.end);
          signal?.throwIfAborted();
          options.table().setLevers(task.start - start, columns, result.rows, task.end - task.start);
        })(),
      );
    }
    // Promise.all holds every block from the moment it is queued: none can reject unhandled.
    return Promise.all(blocks);
  };
  // Queued now, synchronously, so the runner has these blocks right behind the runs'.
  const first = queueRound(start, ends[0], changing);
  return (async () => {
    let active = changing;
    let round = first;
    for (let r = 0; ; r++) {
      // Every run below ends[r] is in by now: each lever block of this and earlier rounds waited for its runs.
      await round;
      if (start === 0) active = active.filter(({ k }) => !leverSettled(options.table(), k, ends[r]));
      if (active.length === 0 || r + 1 === ends.length) return;
      round = queueRound(ends[r], ends[r + 1], active);
    }
  })();
}
