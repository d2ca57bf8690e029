/**
 * The charts of a report, in the order it shows them: the summary's charts (those with data), then
 * the timeline of one run, each under a file name no other chart has. Pure: specs in, specs out.
 */
import { DEFAULT_SIZE, summaryCharts, type DeckSize, type NamedChart } from "../charts/index.ts";
import type { TraceEvent } from "../model/types.ts";
import type { Summary } from "../montecarlo/types.ts";
import type { Manifest } from "../output/index.ts";
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
  return uniqueNames(timeline === null ? charts : [...charts, { name: "timeline", spec: timeline }]);
}

/**
 * Chart names made unique ignoring case (file systems that fold case included): a repeated name gets
 * `-2`, `-3`, … so companies whose names give the same file name (`Ä` and `Ö` both give `x`) keep
 * separate files.
 */
export function uniqueNames(charts: readonly NamedChart[]): NamedChart[] {
  const taken = new Set<string>();
  return charts.map((chart) => {
    let name = chart.name;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${chart.name}-${i}`;
    taken.add(name.toLowerCase());
    return name === chart.name ? chart : { ...chart, name };
  });
}
