/**
 * The report layer without charts: runs, shards, merges and the data files of an output folder.
 * Loads no chart, HTML or vega code (half of Node's start-up work for a `run --no-charts`), so the
 * CLI imports this for everything but charts and the HTML report; `index.ts` names it all too.
 */
export { writeFileAtomic } from "./atomic-write.ts";
export { checkOutputFolder, OutputFolderError, writeOutputFolder, writeShardFolder, readShardFolder, runsCsv, summaryMarkdown, roundForOutput, type Manifest, type Timing } from "./output-folder.ts";
export { runScenario, reproduceCommand, manifestFor, NothingToSweepError, type RunScenarioOptions, type RunScenarioResult } from "./run-scenario.ts";
export { mergeShards, MergeError } from "./merge-shards.ts";
