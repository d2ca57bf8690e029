import { availableParallelism } from "node:os";
import { Command, Option } from "commander";
import { DEFAULT_LEVER_RUNS, LEVER_IDS } from "../../montecarlo/levers.ts"; // not the index: start-up loads no simulation code
import { chartSize, chartWordsOf, chartWordsOption, collect, leverList, positiveNumber, wholeNumber } from "../options.ts";
import type { BuildReportOptions } from "../../run/index.ts";
import { withProgress } from "../progress.ts";
import { checkRunFlags } from "../run-flag-conflicts.ts";
import { packageVersion } from "../version.ts";

interface RunFlags {
  runs?: number;
  seed?: number;
  workers?: number;
  out?: string;
  set: string[];
  vary: string[];
  shard?: string;
  shardCount?: number;
  precision?: number;
  quiet?: boolean;
  json?: boolean;
  progress?: boolean;
  charts: boolean;
  size?: string;
  force?: boolean;
  levers?: string[];
  leverRuns?: number;
  baseline?: string;
  title?: Record<string, string>;
  caption?: Record<string, string>;
  company?: string;
}

/** Adds the options shared by `run` and `sweep`. */
function runOptions(command: Command): Command {
  return command
    .argument("<scenario>", "scenario file (YAML)")
    .option("-n, --runs <n>", "replications per sweep point (default: the scenario's runs)", wholeNumber(1))
    .option("--seed <seed>", "random seed (default: the scenario's seed)", wholeNumber(0))
    .option("-w, --workers <n>", `worker threads (default: one per core, ${availableParallelism()} on this machine)`, wholeNumber(1)) // montecarlo's defaultWorkers(), without loading that layer at start-up
    .option("-o, --out <dir>", "output folder (default: output/<scenario file name>, and for a sweep output/<scenario file name>-sweep[-<varied parameters>]); built aside and swapped in when complete")
    .option("--force", "replace an output folder holding another scenario's results or files velocity did not write (the old one is kept as <out>.old)")
    .option("--set <path=value>", "override one scenario value, e.g. companies[B].agent.tokensPerSecond=2000 (repeatable)", collect, [])
    .option("--vary <path=v1,v2,...>", "sweep a parameter over values (repeatable: a grid)", collect, [])
    .option("--shard <k/N|auto>", "run only part k of N of the replications (merge the parts with velocity merge); auto: k and N from a Slurm, Kubernetes Indexed Job or AWS Batch array task, written to <out>/shard-k-of-N")
    .option("--shard-count <n>", `with --shard auto: the number of shards where the scheduler does not say (a Kubernetes Job's completions; or set VELOCITY_SHARD_COUNT)`, wholeNumber(1))
    .option("--precision <weeks>", "after the scenario's runs, add rounds of 500 until every median weeks to target is known within this many weeks (95%)", positiveNumber)
    .option("--levers <list>", `levers re-run to see what would make each company faster: all (default), none, or a list of ${LEVER_IDS.join(", ")}`, leverList)
    .option("--lever-runs <n>", `replications of each point re-run per lever (default ${DEFAULT_LEVER_RUNS})`, wholeNumber(1))
    .option("--baseline <label>", "sweep point the others are compared with (default: the first)")
    .option("--size <WxH>", "chart size in pixels (default 1280x720)", chartSize)
    .option("--title <chart=text>", "a chart's title instead of the computed finding, e.g. levers='What would make us faster' (repeatable)", chartWordsOption)
    .option("--caption <chart=text>", "a chart's caption line instead of its own (repeatable)", chartWordsOption)
    .option("--company <name>", "company the sweep overlays follow (default: the last)")
    .option("--no-charts", "write data files only, no charts or HTML report")
    .addOption(new Option("--progress", "show progress on stderr even when it is not a terminal (then one line every 2 s)"))
    .option("-q, --quiet", "print nothing but errors")
    .option("--json", "print summary.json to stdout instead of the table");
}

