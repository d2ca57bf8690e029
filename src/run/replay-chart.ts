/** `velocity replay --chart FILE`: the hours-saved chart of a replay, rendered and written to one file. */
import { renderPng, renderSvg, replaySavedSpec } from "../charts/index.ts";
import { chartFileFormat, writeFileAtomic } from "../output/index.ts";
import type { ReplayResult } from "./replay.ts";

/**
 * Writes the chart of hours saved per session to `file` (`.svg`, `.png` at 2×, or `.json` for the
 * Vega-Lite spec).
 * @throws ReportError (user-facing) for an unknown extension, before anything is rendered.
 */
export async function writeReplayChart(file: string, result: ReplayResult, version: string): Promise<void> {
  const format = chartFileFormat(file);
  const spec = replaySavedSpec(
    result.sessions.map((s) => ({ session: s.name, recordedHours: s.recordedHours, savedHours: s.savedHours })),
    { offering: result.offering.name, savedHours: result.total.savedHours, recordedHours: result.total.recordedHours, version },
  );
  if (spec === null) return;
  if (format === "json") writeFileAtomic(file, `${JSON.stringify(spec, null, 2)}\n`);
  else {
    const svg = await renderSvg(spec);
    writeFileAtomic(file, format === "svg" ? svg : renderPng(svg));
  }
}
