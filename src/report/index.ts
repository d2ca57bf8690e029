/** Writes output folders: data files, shards and merges, charts and the HTML report. */
export * from "./data-files.ts";
export { buildReport, rebuildReport, type BuildReportOptions, type RebuildReportOptions } from "./build-report.ts";
export { writeReport, reportCharts, uniqueNames, type ReportInput } from "./write-report.ts";
export { writeTimelineChart, timelineChart, type TimelineContext } from "./timeline-chart.ts";
export { readResults, type SavedResults } from "./read-results.ts";
export { ReportError } from "./report-errors.ts";
