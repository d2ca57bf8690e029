import { simulate } from "../model/index.ts";
// The portable entry: this module also runs in the browser explorer's Web Workers.
import { compileScenario, type Scenario } from "../scenario/portable.ts";
import { applyLever, leverChanges } from "./levers.ts";
import { LEVER_METRICS, layoutFor, packLeverOutcome, packLeverRun, packRun, type RowLayout } from "./run-table.ts";

/** A block of consecutive replications of one sweep point: the unit of work sent to a worker. */
export interface BlockTask {
  /** The point's resolved scenario tree (plain JSON: it crosses thread boundaries). */
  resolved: Record<string, unknown>;
  /** The scenario file, for messages. */
  file: string;
  /** First replication index, inclusive. */
  start: number;
  /** Last replication index, exclusive. */
  end: number;
  /** Lever ids to re-simulate (levers.ts); none when absent. */
  levers?: string[];
  /** Replications `0 … leverRuns − 1` are re-simulated with each lever. */
  leverRuns?: number;
  /**
   * Leave the re-runs of levers that change something to later lever blocks (their columns NaN):
   * lever-stops.ts decides how many runs each needs. Levers that change nothing are filled in.
   */
  deferLevers?: boolean;
  /**
   * A lever block: only re-simulate these levers (ids, each changing something) for the block's
   * runs; the rows hold, per run, per lever, per company, the hours of v1, takeoff and target.
   */
  onlyLevers?: string[];
}

/** The packed runs of a block, in replication order. */
export interface BlockResult {
  layout: RowLayout;
  rows: Float64Array;
}

// Compiling a scenario builds its samplers; a worker sees the same few trees many times.
const compiled = new Map<string, Scenario>();

function scenarioFor(task: BlockTask, lever?: string): Scenario {
  const key = `${lever ?? ""}\n${JSON.stringify(task.resolved)}`;
  let scenario = compiled.get(key);
  if (!scenario) {
    scenario = lever === undefined ? compileScenario(task.resolved, task.file) : applyLever(scenarioFor(task), lever);
    compiled.set(key, scenario);
  }
  return scenario;
}

/**
 * Simulates replications `start … end − 1` and packs them as rows; each run below `leverRuns` is
 * also re-simulated once per lever (same seed, same run: the same random numbers).
 */
export function runBlock(task: BlockTask): BlockResult {
  const steps = blockSteps(task);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `runBlock` one simulation at a time: the generator pauses after each replication and each lever
 * re-run, so a caller on the main thread can let a Ctrl-C in between (a block of 25 grounded runs
 * with every lever is seconds of work). The result is the same as `runBlock`'s.
 */
export function* blockSteps(task: BlockTask): Generator<void, BlockResult, void> {
  if (task.onlyLevers !== undefined) return yield* leverSteps(task, task.onlyLevers);
  const scenario = scenarioFor(task);
  const levers = task.levers ?? [];
  const leverRuns = levers.length ? (task.leverRuns ?? 0) : 0;
  // A lever that changes nothing (the cost is already free) gives exactly the runs as they were.
  const leverScenarios = levers.map((id) => (leverChanges(scenario, id) ? scenarioFor(task, id) : null));
  let layout: RowLayout | undefined;
  let rows = new Float64Array(0);
  const noLimit = levers.indexOf("no-rate-limit");
  const stats = { events: 0, rateLimitWait: 0 };
  for (let run = task.start; run < task.end; run++) {
    const result = simulate(scenario, run, { stats });
    yield;
    if (!layout) {
      layout = layoutFor(result, levers, leverRuns);
      rows = new Float64Array(layout.width * (task.end - task.start));
    }
    const offset = (run - task.start) * layout.width;
    packRun(result, layout, rows, offset);
    for (let k = 0; k < leverScenarios.length; k++) {
      const levered = leverScenarios[k];
      // Without a rate limit this run is the same run when no call ever waited for the limit.
      const same = levered === null || (k === noLimit && stats.rateLimitWait === 0);
      if (run >= leverRuns || (task.deferLevers === true && levered !== null)) packLeverRun(null, layout, k, rows, offset);
      else if (same) packLeverRun(result, layout, k, rows, offset);
      else {
        packLeverRun(simulate(levered, run), layout, k, rows, offset);
        yield;
      }
    }
  }
  if (!layout) throw new RangeError(`runBlock: empty block ${task.start}…${task.end}`);
  return { layout, rows };
}

/** Values per run of a lever block: per lever, per company, v1, takeoff and target hours. */
export function leverBlockWidth(levers: number, companies: number): number {
  return levers * companies * LEVER_METRICS.length;
}

/** A lever block's steps: each run re-simulated with each of `levers`, packed lever by lever. */
function* leverSteps(task: BlockTask, levers: readonly string[]): Generator<void, BlockResult, void> {
  const scenarios = levers.map((id) => scenarioFor(task, id));
  const companies = scenarioFor(task).companies.length;
  const width = leverBlockWidth(levers.length, companies);
  const rows = new Float64Array(width * (task.end - task.start));
  let layout: RowLayout | undefined;
  for (let run = task.start; run < task.end; run++) {
    for (let k = 0; k < scenarios.length; k++) {
      const result = simulate(scenarios[k], run);
      layout ??= layoutFor(result);
      packLeverOutcome(result, companies, rows, (run - task.start) * width + leverBlockWidth(k, companies));
      yield;
    }
  }
  if (!layout) throw new RangeError(`runBlock: empty lever block ${task.start}…${task.end}`);
  return { layout: { ...layout, width }, rows };
}
