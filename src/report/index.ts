/** Writes output folders: data files, shards and merges, charts and the HTML report. */
export { writeFileAtomic } from "./atomic-write.ts";
export { writeOutputFolder, writeShardFolder, readShardFolder, runsCsv, summaryMarkdown, roundForOutput, type Manifest, type Timing } from "./output-folder.ts";
export { runScenario, reproduceCommand, NothingToSweepError, type RunScenarioOptions, type RunScenarioResult } from "./run-scenario.ts";
export { mergeShards, MergeError } from "./merge-shards.ts";
