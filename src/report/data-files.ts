/**
 * The report layer without charts: runs, shards, merges and the data files of an output folder.
 * Loads no chart, HTML or vega code (half of Node's start-up work for a `run --no-charts`), so the
 * CLI imports this for everything but charts and the HTML report; `index.ts` names it all too.
 */
export { writeFileAtomic } from "./atomic-write.ts";
export { OutputFolderError } from "./folder-errors.ts";
export { openOutputFolder, readFilesList, FILES_LIST, type FolderOwner, type OutputFolderTransaction } from "./folder-transaction.ts";
export { writeOutputFolder, stableJson, type Manifest, type Timing } from "./output-folder.ts";
export { runsCsv, writeRunsCsv, csvCell, roundForOutput } from "./runs-csv.ts";
export { writeShardFolder, readShardFolder, type CheckedShard } from "./shard-folder.ts";
export { reproduceCommand, quote, type LeverSettings } from "./reproduce-command.ts";
export { runScenario, manifestFor, defaultOutDir, NothingToSweepError, type RunScenarioOptions, type RunScenarioResult } from "./run-scenario.ts";
export { mergeShards, MergeError, type MergeOptions } from "./merge-shards.ts";
