/**
 * Levers overlap the runs (issue 32): each point's first round of lever re-runs is handed to the
 * workers right behind its runs instead of after they are all back, and the result is the same
 * whatever order the blocks come back in — the same rows, and each lever stops after the same
 * number of runs as when the rounds waited for the runs.
 */
import { describe, expect, it } from "vitest";
import { BLOCK_RUNS, runBlock, simulatePoints, type BlockResult, type BlockRunner, type BlockTask, type RunTable } from "../../src/montecarlo/index.ts";
import { leverRoundEnds, leverSettled, leverStop } from "../../src/montecarlo/lever-stops.ts";
import { stream } from "../../src/random/index.ts";
import { expandSweep, loadScenario, parseVary, type SweepPoint } from "../../src/scenario/index.ts";

// catch-up at 250 runs: instant model calls and no rate limit settle after the first round of 100
// runs, instant reviews needs all 250 (three rounds, the last one short), steering-free changes
// nothing there (its column comes with the runs).
const scenario = loadScenario("scenarios/catch-up.yaml");
const LEVERS = ["instant-model", "steering-free", "instant-review", "no-rate-limit"];
const RUNS = 250;
/** The levers that change something in catch-up (at both speeds of the sweep below). */
const CHANGING = "instant-model,instant-review,no-rate-limit";

/** A runner that holds every block until the test hands it back (or fails it). */
function heldRunner() {
  const queued: BlockTask[] = [];
  const pending: { task: BlockTask; resolve: (r: BlockResult) => void; reject: (e: Error) => void }[] = [];
  const runner: BlockRunner = {
    run: (task) =>
      new Promise<BlockResult>((resolve, reject) => {
        queued.push(task);
        pending.push({ task, resolve, reject });
      }),
    close: async () => {},
  };
  return { runner, queued, pending };
}

// A block's rows depend only on its task: each is simulated once and handed back on every drive.
const simulated = new Map<string, BlockResult>();
function resultOf(task: BlockTask): BlockResult {
  const key = JSON.stringify({ ...task, resolved: undefined, point: JSON.stringify(task.resolved) });
  let result = simulated.get(key);
  if (result === undefined) simulated.set(key, (result = runBlock(task)));
  return { layout: result.layout, rows: result.rows.slice() };
}

const isLever = (task: BlockTask) => task.onlyLevers !== undefined;
const describeTask = (task: BlockTask) => `${task.start}-${task.end}${isLever(task) ? ` ${task.onlyLevers?.join(",")}` : ""}`;
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `points` on a held runner, handing back one pending block per turn: the one at index
 * `pick(pending count)` of those queued and not yet back (0 = in the order they were queued).
 */
async function drive(points: readonly SweepPoint[], pick: (pending: number) => number) {
  const held = heldRunner();
  let over = false;
  const tables = simulatePoints(points, { start: 0, end: RUNS, runner: held.runner, levers: LEVERS, leverRuns: RUNS });
  tables.then(
    () => (over = true),
    () => (over = true),
  );
  // Queued before any block came back.
  const queuedAtOnce = held.queued.map(describeTask);
  const handedBack: BlockTask[] = [];
  for (let idle = 0; !over; ) {
    await turn();
    if (held.pending.length === 0) {
      if (++idle > 1000) throw new Error("simulatePoints waits for no block and never ends");
      continue;
    }
    idle = 0;
    const [block] = held.pending.splice(pick(held.pending.length), 1);
    handedBack.push(block.task);
    block.resolve(resultOf(block.task));
  }
  return { tables: await tables, queued: held.queued, queuedAtOnce, handedBack };
}

const bytes = (table: RunTable) => Buffer.from(table.rows.buffer, table.rows.byteOffset, table.rows.byteLength);

/**
 * The lever blocks the rounds run when each waits for the one before (as before issue 32), read
 * off the finished table: a round of every lever not settled at an earlier round's end.
 */
function roundsOf(table: RunTable, changing: readonly string[]): string[] {
  let active = changing;
  const tasks: string[] = [];
  let from = 0;
  for (const to of leverRoundEnds(RUNS)) {
    for (let s = from; s < to; s += BLOCK_RUNS) tasks.push(`${s}-${Math.min(to, s + BLOCK_RUNS)} ${active.join(",")}`);
    from = to;
    active = active.filter((id) => !leverSettled(table, LEVERS.indexOf(id), to));
    if (active.length === 0) break;
  }
  return tasks;
}

