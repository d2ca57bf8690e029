/**
 * Charts and report.html for an output folder, from its saved results:
 *
 *   read summary.json + manifest.json (checked) → parse the size → re-simulate run 0 of the
 *   scenario as written, with its trace, for the timeline → write charts and report (write-report.ts).
 *
 * `buildReport` writes into a folder being built (a transaction's temporary folder);
 * `rebuildReport` is `velocity report`: it rebuilds a finished folder (or writes a copy with --out)
 * as a transaction of its own, so an interrupted rebuild leaves the old charts whole.
 */
import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { ChartOptionError, DEFAULT_SIZE, parseSize, unknownCompanyMessage } from "../charts/index.ts";
import { simulate } from "../model/index.ts";
import { compileScenario } from "../scenario/index.ts";
import { openOutputFolder, readFilesList, readResults, ReportError, badResultMessage } from "../output/index.ts";
import { writeReport } from "./write-report.ts";

/** Options of {@link buildReport}. */
export interface BuildReportOptions {
  /** Chart size `WxH` in CSS pixels (PNG at 2×); 1280x720 by default. */
  size?: string;
  /** Read the results from this folder instead of `outDir`. */
  source?: string;
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
 * @throws ReportError (user-facing) for missing, unreadable or damaged results; ChartOptionError for a bad size or company.
 */
export async function buildReport(outDir: string, options: BuildReportOptions = {}): Promise<string[]> {
  const source = options.source ?? outDir;
  const { summary, manifest } = readResults(source);
  const size = options.size === undefined ? DEFAULT_SIZE : parseSize(options.size);
  const companies = summary.points[0]?.companies.map((c) => c.name) ?? [];
  if (options.company !== undefined && !companies.includes(options.company)) throw new ChartOptionError(unknownCompanyMessage(options.company, companies));
  let scenario;
  try {
    scenario = compileScenario(manifest.resolved, manifest.file);
  } catch (error) {
    throw new ReportError(badResultMessage(join(source, "manifest.json"), `a resolved scenario that does not compile (${(error as Error).message})`));
  }
  const trace = simulate(scenario, 0, { trace: true }).trace ?? [];
  return writeReport(outDir, { summary, manifest, trace, size, text: chartWords(manifest.resolved, options.text), company: options.company });
}

/** The data files of an output folder, which a rebuilt report keeps as they are. */
const DATA_FILES = ["summary.json", "summary.md", "runs.csv", "manifest.json", "timing.json"];

/** Options of {@link rebuildReport}. */
export interface RebuildReportOptions extends BuildReportOptions {
  /** Write the rebuilt folder here (data files copied) instead of rebuilding `dir` in place. */
  out?: string;
  /** Replace a folder that would be refused (the old one is kept as `<out>.old`). */
  force?: boolean;
  signal?: AbortSignal;
}

/**
 * `velocity report DIR`: rebuilds charts/ and report.html of a finished output folder, as a
 * transaction. In place, files velocity did not write are kept (outside charts/); with `out`, the
 * data files are copied to a new folder that gets the charts.
 * @returns the chart names and the folder written.
 * @throws ReportError for missing or damaged results; OutputFolderError when the folder may not be written.
 */
export async function rebuildReport(dir: string, options: RebuildReportOptions = {}): Promise<{ charts: string[]; outDir: string }> {
  const { manifest } = readResults(dir);
  if (options.size !== undefined) parseSize(options.size);
  const list = readFilesList(dir);
  const owner = { kind: "results" as const, scenario: list?.scenario ?? manifest.scenario, file: list?.file ?? manifest.file };
  const outDir = options.out ?? dir;
  const inPlace = options.out === undefined;
  const folder = openOutputFolder(outDir, owner, inPlace ? { carry: { rebuilt: ["charts", "report.html"] }, force: options.force } : { force: options.force, inputs: [dir] });
  try {
    // In place, velocity's own data files are rewritten as they are; any other file is carried over.
    for (const file of DATA_FILES) {
      if (existsSync(join(dir, file)) && (!inPlace || list?.files.includes(file) === true)) copyFileSync(join(dir, file), join(folder.temp, file));
    }
    const charts = await buildReport(folder.temp, { size: options.size, source: dir, text: options.text, company: options.company });
    folder.commit(options.signal);
    return { charts, outDir };
  } finally {
    folder.abort();
  }
}
