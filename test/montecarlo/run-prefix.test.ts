/**
 * The runs a provisional answer rests on: a prefix of the run order, reported only when every
 * point has it, whatever order the blocks come back in; its rows are the final rows.
 */
import { describe, expect, it } from "vitest";
import { BLOCK_RUNS, runBlock, simulatePoints, type BlockRunner, type BlockTask, type RunTable } from "../../src/montecarlo/index.ts";
import { expandSweep, loadScenario, parseVary } from "../../src/scenario/index.ts";

const scenario = loadScenario("scenarios/seed-article.yaml");

/**
 * A runner that waits for all `count` blocks, then hands them back one per turn in the order
 * `order` gives (a key per block's place in the queue, smallest first).
 */
function shuffledRunner(count: number, order: (queued: number) => number): { runner: BlockRunner; queued: BlockTask[] } {
  const queued: BlockTask[] = [];
  const pending: { task: BlockTask; resolve: (r: ReturnType<typeof runBlock>) => void }[] = [];
  const runner: BlockRunner = {
    run: (task) =>
      new Promise((resolve) => {
        queued.push(task);
        pending.push({ task, resolve });
        // Once every block is queued, hand them back in the chosen order, one per turn.
        if (pending.length === count) {
          const sorted = pending.map((p, i) => ({ p, key: order(i) })).sort((a, b) => a.key - b.key);
          sorted.reduce((chain, { p }) => chain.then(() => new Promise<void>((r) => setImmediate(() => (p.resolve(runBlock(p.task)), r())))), Promise.resolve());
        }
      }),
    close: async () => {},
  };
  return { runner, queued };
}

describe("simulatePoints' prefix of finished runs", () => {
  it("grows only over runs with no gap before them, and its rows are the final ones", async () => {
    const runs = 4 * BLOCK_RUNS + 10; // five blocks, the last one short
    const points = expandSweep(scenario);
    const made = shuffledRunner(5, (i) => [3, 0, 4, 2, 1][i]);
    const seen: { runs: number; rows: Float64Array }[] = [];
    const [table] = await simulatePoints(points, {
      start: 0,
      end: runs,
      runner: made.runner,
      onPrefix: (n, tables) => seen.push({ runs: n, rows: tables[0].rows.slice() }),
    });
    // Blocks arrive 1, 4, 3, 0, 2: nothing until block 0, then 0–1, then all five.
    expect(seen.map((s) => s.runs)).toEqual([2 * BLOCK_RUNS, runs]);
    for (const s of seen) expect(s.rows).toEqual(table.rows.subarray(0, s.runs * table.layout.width));
  });

  it("on a sweep, sends block k of every point before block k + 1, and waits for every point", async () => {
    const points = expandSweep(scenario, [parseVary("companies[B].agent.tokensPerSecond=300,1000")]);
    // Point 0's blocks first, then point 1's: a prefix needs both.
    const made = shuffledRunner(4, (i) => (i % 2) * 100 + i);
    const seen: number[] = [];
    const tables: RunTable[] = await simulatePoints(points, { start: 0, end: 2 * BLOCK_RUNS, runner: made.runner, onPrefix: (n, t) => (seen.push(n), expect(t).toHaveLength(2)) });
    expect(made.queued.map((t) => [t.start, t.resolved === points[0].scenario.resolved ? 0 : 1])).toEqual([
      [0, 0],
      [0, 1],
      [BLOCK_RUNS, 0],
      [BLOCK_RUNS, 1],
    ]);
    // Point 1's first block comes back only after all of point 0's: the first prefix is then one block.
    expect(seen).toEqual([BLOCK_RUNS, 2 * BLOCK_RUNS]);
    expect(tables).toHaveLength(2);
  });
});
