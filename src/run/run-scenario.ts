/**
 * `velocity run`, end to end:
 *
 *   load and validate the scenario (with --set, --seed, --runs) → expand the sweep (with --vary)
 *   → simulate every point's runs on the worker pool (all of them, one shard, or rounds until a
 *   precision target is met) → summarise → write the output folder (or a shard's rows)
 *   → charts and report.
 */
import { basename, extname, join } from "node:path";
import { changeReaches, loadScenario, expandSweep, parseVary, scenarioHash, type Scenario, type SweepPoint } from "../scenario/index.ts";
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
  RunTable,
  shardRange,
  simulatePoints,
  trimLevers,
  type Shard,
  type Summary,
} from "../montecarlo/index.ts";
import { RunawayRunError } from "../model/index.ts";
// Not the charts index: it loads vega, which a run without charts never needs.
import { ChartOptionError, unknownCompanyMessage } from "../charts/errors.ts";
import { openOutputFolder, writeOutputFolder, writeShardFolder, writeTiming, type Manifest } from "../output/index.ts";
// Not the report index: it loads the HTML page and chart specs, which a run without charts never needs.
import { summaryMarkdownFile } from "../report/summary-changes.ts";
import { reproduceCommand, type LeverSettings } from "../report/reproduce-command.ts";
import type { ChangeReach } from "../report/reach-text.ts";

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
  /**
   * Write the shard into this subfolder of the output folder (`--shard auto`: every array task
   * shares one `--out`); the output folder then defaults to `output/<scenario file name>-shards`.
   */
  shardSubfolder?: string;
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
  /**
   * Called as the runs finished without a gap grow (not for a shard or a precision target): the
   * first `runs` of `total` runs of every point are in, and `summary` builds their summary (levers
   * not yet run) for a provisional answer; the first call of `summary` is the run's first answer
   * (`firstAnswerSeconds` in timing.json).
   */
  onPrefix?: (runs: number, total: number, summary: () => Summary) => void;
  signal?: AbortSignal;
  /** Replace an output folder that would be refused (another scenario's, foreign files); it is kept as `<out>.old`. */
  force?: boolean;
  /** Writes more files (charts, report) into the folder before it is swapped in; not called for a shard. */
  finish?: (tempDir: string) => Promise<void>;
}

/** What a run produced. */
export interface RunScenarioResult {
  outDir: string;
  scenario: Scenario;
  /** Absent for a shard, which writes rows only. */
  summary?: Summary;
  runs: number;
  wallSeconds: number;
  /** Where a replaced folder holding files velocity did not write was moved (with `force`). */
  keptAs?: string;
  /** Each `--set` and `--vary` on a company, and the companies it reached (inheritance included). */
  reached: ChangeReach[];
}

/** The companies each `--set` and `--vary` reached (changes outside the companies are left out). */
function changesReached(scenario: Scenario, options: Pick<RunScenarioOptions, "set" | "vary">): ChangeReach[] {
  const changes = [
    ...(options.set ?? []).map((a) => ({ flag: "--set" as const, path: a.slice(0, Math.max(0, a.indexOf("="))).trim() })),
    ...(options.vary ?? []).map((a) => ({ flag: "--vary" as const, path: parseVary(a).path })),
  ];
  return changes.flatMap((c) => {
    const companies = changeReaches(scenario, c.path);
    return companies === undefined ? [] : [{ ...c, companies }];
  });
}

/**
 * `output/<file name without .yaml>`, made safe: only letters, digits, `.`, `_` and `-`, no leading
 * dot, so no scenario can make the default folder point outside `output/`.
 */
export function defaultOutDir(file: string): string {
  const stem = basename(file, extname(file));
  const safe = stem.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "").replace(/-+$/, "");
  return `output/${safe === "" ? "scenario" : safe}`;
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
    set: [...(options.set ?? [])],
    ...(scenario.lineage === undefined ? {} : { lineage: scenario.lineage }),
    ...answers,
  };
}

