/** Writes output folders: data files, shards and merges, charts and the HTML report. */
export { writeFileAtomic } from "./atomic-write.ts";
export { OutputFolderError } from "./folder-errors.ts";
export { openOutputFolder, readFilesList, FILES_LIST, type FolderOwner, type OutputFolderTransaction } from "./folder-transaction.ts";
export { writeOutputFolder, summaryMarkdown, stableJson, type Manifest, type Timing } from "./output-folder.ts";
export { runsCsv, writeRunsCsv, csvCell, roundForOutput } from "./runs-csv.ts";
export { writeShardFolder, readShardFolder, type CheckedShard } from "./shard-folder.ts";
export { runScenario, reproduceCommand, manifestFor, defaultOutDir, NothingToSweepError, type RunScenarioOptions, type RunScenarioResult } from "./run-scenario.ts";
export { mergeShards, MergeError, type MergeOptions } from "./merge-shards.ts";
export { buildReport, rebuildReport, type BuildReportOptions, type RebuildReportOptions } from "./build-report.ts";
export { writeReport, reportCharts, uniqueNames, type ReportInput } from "./write-report.ts";
export { writeTimelineChart, timelineChart, type TimelineContext } from "./timeline-chart.ts";
export { readResults, type SavedResults } from "./read-results.ts";
export { ReportError } from "./report-errors.ts";
