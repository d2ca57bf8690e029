import { simulate } from "../model/index.ts";
// The portable entry: this module also runs in the browser explorer's Web Workers.
import { compileScenario, type Scenario } from "../scenario/portable.ts";
import { layoutFor, packRun, type RowLayout } from "./run-table.ts";

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
}

/** The packed runs of a block, in replication order. */
export interface BlockResult {
  layout: RowLayout;
  rows: Float64Array;
}

// Compiling a scenario builds its samplers; a worker sees the same few trees many times.
const compiled = new Map<string, Scenario>();

function scenarioFor(task: BlockTask): Scenario {
  const key = JSON.stringify(task.resolved);
  let scenario = compiled.get(key);
  if (!scenario) {
    scenario = compileScenario(task.resolved, task.file);
    compiled.set(key, scenario);
  }
  return scenario;
}

/** Simulates replications `start … end − 1` and packs them as rows. */
export function runBlock(task: BlockTask): BlockResult {
  const scenario = scenarioFor(task);
  let layout: RowLayout | undefined;
  let rows = new Float64Array(0);
  for (let run = task.start; run < task.end; run++) {
    const result = simulate(scenario, run);
    if (!layout) {
      layout = layoutFor(result);
      rows = new Float64Array(layout.width * (task.end - task.start));
    }
    packRun(result, layout, rows, (run - task.start) * layout.width);
  }
  if (!layout) throw new RangeError(`runBlock: empty block ${task.start}…${task.end}`);
  return { layout, rows };
}
