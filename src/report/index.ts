/** Writes output folders: data files, shards and merges, charts and the HTML report. */
export * from "./data-files.ts";
export { buildReport, rebuildReport, chartWords, type BuildReportOptions, type RebuildReportOptions } from "./build-report.ts";
export { writeReport, reportCharts, uniqueNames, type ReportInput } from "./write-report.ts";
export { writeTimelineChart, timelineChart, type TimelineContext } from "./timeline-chart.ts";
export { readResults, type SavedResults } from "./read-results.ts";
export { ReportError } from "./report-errors.ts";
export { summaryMarkdown, summaryTables, briefCompanyTable, companyTable, comparisonsTable, leversTable, sensitivityTable, crossPointTable, speedPremiumTable, findings } from "./summary-tables.ts";
export { verdictSentence, verdictTable, headlineVerdicts } from "./verdict-text.ts";
export { renderTerminal, renderMarkdown, renderHtml, cell, type Table, type Cell } from "./table-model.ts";
export { compareFolders, comparisonTables, assumptionChanges, flatten, csvFields, type FolderComparison, type AssumptionChange, type ResultChange } from "./compare-folders.ts";
