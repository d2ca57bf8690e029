/**
 * A run, sweep, shard, merge, compare, report rebuild, calibrate or replay, end to end: the only place that calls the
 * other layers in order (scenario → montecarlo → report for words → output for bytes).
 */
export * from "./without-charts.ts";
export { buildReport, rebuildReport, chartWords, type BuildReportOptions, type RebuildReportOptions } from "./build-report.ts";
export { writeReport } from "./write-report.ts";
export { writeTimelineChart } from "./timeline-file.ts";
export { writeReplayChart } from "./replay-chart.ts";