/**
 * The default folder of a sweep: `output/<file name>-sweep`, followed by the names of the `--vary`
 * axes (`output/seed-article-sweep-tokensPerSecond`), so it never replaces the run's folder and
 * two sweeps over different parameters keep their own.
 */
export function sweepOutDir(file: string, vary: readonly string[]): string {
  const axes = vary.map((v) => (v.slice(0, Math.max(0, v.indexOf("="))).split(".").pop() ?? "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+|-+$/g, "")).filter((a) => a !== "");
  return [`${defaultOutDir(file)}-sweep`, ...axes].join("-");
}

/** Loads, simulates, summarises and writes. @throws ScenarioError for a bad scenario or flag values */
export async function runScenario(options: RunScenarioOptions): Promise<RunScenarioResult> {
  const started = performance.now();
  const set = [...(options.set ?? [])];
  if (options.seed !== undefined) set.push(`seed=${options.seed}`);
  if (options.runs !== undefined) set.push(`runs=${options.runs}`);
  const scenario = loadScenario(options.file, { set });
  const points = expandSweep(scenario, (options.vary ?? []).map(parseVary));
  const reached = changesReached(scenario, options);
  if (options.requireSweep && points.length < 2) {
    throw new NothingToSweepError(`${options.file}: nothing to sweep (add --vary path=v1,v2,... or a sweep: block; velocity run runs a single point)`);
  }
  baselineIndex(points, options.baseline);
  const names = scenario.companies.map((c) => c.name);
  if (options.company !== undefined && !names.includes(options.company)) throw new ChartOptionError(unknownCompanyMessage(options.company, names));
  const { levers, leverRuns } = leverSettings(options);
  // A sweep writes its own folder: `velocity sweep s.yaml` never replaces `velocity run s.yaml`'s.
  const own = options.requireSweep === true || (options.vary?.length ?? 0) > 0 ? sweepOutDir(options.file, options.vary ?? []) : defaultOutDir(options.file);
  const outDir = options.shardSubfolder === undefined ? (options.outDir ?? own) : join(options.outDir ?? `${own}-shards`, options.shardSubfolder);
  // When the first answer was ready: the first provisional summary, or else the final one.
  let firstAnswer: number | undefined;
  const folder = openOutputFolder(outDir, { kind: options.shard ? "shard" : "results", scenario: scenario.name, file: options.file }, { force: options.force });
  try {
    const runner = createBlockRunner(options.workers);
    let tables: RunTable[];
    let runs = scenario.runs;
    try {
      if (options.shard) {
        const { start, end } = shardRange(runs, options.shard);
        tables =
          start === end
            ? await emptyTables(points, runner, levers, leverRuns)
            : await abortable(simulatePoints(points, { start, end, runner, levers, leverRuns, onProgress: options.onProgress, signal: options.signal }), options.signal);
        const manifest = { ...manifestFor(scenario, points, runs, options), shard: { ...options.shard, start, end } };
        writeShardFolder(folder.temp, manifest, tables, timing(started, end - start, points.length, options.workers));
        const { keptAs } = folder.commit(options.signal);
        return { outDir, scenario, runs: end - start, wallSeconds: (performance.now() - started) / 1000, reached, ...(keptAs === undefined ? {} : { keptAs }) };
      }
      if (options.precision !== undefined) {
        ({ tables, runs } = await untilPrecise(scenario, points, options, runner));
      } else {
        const onPrefix = options.onPrefix;
        const total = runs;
        tables = await abortable(
          simulatePoints(points, {
            start: 0,
            end: runs,
            runner,
            levers,
            leverRuns,
            onProgress: options.onProgress,
            signal: options.signal,
            onPrefix:
              onPrefix &&
              ((done, prefix) =>
                onPrefix(done, total, () => {
                  firstAnswer ??= performance.now();
                  return buildSummary(scenario, points, prefix, options.version, { baseline: options.baseline, passing: true });
                })),
          }),
          options.signal,
        );
      }
    } finally {
      await runner.close();
    }
    // The rows saved are what the summary reads: each lever's runs past where it stopped are blank.
    tables = tables.map(trimLevers);
    const summary = buildSummary(scenario, points, tables, options.version, { baseline: options.baseline });
    firstAnswer ??= performance.now();
    const manifest = manifestFor(scenario, points, runs, options);
    writeOutputFolder(folder.temp, { summary, manifest, tables, labels: points.map((point) => point.label), timing: timing(started, runs, points.length, options.workers, firstAnswer), markdown: summaryMarkdownFile(summary, manifest) });
    if (options.finish) {
      await options.finish(folder.temp);
      // Again, so that wallSeconds covers the charts and the report too: the time to everything.
      writeTiming(folder.temp, timing(started, runs, points.length, options.workers, firstAnswer));
    }
    const { keptAs } = folder.commit(options.signal);
    return { outDir, scenario, summary, runs, wallSeconds: (performance.now() - started) / 1000, reached, ...(keptAs === undefined ? {} : { keptAs }) };
  } catch (error) {
    // A runaway run stopped in a worker thread arrives as a plain Error: keep it one line, exit 2.
    if (error instanceof Error && !(error instanceof RunawayRunError) && error.message.startsWith("runaway run")) throw new RunawayRunError(error.message);
    throw error;
  } finally {
    folder.abort();
  }
}

/**
 * Tables with no runs for a shard that holds none (`--runs 5 --shard 7/7` … some shards are empty):
 * run 0 is simulated only to learn the row layout, so the empty shard still merges with the others.
 */
async function emptyTables(points: readonly SweepPoint[], runner: ReturnType<typeof createBlockRunner>, levers: readonly string[], leverRuns: number): Promise<RunTable[]> {
  return Promise.all(
    points.map(async (point) => {
      const { layout } = await runner.run({ resolved: point.scenario.resolved, file: point.scenario.file, start: 0, end: 1, levers: [...levers], leverRuns });
      return new RunTable(layout, new Float64Array(0));
    }),
  );
}

/**
 * `work`, or a rejection as soon as `signal` aborts (Ctrl-C): the caller's `finally` then closes the
 * worker pool, which stops blocks in the middle of a run instead of waiting for them to finish.
 */
function abortable<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (signal === undefined) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function timing(started: number, runs: number, points: number, workers: number, firstAnswer?: number) {
  const wallSeconds = (performance.now() - started) / 1000;
  return { ...(firstAnswer === undefined ? {} : { firstAnswerSeconds: (firstAnswer - started) / 1000 }), wallSeconds, runsPerSecond: (runs * points) / wallSeconds, workers };
}

/**
 * Runs the scenario's own run count first, then adds fixed rounds until every median is known to
 * within `precision` weeks (or the cap): `--precision` never gives fewer runs than the scenario asks.
 */
async function untilPrecise(scenario: Scenario, points: readonly SweepPoint[], options: RunScenarioOptions, runner: ReturnType<typeof createBlockRunner>) {
  const rounds: RunTable[][] = [];
  let runs = 0;
  for (;;) {
    const size = runs === 0 ? scenario.runs : PRECISION_ROUND;
    const from = runs;
    const { levers, leverRuns } = leverSettings(options);
    const next = await abortable(simulatePoints(points, { start: from, end: from + size, runner, levers, leverRuns, signal: options.signal, onProgress: options.onProgress && ((done) => options.onProgress?.(from * points.length + done, (from + size) * points.length)) }), options.signal);
    rounds.push(next);
    runs += size;
    const tables = points.map((_, p) => concatTables(rounds.map((round) => round[p])));
    if (runs >= PRECISION_CAP || precisionMet(buildSummary(scenario, points, tables, options.version, { baseline: options.baseline, passing: true }), options.precision ?? 0)) return { tables, runs };
  }
}
