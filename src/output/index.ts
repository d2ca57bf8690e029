/**
 * The output folder on disk: transactions (built aside, swapped in whole), shards, runs.csv, the
 * data files, chart files and reading results back. It writes bytes it is handed and never renders:
 * words come from src/report, charts are rendered by src/charts, and src/run calls them in order.
 */
export { writeFileAtomic } from "./atomic-write.ts";
export { OutputFolderError } from "./folder-errors.ts";
export { openOutputFolder, readFilesList, FILES_LIST, type FolderOwner, type OutputFolderTransaction } from "./folder-transaction.ts";
export { writeOutputFolder, writeTiming, stableJson, type Manifest, type Timing, type OutputData } from "./output-folder.ts";
export { runsCsv, writeRunsCsv, csvCell, roundForOutput } from "./runs-csv.ts";
export { writeShardFolder, readShardFolder, MergeError, type CheckedShard } from "./shard-folder.ts";
export { readResults, type SavedResults } from "./read-results.ts";
export { readBounded, BoundedReadError, MAX_SUMMARY_BYTES } from "./read-bounded.ts";
export { readRunRows, writeRunRows, ROWS_DIR } from "./run-rows.ts";
export { ReportError, badResultMessage } from "./report-errors.ts";
export { writeChartFiles, chartFileFormat, CHART_EXTENSIONS, type ChartFiles, type ChartFileFormat } from "./chart-files.ts";
export { browserLibraries, type BrowserLibraries } from "./browser-libraries.ts";
