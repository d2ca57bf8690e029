/**
 * One explorer run, the same pipeline as `velocity run` with the files in memory:
 *
 *   load the edited text (with seed= and runs= as --seed/--runs add them) → expand the sweep →
 *   simulatePoints on the given runner (Web Workers in the page), levers re-run as the CLI does
 *   (every lever on the first 100–200 runs unless told otherwise) → buildSummary
 *
 * and, while blocks come back in any order, a summary of every contiguous prefix of runs once it
 * passes 1/8, 1/4 and 1/2 of the total, so the charts fill in progressively. The final summary is
 * built from `simulatePoints`' tables exactly as the CLI builds `summary.json`.
 */
import { buildSummary, concatTables, DEFAULT_LEVER_RUNS, LEVER_IDS, simulatePoints, type BlockResult, type BlockRunner, type Summary } from "../montecarlo/portable.ts";
import { expandSweep, loadScenarioFrom, type Scenario, type ScenarioFiles, type SweepPoint } from "../scenario/portable.ts";

/** A scenario ready to run: the loaded scenario and its sweep points. */
export interface LoadedScenario {
  scenario: Scenario;
  points: SweepPoint[];
}

/**
 * Loads `file` from `files` as `velocity run <file> --runs <runs> --seed <seed>` would.
 * @throws ScenarioError with the CLI's file:line:col message.
 */
export function loadForExplorer(files: ScenarioFiles, file: string, runs: number, seed: number): LoadedScenario {
  const scenario = loadScenarioFrom(files, file, { set: [`seed=${seed}`, `runs=${runs}`] });
  return { scenario, points: expandSweep(scenario, []) };
}

/** What a run reports along the way. */
export interface ExploreRunOptions {
  runner: BlockRunner;
  /** Version written into the summary (the CLI's package version, so the summaries match). */
  version: string;
  /** Lever ids re-run on the first `leverRuns` replications (the CLI's default: every lever, at most 200 runs). */
  levers?: readonly string[];
  leverRuns?: number;
  /** After each block: runs done and runs planned (over all sweep points). */
  onProgress?: (done: number, total: number) => void;
  /** A summary of the first `runs` runs of every point, at 1/8, 1/4 and 1/2 of the way. */
  onPartial?: (summary: Summary, runs: number) => void;
  signal?: AbortSignal;
}

/** Shares of the runs at which a partial summary is drawn. */
export const PARTIAL_SHARES = [1 / 8, 1 / 4, 1 / 2] as const;

/** Runs every point's replications and returns the summary `velocity run` would write. */
export async function exploreRun(loaded: LoadedScenario, options: ExploreRunOptions): Promise<Summary> {
  const { scenario, points } = loaded;
  const runs = scenario.runs;
  // Blocks finished so far, per point, by first run; a prefix is summarised once it is contiguous.
  const finished = points.map(() => new Map<number, BlockResult>());
  const pointOf = new Map<unknown, number>(points.map((p, i) => [p.scenario.resolved, i]));
  const thresholds = PARTIAL_SHARES.map((s) => Math.floor(runs * s)).filter((n, i, all) => n > 0 && all.indexOf(n) === i);
  let next = 0;
  const prefixEnd = (p: number): number => {
    let end = 0;
    for (;;) {
      const block = finished[p].get(end);
      if (block === undefined) return end;
      end += block.rows.length / block.layout.width;
    }
  };
  const watching: BlockRunner = {
    run: async (task) => {
      const result = await options.runner.run(task);
      const p = pointOf.get(task.resolved);
      if (p !== undefined && options.onPartial && next < thresholds.length) {
        finished[p].set(task.start, result);
        const ready = Math.min(...points.map((_, i) => prefixEnd(i)));
        if (ready >= thresholds[next] && ready < runs) {
          while (next < thresholds.length && thresholds[next] <= ready) next++;
          const tables = points.map((_, i) => {
            const parts: BlockResult[] = [];
            for (let start = 0; start < ready; ) {
              const block = finished[i].get(start) as BlockResult;
              parts.push(block);
              start += block.rows.length / block.layout.width;
            }
            return concatTables(parts);
          });
          options.onPartial(buildSummary(scenario, points, tables, options.version), ready);
        }
      }
      return result;
    },
    close: () => options.runner.close(),
  };
  const levers = [...(options.levers ?? LEVER_IDS)];
  const leverRuns = options.leverRuns ?? DEFAULT_LEVER_RUNS;
  const tables = await simulatePoints(points, { start: 0, end: runs, runner: watching, levers, leverRuns, onProgress: options.onProgress, signal: options.signal });
  return buildSummary(scenario, points, tables, options.version);
}
