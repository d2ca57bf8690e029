/** Writes output folders: data files, shards and merges, charts and the HTML report. */
export { writeFileAtomic } from "./atomic-write.ts";
export { checkOutputFolder, OutputFolderError, writeOutputFolder, writeShardFolder, readShardFolder, runsCsv, summaryMarkdown, roundForOutput, type Manifest, type Timing } from "./output-folder.ts";
export { reproduceCommand, quote } from "./reproduce-command.ts";
export { runScenario, manifestFor, NothingToSweepError, type RunScenarioOptions, type RunScenarioResult } from "./run-scenario.ts";
export { mergeShards, MergeError } from "./merge-shards.ts";
export { buildReport, type BuildReportOptions } from "./build-report.ts";
export { writeReport, reportCharts, type ReportInput } from "./write-report.ts";
export { writeTimelineChart, timelineChart, type TimelineContext } from "./timeline-chart.ts";
export { readResults, type SavedResults } from "./read-results.ts";
export { ReportError } from "./report-errors.ts";
