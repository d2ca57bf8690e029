/**
 * Words and pages from a Summary: terminal tables, summary.md, report.html, the verdict, the
 * comparison of two folders and the command that reproduces a run. Never touches the disk.
 */
export { summaryMarkdown, summaryTables, briefCompanyTable, companyTable, comparisonsTable, leversTable, sensitivityTable, crossPointTable, speedPremiumTable, findings } from "./summary-tables.ts";
export { summaryMarkdownFile, noteChanges } from "./summary-changes.ts";
export { summaryTable, TERMINAL_WIDTH } from "./terminal-summary.ts";
export { decisionSentence, decisionTable } from "./decision-text.ts";
export { verdictSentence, verdictTable, headlineVerdicts, valueOfInformationTable } from "./verdict-text.ts";
export { renderTerminal, renderMarkdown, renderHtml, wrapText, cell, type Table, type Cell } from "./table-model.ts";
export { assumptionLines } from "./assumptions-text.ts";
export { reachLine, type ChangeReach } from "./reach-text.ts";
export { comparisonTables, sideNames, type FolderComparison, type AssumptionChange, type ResultChange, type MoneyChange, type VerdictChange, type VerdictNumbers } from "./comparison-tables.ts";
export { reproduceCommand, quote, type LeverSettings } from "./reproduce-command.ts";
export { reportHtml } from "./report-html.ts";
export { reportCharts, uniqueNames, type ReportInput } from "./report-charts.ts";
export { timelineChart, type TimelineContext } from "./timeline-chart.ts";
export { calibrateText, calibrateTable, skippedLines, sessionJson, CALIBRATE_FIELDS, CALIBRATE_NOTES, type NamedStats } from "./calibrate-text.ts";
export { calibratedOverlay, overlaySummary, durationText, type OverlayContext } from "./calibrated-overlay.ts";
export { replayText, replayTable, recordedAsLines, offeringLine, attentionLine, spanText, REPLAY_FIELDS, type RecordedAsText } from "./replay-text.ts";
