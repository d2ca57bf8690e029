/**
 * `velocity reprice DIR --set <price>`: a change of prices answered from a saved folder, in about a
 * second. Price never feeds back into the timeline, so the folder's runs are the runs a re-run at
 * the new prices would simulate; only their bills are priced again (src/montecarlo/reprice.ts).
 *
 *   read the folder (manifest, rows at full precision) → check every --set is a price
 *   → the scenario with the new prices (its resolved tree, --set applied as the run would)
 *   → price each point's rows again → summarise → word → write a new folder
 *
 * The new folder's summary.json and runs.csv are byte for byte those of `velocity run` with the
 * same `--set` added (a test checks).
 */
import { pricesOf } from "../model/index.ts";
import { buildSummary, isPricePath, notAPriceMessage, RepriceError, repriceTable, type Summary } from "../montecarlo/index.ts";
import { openOutputFolder, readResults, readRunRows, writeOutputFolder, type Manifest } from "../output/index.ts";
import { summaryMarkdownFile } from "../report/summary-changes.ts";
import { compileScenario, expandSweep, parseVary, setResolved, type Lineage, type Scenario } from "../scenario/index.ts";
import { manifestFor } from "./run-scenario.ts";

/** Options of {@link repriceFolder}. */
export interface RepriceOptions {
  /** The saved output folder (written by `velocity run` or `merge`). */
  dir: string;
  /** `path=value` price changes, as `--set` writes them. */
  set: readonly string[];
  /** Where to write (default: `<dir>-repriced`). */
  outDir?: string;
  /** The version that words the summary (as a re-run would). */
  version: string;
  force?: boolean;
  /** Writes more files (charts, report) into the folder before it is swapped in. */
  finish?: (tempDir: string) => Promise<void>;
  signal?: AbortSignal;
}

/** What {@link repriceFolder} wrote. */
export interface RepriceResult {
  outDir: string;
  summary: Summary;
  manifest: Manifest;
  runs: number;
  wallSeconds: number;
  keptAs?: string;
}

/**
 * Prices a saved folder's runs again and writes them as a new folder.
 * @throws RepriceError (one line, exit 2) for a --set that is not a price or runs where a company
 *   switched offering; ReportError for a folder that cannot be read; ScenarioError for a bad --set.
 */
export async function repriceFolder(options: RepriceOptions): Promise<RepriceResult> {
  const started = performance.now();
  for (const assignment of options.set) {
    const path = assignment.slice(0, Math.max(0, assignment.indexOf("="))).trim() || assignment;
    if (!isPricePath(path)) throw new RepriceError(notAPriceMessage(path));
  }
  const { manifest } = readResults(options.dir);
  const saved = manifest as Manifest;
  const compiled = compileScenario(saved.resolved, saved.file);
  const base: Scenario = saved.lineage === undefined ? compiled : { ...compiled, lineage: saved.lineage as Lineage };
  const vary = (saved.vary ?? []).map(parseVary);
  const before = expandSweep(base, vary);
  const scenario = setResolved(base, options.set);
  const points = expandSweep(scenario, vary);
  const tables = readRunRows(options.dir, before.length, saved.runs, base.companies.map((c) => c.name));
  const repriced = tables.map((table, p) => repriceTable(table, points[p].scenario.companies.map((c) => pricesOf(c.agent))));
  const summary = buildSummary(scenario, points, repriced, options.version, { baseline: saved.baseline });
  const manifestNow = manifestFor(scenario, points, saved.runs, {
    file: saved.file,
    set: [...(saved.set ?? []), ...options.set],
    vary: saved.vary ?? [],
    workers: 0,
    version: options.version,
    ...(saved.levers === undefined ? {} : { levers: saved.levers }),
    ...(saved.leverRuns === undefined ? {} : { leverRuns: saved.leverRuns }),
    ...(saved.baseline === undefined ? {} : { baseline: saved.baseline }),
  });
  const outDir = options.outDir ?? `${options.dir.replace(/\/+$/, "")}-repriced`;
  const folder = openOutputFolder(outDir, { kind: "results", scenario: scenario.name, file: saved.file }, { force: options.force });
  try {
    const wallSeconds = (performance.now() - started) / 1000;
    writeOutputFolder(folder.temp, {
      summary,
      manifest: manifestNow,
      tables: repriced,
      labels: points.map((point) => point.label),
      timing: { wallSeconds, runsPerSecond: 0, workers: 0 },
      markdown: summaryMarkdownFile(summary, manifestNow),
    });
    await options.finish?.(folder.temp);
    const { keptAs } = folder.commit(options.signal);
    return { outDir, summary, manifest: manifestNow, runs: saved.runs, wallSeconds: (performance.now() - started) / 1000, ...(keptAs === undefined ? {} : { keptAs }) };
  } finally {
    folder.abort();
  }
}
