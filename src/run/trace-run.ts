/**
 * `velocity trace`, end to end: load the scenario as written (with --set) → simulate one
 * replication with its event log. The CLI prints it or hands it to `writeTimelineChart`.
 */
import { simulate, type RunResult } from "../model/index.ts";
import { loadScenario, type Scenario } from "../scenario/index.ts";

/** One replication with its trace, and the scenario it ran. */
export interface TracedRun {
  scenario: Scenario;
  result: RunResult;
}

/**
 * Runs replication `run` of the scenario in `file` (before any sweep) with its trace.
 * @throws ScenarioError (user-facing) for a bad file or --set; RunawayRunError for a run past its event cap.
 */
export function traceRun(file: string, options: { run: number; set?: readonly string[] }): TracedRun {
  const scenario = loadScenario(file, { set: [...(options.set ?? [])] });
  return { scenario, result: simulate(scenario, options.run, { trace: true }) };
}
