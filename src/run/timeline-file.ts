/** `velocity trace --chart FILE`: the timeline of one run, rendered and written to one file. */
import { renderPng, renderSvg } from "../charts/index.ts";
import type { TraceEvent } from "../model/types.ts";
import { chartFileFormat, writeFileAtomic } from "../output/index.ts";
import { timelineChart, type TimelineContext } from "../report/index.ts";

/**
 * Writes the timeline of one run to `file` (`.svg`, `.png` at 2×, or `.json` for the Vega-Lite
 * spec). An empty trace writes nothing.
 * @returns whether a chart was written.
 * @throws ReportError (user-facing) for an unknown extension, before anything is rendered.
 */
export async function writeTimelineChart(file: string, trace: readonly TraceEvent[], context: TimelineContext): Promise<boolean> {
  const format = chartFileFormat(file);
  const spec = timelineChart(trace, context);
  if (spec === null) return false;
  if (format === "json") writeFileAtomic(file, `${JSON.stringify(spec, null, 2)}\n`);
  else {
    const svg = await renderSvg(spec);
    writeFileAtomic(file, format === "svg" ? svg : renderPng(svg));
  }
  return true;
}