async function run(file: string, flags: RunFlags, requireSweep: boolean): Promise<void> {
  checkRunFlags(flags);
  // Loaded here, not at startup, and the charts half only when charts are asked for: it pulls in
  // vega and d3 (hundreds of modules), which `--no-charts` and every other command can skip.
  const { runScenario } = await import("../../run/without-charts.ts");
  const { summaryTable } = await import("../../report/terminal-summary.ts");
  const { shardPlan } = await import("../shard-flags.ts");
  const { LiveAnswer } = await import("../live-answer.ts");
  const { shard, shardSubfolder, from } = shardPlan(flags.shard, flags.shardCount, process.env);
  // The answer first (issue 32): on a terminal, a provisional answer of the runs so far with the
  // progress under it, rewritten in place; a pipe or a file gets the final text alone, as always
  // (and so does a terminal that declares it cannot move its cursor: TERM=dumb).
  const terminal = process.stdout.isTTY === true && process.env.TERM !== "dumb";
  const live = !flags.quiet && !flags.json && terminal && shard === undefined && flags.precision === undefined ? new LiveAnswer(process.stdout) : null;
  // --json keeps stdout for the summary; progress goes to stderr, so --progress still shows it.
  const showProgress = live === null && !flags.quiet && (flags.progress === true || (!flags.json && process.stderr.isTTY === true));
  const result = await withProgress(showProgress ? (process.stderr.isTTY === true ? "bar" : "lines") : "none", (onProgress, signal) =>
    runScenario({
      file,
      set: flags.set,
      vary: flags.vary,
      runs: flags.runs,
      seed: flags.seed,
      workers: flags.workers ?? availableParallelism(),
      outDir: flags.out,
      force: flags.force,
      // Charts go into the folder before it is swapped in, so a folder never pairs new data with old charts.
      finish: flags.charts ? (dir) => writeCharts(dir, { size: flags.size, text: chartWordsOf(flags.title, flags.caption), company: flags.company }) : undefined,
      shard,
      shardSubfolder,
      precision: flags.precision,
      levers: flags.levers,
      leverRuns: flags.leverRuns,
      baseline: flags.baseline,
      company: flags.company,
      version: packageVersion,
      requireSweep,
      onProgress: live ? (done, total) => live.progress(done, total) : onProgress,
      onPrefix: live ? (runs, total, summary) => live.prefix(runs, total, summary) : undefined,
      signal,
    }),
  ).catch((error: unknown) => {
    live?.stop();
    throw error;
  });
  live?.clear();
  if (result.keptAs !== undefined) process.stderr.write(`note: the folder that was at ${result.outDir} is kept as ${result.keptAs} (--force, or written by an earlier version)\n`);
  if (flags.quiet) return;
  if (flags.json && result.summary) {
    process.stdout.write(`${JSON.stringify(result.summary, null, 2)}\n`);
    return;
  }
  if (result.summary) process.stdout.write(summaryTable(result.summary));
  const { reachLine } = await import("../../report/reach-text.ts");
  for (const change of result.reached) process.stdout.write(`${reachLine(change)}\n`);
  const what = shard ? `shard ${shard.index}/${shard.count}${from} (${result.runs} run${result.runs === 1 ? "" : "s"} per point)` : `${result.runs} run${result.runs === 1 ? "" : "s"} per point`;
  process.stdout.write(`\n${what} in ${result.wallSeconds.toFixed(1)} s → ${result.outDir}/\n`);
}

/** Charts and report.html into a folder being built (the charts half of the report layer, loaded only when charts are asked for). */
export async function writeCharts(dir: string, options: BuildReportOptions): Promise<void> {
  const { buildReport } = await import("../../run/index.ts");
  await buildReport(dir, options);
}

/** `velocity run <scenario>`: the Monte Carlo run, its output folder, charts and report. */
export function runCommand(): Command {
  return runOptions(new Command("run").description("run a scenario's replications and write summary, runs, charts and report")).action(
    (file: string, flags: RunFlags) => run(file, flags, false),
  );
}

/** `velocity sweep <scenario>`: `run` that insists on a sweep (`--vary` or the file's `sweep:`). */
export function sweepCommand(): Command {
  return runOptions(new Command("sweep").description("run a scenario across parameter values (--vary path=v1,v2 or the file's sweep:)")).action(
    (file: string, flags: RunFlags) => run(file, flags, true),
  );
}
