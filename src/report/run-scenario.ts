/**
 * `velocity run`, end to end:
 *
 *   load and validate the scenario (with --set, --seed, --runs) → expand the sweep (with --vary)
 *   → simulate every point's runs on the worker pool (all of them, one shard, or rounds until a
 *   precision target is met) → summarise → write the output folder (or a shard's rows)
 *   → charts and report.
 */
import { loadScenario, expandSweep, parseVary, scenarioHash, type Scenario, type SweepPoint } from "../scenario/index.ts";
import {
  baselineIndex,
  buildSummary,
  DEFAULT_LEVER_RUNS,
  LEVER_IDS,
  concatTables,
  createBlockRunner,
  precisionMet,
  PRECISION_CAP,
  PRECISION_ROUND,
  shardRange,
  simulatePoints,
  type RunTable,
  type Shard,
  type Summary,
} from "../montecarlo/index.ts";
import { ChartOptionError, unknownCompanyMessage } from "../charts/index.ts";
import { reproduceCommand, type LeverSettings } from "./reproduce-command.ts";
import { checkOutputFolder, writeOutputFolder, writeShardFolder, type Manifest } from "./output-folder.ts";

/** `velocity sweep` on a scenario with no sweep. */
export class NothingToSweepError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = "NothingToSweepError";
  }
}

/** Everything `velocity run` can be asked. */
export interface RunScenarioOptions {
  file: string;
  set?: string[];
  vary?: string[];
  runs?: number;
  seed?: number;
  workers: number;
  outDir?: string;
  shard?: Shard;
  /** Stop adding runs once every median's 95% interval is narrower than this many weeks. */
  precision?: number;
  version: string;
  /** Lever ids re-run on the first `leverRuns` replications of each point; every lever when absent. */
  levers?: string[];
  /** Replications re-run per lever (default 500, never more than the runs). */
  leverRuns?: number;
  /** Label of the point the others are compared with (default: the first). */
  baseline?: string;
  /** Company the report's sweep overlays follow: checked here, before any run, so a typo costs nothing. */
  company?: string;
  /** Refuse a scenario with nothing to sweep (`velocity sweep`). */
  requireSweep?: boolean;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** What a run produced. */
export interface RunScenarioResult {
  outDir: string;
  scenario: Scenario;
  /** Absent for a shard, which writes rows only. */
  summary?: Summary;
  runs: number;
  wallSeconds: number;
}

/** The lever settings of a run's options, with defaults filled in. */
export function leverSettings(options: Pick<RunScenarioOptions, "levers" | "leverRuns" | "baseline">): LeverSettings {
  return { levers: [...(options.levers ?? LEVER_IDS)], leverRuns: options.leverRuns ?? DEFAULT_LEVER_RUNS, ...(options.baseline === undefined ? {} : { baseline: options.baseline }) };
}

/** The deterministic manifest of a run. */
export function manifestFor(scenario: Scenario, points: readonly SweepPoint[], runs: number, options: RunScenarioOptions): Manifest {
  const answers = leverSettings(options);
  return {
    scenario: scenario.name,
    file: options.file,
    hash: scenarioHash(scenario),
    seed: scenario.seed,
    runs,
    version: options.version,
    node: process.version,
    command: reproduceCommand(options.file, runs, scenario.seed, options.set ?? [], options.vary ?? [], answers),
    resolved: scenario.resolved,
    points: points.length,
    sweepAxes: Object.keys(points[0]?.params ?? {}),
    vary: [...(options.vary ?? [])],
    ...answers,
  };
}

/** Loads, simulates, summarises and writes. @throws ScenarioError for a bad scenario or flag values */
export async function runScenario(options: RunScenarioOptions): Promise<RunScenarioResult> {
  const started = performance.now();
  const set = [...(options.set ?? [])];
  if (options.seed !== undefined) set.push(`seed=${options.seed}`);
  if (options.runs !== undefined) set.push(`runs=${options.runs}`);
  const scenario = loadScenario(options.file, { set });
  const points = expandSweep(scenario, (options.vary ?? []).map(parseVary));
  if (options.requireSweep && points.length < 2) {
    throw new NothingToSweepError(`${options.file}: nothing to sweep (add --vary path=v1,v2,... or a sweep: block; velocity run runs a single point)`);
  }
  baselineIndex(points, options.baseline);
  const names = scenario.companies.map((c) => c.name);
  if (options.company !== undefined && !names.includes(options.company)) throw new ChartOptionError(unknownCompanyMessage(options.company, names));
  const { levers, leverRuns } = leverSettings(options);
  const outDir = options.outDir ?? `output/${scenario.name}`;
  checkOutputFolder(outDir);
  const runner = createBlockRunner(options.workers);
  let tables: RunTable[];
  let runs = scenario.runs;
  try {
    if (options.shard) {
      const { start, end } = shardRange(runs, options.shard);
      tables = await simulatePoints(points, { start, end, runner, levers, leverRuns, onProgress: options.onProgress, signal: options.signal });
      const manifest = { ...manifestFor(scenario, points, runs, options), shard: { ...options.shard, start, end } };
      writeShardFolder(outDir, manifest, tables, timing(started, end - start, points.length, options.workers));
      return { outDir, scenario, runs: end - start, wallSeconds: (performance.now() - started) / 1000 };
    }
    if (options.precision !== undefined) {
      ({ tables, runs } = await untilPrecise(scenario, points, options, runner));
    } else {
      tables = await simulatePoints(points, { start: 0, end: runs, runner, levers, leverRuns, onProgress: options.onProgress, signal: options.signal });
    }
  } finally {
    await runner.close();
  }
  const summary = buildSummary(scenario, points, tables, options.version, { baseline: options.baseline });
  const manifest = manifestFor(scenario, points, runs, options);
  writeOutputFolder(outDir, { summary, manifest, tables, labels: points.map((point) => point.label), timing: timing(started, runs, points.length, options.workers) });
  return { outDir, scenario, summary, runs, wallSeconds: (performance.now() - started) / 1000 };
}

function timing(started: number, runs: number, points: number, workers: number) {
  const wallSeconds = (performance.now() - started) / 1000;
  return { wallSeconds, runsPerSecond: (runs * points) / wallSeconds, workers };
}

/** Adds fixed rounds of runs until every median is known to within `precision` weeks (or the cap). */
async function untilPrecise(scenario: Scenario, points: readonly SweepPoint[], options: RunScenarioOptions, runner: ReturnType<typeof createBlockRunner>) {
  const rounds: RunTable[][] = [];
  let runs = 0;
  for (;;) {
    const { levers, leverRuns } = leverSettings(options);
    const next = await simulatePoints(points, { start: runs, end: runs + PRECISION_ROUND, runner, levers, leverRuns, signal: options.signal, onProgress: options.onProgress && ((done) => options.onProgress?.(runs * points.length + done, (runs + PRECISION_ROUND) * points.length)) });
    rounds.push(next);
    runs += PRECISION_ROUND;
    const tables = points.map((_, p) => concatTables(rounds.map((round) => round[p])));
    if (runs >= PRECISION_CAP || precisionMet(buildSummary(scenario, points, tables, options.version, { baseline: options.baseline }), options.precision ?? 0)) return { tables, runs };
  }
}
