/**
 * Writes the charts and the HTML report of an output folder from results already in memory:
 *
 *   build the summary charts (those with data) → add the timeline of one run → render and write
 *   each chart's spec, SVG and PNG → drop charts left from an earlier build → write report.html.
 *
 * Kept apart from re-simulating the timeline's run (build-report.ts) so it needs no simulator.
 */
import { join } from "node:path";
import { DEFAULT_SIZE, summaryCharts, type DeckSize, type NamedChart } from "../charts/index.ts";
import type { TraceEvent } from "../model/types.ts";
import type { Summary } from "../montecarlo/types.ts";
import { writeFileAtomic } from "./atomic-write.ts";
import { browserLibraries } from "./browser-libraries.ts";
import { removeStaleCharts, writeChartFiles } from "./chart-files.ts";
import type { Manifest } from "./output-folder.ts";
import { reportHtml } from "./report-html.ts";
import { timelineChart } from "./timeline-chart.ts";

/** What a report is written from. */
export interface ReportInput {
  summary: Summary;
  manifest: Manifest;
  /** The trace of run 0 for the timeline chart; null to leave the timeline out. */
  trace: readonly TraceEvent[] | null;
  size?: DeckSize;
  /** Title and caption overrides by chart name. */
  text?: Record<string, { title?: string; caption?: string }>;
  /** Company the sweep overlays follow. */
  company?: string;
}

/** The charts a summary and trace give, in the order the report shows them. */
export function reportCharts(input: ReportInput): NamedChart[] {
  const { summary, trace } = input;
  const size = input.size ?? DEFAULT_SIZE;
  const charts = summaryCharts(summary, { size, text: input.text, company: input.company });
  const timeline =
    trace === null
      ? null
      : timelineChart(trace, {
          scenario: summary.scenario,
          companies: summary.points[0].companies.map((c) => c.name),
          horizonHours: summary.horizonWeeks * 168,
          seed: summary.seed,
          run: 0,
          version: summary.version,
          size,
        });
  return timeline === null ? charts : [...charts, { name: "timeline", spec: timeline }];
}

/**
 * Writes `charts/<name>.vl.json|.svg|.png` for every chart and `report.html` into `outDir`.
 * @returns the chart names written.
 * @throws Error when a file cannot be written (each file is written atomically, so none is half-written).
 */
export async function writeReport(outDir: string, input: ReportInput): Promise<string[]> {
  const charts = reportCharts(input);
  const chartDir = join(outDir, "charts");
  for (const chart of charts) await writeChartFiles(chartDir, chart.name, chart.spec);
  removeStaleCharts(chartDir, charts.map((c) => c.name));
  writeFileAtomic(join(outDir, "report.html"), reportHtml({ summary: input.summary, manifest: input.manifest, charts, libraries: browserLibraries() }));
  return charts.map((c) => c.name);
}
