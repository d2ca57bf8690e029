/**
 * The run layer without charts: a run, shards, merges and compare. Loads no chart, HTML or vega
 * code (half of Node's start-up work for a `run --no-charts`), so the CLI imports this for
 * everything but charts and the HTML report; `index.ts` names it all too.
 */
export { runScenario, manifestFor, defaultOutDir, sweepOutDir, NothingToSweepError, type RunScenarioOptions, type RunScenarioResult } from "./run-scenario.ts";
export { mergeShards, MergeError, type MergeOptions } from "./merge-shards.ts";
export { repriceFolder, type RepriceOptions, type RepriceResult } from "./reprice-folder.ts";
export { traceRun, type TracedRun } from "./trace-run.ts";
export { compareFolders, compareTables, assumptionChanges, flatten, csvFields } from "./compare-folders.ts";
export { runCalibrate, shownName, type CalibrateOptions, type CalibrateResult } from "./calibrate.ts";
export { runReplay, catalogueName, replayOffering, REPLAY_LIMITS, BUNDLED_CATALOGUE, REFERENCE_MODEL, type ReplayOptions, type ReplayResult, type RecordedAs } from "./replay.ts";
