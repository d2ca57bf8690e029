import { Command, Option } from "commander";
import { defaultWorkers, DEFAULT_LEVER_RUNS, LEVER_IDS, parseShard } from "../../montecarlo/index.ts";
import { chartSize, chartWordsOf, chartWordsOption, collect, leverList, positiveNumber, wholeNumber } from "../options.ts";
import { withProgress } from "../progress.ts";
import { packageVersion } from "../version.ts";

interface RunFlags {
  runs?: number;
  seed?: number;
  workers: number;
  out?: string;
  set: string[];
  vary: string[];
  shard?: string;
  precision?: number;
  quiet?: boolean;
  json?: boolean;
  progress?: boolean;
  charts: boolean;
  size?: string;
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
    .option("-w, --workers <n>", "worker threads (default: all cores)", wholeNumber(1), defaultWorkers())
    .option("-o, --out <dir>", "output folder (default: output/<scenario name>)")
    .option("--set <path=value>", "override one scenario value, e.g. companies[B].agent.tokensPerSecond=2000 (repeatable)", collect, [])
    .option("--vary <path=v1,v2,...>", "sweep a parameter over values (repeatable: a grid)", collect, [])
    .option("--shard <k/N>", "run only part k of N of the replications (merge the parts with velocity merge)")
    .option("--precision <weeks>", "add runs until every median weeks to target is known within this many weeks (95%)", positiveNumber)
    .option("--levers <list>", `levers re-run to see what would make each company faster: all (default), none, or a list of ${LEVER_IDS.join(", ")}`, leverList)
    .option("--lever-runs <n>", `replications of each point re-run per lever (default ${DEFAULT_LEVER_RUNS})`, wholeNumber(1))
    .option("--baseline <label>", "sweep point the others are compared with (default: the first)")
    .option("--size <WxH>", "chart size in pixels (default 1280x720)", chartSize)
    .option("--title <chart=text>", "a chart's title instead of the computed finding, e.g. levers='What would make us faster' (repeatable)", chartWordsOption)
    .option("--caption <chart=text>", "a chart's caption line instead of its own (repeatable)", chartWordsOption)
    .option("--company <name>", "company the sweep overlays follow (default: the last)")
    .option("--no-charts", "write data files only, no charts or HTML report")
    .addOption(new Option("--progress", "show a progress bar even when stderr is not a terminal"))
    .option("-q, --quiet", "print nothing but errors")
    .option("--json", "print summary.json to stdout instead of the table");
}

async function run(file: string, flags: RunFlags, requireSweep: boolean): Promise<void> {
  // Loaded here, not at startup: the report layer pulls in vega, which every other command can skip.
  const { buildReport, runScenario } = await import("../../report/index.ts");
  const { summaryTable } = await import("../summary-table.ts");
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  const showProgress = !flags.quiet && !flags.json && (flags.progress === true || process.stderr.isTTY === true);
  const result = await withProgress(showProgress, (onProgress, signal) =>
    runScenario({
      file,
      set: flags.set,
      vary: flags.vary,
      runs: flags.runs,
      seed: flags.seed,
      workers: flags.workers,
      outDir: flags.out,
      shard,
      precision: flags.precision,
      levers: flags.levers,
      leverRuns: flags.leverRuns,
      baseline: flags.baseline,
      company: flags.company,
      version: packageVersion,
      requireSweep,
      onProgress,
      signal,
    }),
  );
  if (result.summary && flags.charts) await buildReport(result.outDir, { size: flags.size, text: chartWordsOf(flags.title, flags.caption), company: flags.company });
  if (flags.quiet) return;
  if (flags.json && result.summary) {
    process.stdout.write(`${JSON.stringify(result.summary, null, 2)}\n`);
    return;
  }
  if (result.summary) process.stdout.write(summaryTable(result.summary));
  const what = shard ? `shard ${shard.index}/${shard.count} (${result.runs} runs per point)` : `${result.runs} runs per point`;
  process.stdout.write(`\n${what} in ${result.wallSeconds.toFixed(1)} s → ${result.outDir}/\n`);
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
