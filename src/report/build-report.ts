/**
 * `buildReport`: charts and report.html for an output folder, from its saved results:
 *
 *   read summary.json + manifest.json → parse the size → re-simulate run 0 of the scenario as
 *   written, with its trace, for the timeline → write charts and report (write-report.ts).
 */
import { ChartOptionError, DEFAULT_SIZE, parseSize, unknownCompanyMessage } from "../charts/index.ts";
import { simulate } from "../model/index.ts";
import { compileScenario } from "../scenario/index.ts";
import { readResults } from "./read-results.ts";
import { writeReport } from "./write-report.ts";

/** Options of {@link buildReport}. */
export interface BuildReportOptions {
  /** Chart size `WxH` in CSS pixels (PNG at 2×); 1280x720 by default. */
  size?: string;
  /**
   * Title and caption overrides by chart name (`--title`, `--caption`), over the scenario's
   * `charts:` section as run.
   */
  text?: Record<string, { title?: string; caption?: string }>;
  /** Company the sweep overlays follow (default: the last one). */
  company?: string;
}

/** The scenario's `charts:` words with the command line's on top, per chart and per field. */
export function chartWords(resolved: Record<string, unknown>, cli: Record<string, { title?: string; caption?: string }> = {}): Record<string, { title?: string; caption?: string }> {
  const fromFile = (resolved.charts ?? {}) as Record<string, { title?: string; caption?: string }>;
  const out: Record<string, { title?: string; caption?: string }> = {};
  for (const name of new Set([...Object.keys(fromFile), ...Object.keys(cli)])) out[name] = { ...fromFile[name], ...cli[name] };
  return out;
}

/**
 * Reads `summary.json` and `manifest.json` from `outDir` and writes `charts/` and `report.html`.
 * The timeline replays run 0 with `simulate(compileScenario(manifest.resolved), 0, { trace: true })`:
 * the model is deterministic in (seed, run), so it is the run the summary counted.
 * @returns the chart names written.
 * @throws ReportError (user-facing) for missing or unreadable results; ChartOptionError for a bad size or company.
 */
export async function buildReport(outDir: string, options: BuildReportOptions = {}): Promise<string[]> {
  const { summary, manifest } = readResults(outDir);
  const size = options.size === undefined ? DEFAULT_SIZE : parseSize(options.size);
  const companies = summary.points[0]?.companies.map((c) => c.name) ?? [];
  if (options.company !== undefined && !companies.includes(options.company)) throw new ChartOptionError(unknownCompanyMessage(options.company, companies));
  const scenario = compileScenario(manifest.resolved, manifest.file);
  const trace = simulate(scenario, 0, { trace: true }).trace ?? [];
  return writeReport(outDir, { summary, manifest, trace, size, text: chartWords(manifest.resolved, options.text), company: options.company });
}
