/** Writes output folders: data files, shards and merges, charts and the HTML report. */
export { writeFileAtomic } from "./atomic-write.ts";
export { checkOutputFolder, OutputFolderError, writeOutputFolder, writeShardFolder, readShardFolder, runsCsv, roundForOutput, type Manifest, type Timing } from "./output-folder.ts";
export { reproduceCommand, quote, type LeverSettings } from "./reproduce-command.ts";
export { runScenario, manifestFor, NothingToSweepError, type RunScenarioOptions, type RunScenarioResult } from "./run-scenario.ts";
export { mergeShards, MergeError } from "./merge-shards.ts";
export { buildReport, chartWords, type BuildReportOptions } from "./build-report.ts";
export { writeReport, reportCharts, type ReportInput } from "./write-report.ts";
export { writeTimelineChart, timelineChart, type TimelineContext } from "./timeline-chart.ts";
export { readResults, type SavedResults } from "./read-results.ts";
export { ReportError } from "./report-errors.ts";
export { summaryMarkdown, summaryTables, briefCompanyTable, companyTable, comparisonsTable, leversTable, sensitivityTable, crossPointTable, speedPremiumTable, findings } from "./summary-tables.ts";
export { renderTerminal, renderMarkdown, renderHtml, cell, type Table, type Cell } from "./table-model.ts";
export { compareFolders, comparisonTables, assumptionChanges, flatten, csvFields, type FolderComparison, type AssumptionChange, type ResultChange } from "./compare-folders.ts";
