/**
 * How many runs each lever needs (issue 20): levers re-simulate runs to measure what a cost
 * costs, and most levers settle long before the cap. A lever is re-run in rounds of
 * {@link LEVER_ROUND} runs, in replication order, and stops after the first round at which, for
 * every company and milestone, its paired median weeks saved is known to ±{@link LEVER_PRECISION_WEEKS}
 * (the 95% interval at most twice that wide; a lever with no effect has the interval [0, 0]) or
 * cannot be placed at this cap: the median falls on runs that never got there, or so few runs got
 * there that at the rate seen so far fewer than {@link MIN_INTERVAL_RUNS} would by the cap, too few
 * for any interval (seed-article's A reaches $10M in ~2% of runs). It never runs
 * fewer than one round (or all runs, if fewer) nor more than `--lever-runs`.
 *
 * The rule reads only the runs up to the round it stops at, so the same seed gives the same count
 * whether the rounds ran adaptively on one machine or every run up to the cap ran in shards and
 * the count is found afterwards: the summary always uses exactly that prefix.
 */
import { HOURS_PER_WEEK } from "../model/index.ts";
import { MIN_INTERVAL_RUNS, pairedDifference } from "./paired.ts";
import { LEVER_METRICS, RunTable } from "./run-table.ts";

/** Runs added to a lever per round, and the fewest it uses. */
export const LEVER_ROUND = 100;
/** A lever stops once its paired median weeks saved is known to ± this many weeks (95%). */
export const LEVER_PRECISION_WEEKS = 0.1;

/** The rounds' ends for `available` re-run runs: 100, 200, … and `available` itself. */
export function leverRoundEnds(available: number): number[] {
  const ends: number[] = [];
  for (let n = LEVER_ROUND; n < available; n += LEVER_ROUND) ends.push(n);
  if (available > 0) ends.push(available);
  return ends;
}

/** Whether lever `k`'s effect is settled on the first `n` runs of `table` (see the file's doc). */
export function leverSettled(table: RunTable, k: number, n: number): boolean {
  // The cap, not the runs this table holds: a shard's table must decide as the merged one will.
  const cap = table.layout.leverRuns ?? 0;
  for (let i = 0; i < table.layout.companies.length; i++) {
    for (const metric of LEVER_METRICS) {
      const levered = table.lever(k, i, metric).subarray(0, n);
      const d = pairedDifference(levered, table.scalar(i, metric).subarray(0, n), 1 / HOURS_PER_WEEK);
      if (d.median === null) continue; // censored at the median: more runs below the cap cannot place it
      if (d.decided < MIN_INTERVAL_RUNS && (d.decided / n) * cap < MIN_INTERVAL_RUNS) continue; // nor can they give it an interval
      if (d.low === null || d.high === null || d.high - d.low > 2 * LEVER_PRECISION_WEEKS) return false;
    }
  }
  return true;
}

/**
 * `table` with each lever's outcomes past the runs it uses ({@link leverStop}) set to NaN: exactly
 * what the summary reads, so the saved rows are the same bytes whether the rounds ran adaptively
 * on one machine or every run up to the cap ran in shards.
 */
export function trimLevers(table: RunTable): RunTable {
  const trimmed = new RunTable(table.layout, table.rows.slice());
  (table.layout.levers ?? []).forEach((_, k) => trimmed.clearLever(k, leverStop(table, k)));
  return trimmed;
}

/** The runs lever `k` uses: the end of the first round at which it is settled, or all its runs. */
export function leverStop(table: RunTable, k: number): number {
  const available = Math.min(table.runs, table.layout.leverRuns ?? 0);
  const ends = leverRoundEnds(available);
  for (const n of ends) if (leverSettled(table, k, n)) return n;
  return available;
}
