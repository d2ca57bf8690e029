/** `velocity replay --chart FILE`: the hours-saved chart of a replay, built and written. */
import { replaySavedSpec } from "../charts/index.ts";
import { writeChartFile } from "../report/chart-files.ts";
import type { ReplayResult } from "./replay.ts";

/**
 * Writes the chart of hours saved per session to `file` (`.svg`, `.png` or `.json`).
 * @throws ReportError (user-facing) for an unknown extension.
 */
export async function writeReplayChart(file: string, result: ReplayResult, version: string): Promise<void> {
  const spec = replaySavedSpec(
    result.sessions.map((s) => ({ session: s.name, recordedHours: s.recordedHours, savedHours: s.savedHours })),
    { offering: result.offering.name, savedHours: result.total.savedHours, recordedHours: result.total.recordedHours, version },
  );
  if (spec !== null) await writeChartFile(file, spec);
}