describe("levers overlapping the runs", () => {
  const points = expandSweep(scenario);
  const changing = CHANGING.split(",");

  it("queues the first lever round right behind the runs, before any block is back", async () => {
    const { queuedAtOnce } = await drive(points, () => 0);
    const runs = Array.from({ length: RUNS / BLOCK_RUNS }, (_, b) => `${b * BLOCK_RUNS}-${(b + 1) * BLOCK_RUNS}`);
    expect(queuedAtOnce).toEqual([...runs, ...["0-25", "25-50", "50-75", "75-100"].map((r) => `${r} ${CHANGING}`)]);
  });

  it("gives the same rows and the same lever stops whatever order the blocks come back in", async () => {
    const inOrder = await drive(points, () => 0);
    const [reference] = inOrder.tables;
    // Each lever stops where it did before the overlap (and where a shard's table finds it afterwards).
    expect(LEVERS.map((_, k) => leverStop(reference, k))).toEqual([100, 100, 250, 100]);
    const leverTasks = (queued: BlockTask[]) => queued.filter(isLever).map(describeTask);
    expect(leverTasks(inOrder.queued)).toEqual(roundsOf(reference, changing));
    const rng = stream(7, "lever-overlap-test");
    const orders: [string, (n: number) => number][] = [
      ["newest first", (n) => n - 1],
      ["shuffled", (n) => Math.floor(rng() * n)],
      ["shuffled again", (n) => Math.floor(rng() * n)],
    ];
    for (const [name, pick] of orders) {
      const other = await drive(points, pick);
      expect(Buffer.compare(bytes(other.tables[0]), bytes(reference)), name).toBe(0);
      expect([...leverTasks(other.queued)].sort(), name).toEqual([...leverTasks(inOrder.queued)].sort());
    }
    // Newest first hands a lever block back before the runs it re-simulates: the table must wait for them.
    const newest = await drive(points, (n) => n - 1);
    const first = newest.handedBack.findIndex(isLever);
    const itsRuns = newest.handedBack.findIndex((t) => !isLever(t) && t.start === newest.handedBack[first].start);
    expect(first).toBeLessThan(itsRuns);
  });
});

describe("a sweep's lever blocks, Ctrl-C and failures", () => {
  const points = expandSweep(scenario, [parseVary("companies[B].agent.tokensPerSecond=300,1000")]);
  const start = () => {
    const held = heldRunner();
    const controller = new AbortController();
    const tables = simulatePoints(points, { start: 0, end: 2 * BLOCK_RUNS, runner: held.runner, levers: LEVERS, leverRuns: 2 * BLOCK_RUNS, signal: controller.signal });
    return { held, controller, tables };
  };
  /** Unhandled rejections while `body` runs and a few turns after. */
  async function unhandled(body: () => Promise<void>): Promise<unknown[]> {
    const seen: unknown[] = [];
    const note = (reason: unknown) => seen.push(reason);
    process.on("unhandledRejection", note);
    try {
      await body();
      for (let i = 0; i < 5; i++) await turn();
    } finally {
      process.off("unhandledRejection", note);
    }
    return seen;
  }
  const pointOf = (task: BlockTask) => (task.resolved === points[0].scenario.resolved ? 0 : 1);

  it("queues every point's runs first, then each point's first lever round", async () => {
    const { held, controller, tables } = start();
    expect(held.queued.map((t) => `${pointOf(t)}: ${describeTask(t)}`)).toEqual([
      "0: 0-25",
      "1: 0-25",
      "0: 25-50",
      "1: 25-50",
      `0: 0-25 ${CHANGING}`,
      `0: 25-50 ${CHANGING}`,
      `1: 0-25 ${CHANGING}`,
      `1: 25-50 ${CHANGING}`,
    ]);
    controller.abort(new Error("stopped"));
    for (const p of held.pending.splice(0)) p.reject(new Error("block runner closed"));
    await expect(tables).rejects.toThrow();
  });

  it("after Ctrl-C rejects with its reason, and lever blocks failing later are not unhandled", async () => {
    const seen = await unhandled(async () => {
      const { held, controller, tables } = start();
      const reason = new Error("interrupted");
      controller.abort(reason);
      // One block comes back after the abort (the run stops there), the pool's close fails the rest.
      held.pending.shift()?.resolve(resultOf(held.queued[0]));
      await expect(tables).rejects.toBe(reason);
      expect(held.pending.filter((p) => isLever(p.task)).length).toBeGreaterThan(0);
      for (const p of held.pending.splice(0)) p.reject(new Error("block runner closed"));
    });
    expect(seen).toEqual([]);
  });

  it("a failing lever block rejects the run with its error, once, and the others failing after it are not unhandled", async () => {
    const seen = await unhandled(async () => {
      const { held, tables } = start();
      const failure = new Error("worker crashed");
      const lever = held.pending.findIndex((p) => isLever(p.task));
      held.pending.splice(lever, 1)[0].reject(failure);
      await expect(tables).rejects.toBe(failure);
      for (const p of held.pending.splice(0)) p.reject(new Error("block runner closed"));
    });
    expect(seen).toEqual([]);
  });
});
