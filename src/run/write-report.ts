/**
 * Writes the charts and the HTML report of an output folder from results already in memory:
 *
 *   the report's charts (src/report/report-charts.ts) → render each to SVG and PNG (the PNGs in
 *   resvg's thread pool, overlapping the next SVG) → write its
 *   spec, SVG and PNG → word report.html around them → write it.
 *
 * It writes into a fresh folder (an output-folder transaction's temporary one), so no chart of an
 * earlier build is left over and nothing is ever deleted.
 *
 * Kept apart from re-simulating the timeline's run (build-report.ts) so it needs no simulator.
 */
import { join } from "node:path";
import { renderCharts } from "../charts/index.ts";
import { browserLibraries, writeChartFiles, writeFileAtomic } from "../output/index.ts";
import { reportCharts, reportHtml, type ReportInput } from "../report/index.ts";

/**
 * Writes `charts/<name>.vl.json|.svg|.png` for every chart and `report.html` into `outDir`.
 * @returns the chart names written.
 * @throws Error when a file cannot be written (each file is written atomically, so none is half-written).
 */
export async function writeReport(outDir: string, input: ReportInput): Promise<string[]> {
  const charts = reportCharts(input);
  const chartDir = join(outDir, "charts");
  const rendered = await renderCharts(charts.map((c) => c.spec));
  charts.forEach((chart, i) => writeChartFiles(chartDir, chart.name, rendered[i]));
  writeFileAtomic(join(outDir, "report.html"), reportHtml({ summary: input.summary, manifest: input.manifest, charts, libraries: browserLibraries() }));
  return charts.map((c) => c.name);
}
