/**
 * `velocity slurm <scenario> --shards N`: submits a scenario to Slurm as a job array of N shards
 * plus the merge job chained after it, through deploy/slurm/submit.sh (which runs the two sbatch
 * commands a user could type). The scenario is loaded first, with --set, --seed, --runs and
 * --vary, so a mistake fails here with its file:line:col and not on N compute nodes later.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { collect, wholeNumber } from "../options.ts";

/** submit.sh failed (no sbatch, rejected submission, a failed shard or merge): its one line and exit code. */
export class SlurmSubmitError extends Error {
  readonly userFacing = true;
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = "SlurmSubmitError";
  }
}

interface SlurmFlags {
  shards: number;
  out?: string;
  cpusPerTask: number;
  runs?: number;
  seed?: number;
  set: string[];
  vary: string[];
  charts: boolean;
  wait?: boolean;
}

/**
 * Refuses an `--out` that sbatch or the shell tools would misread: sbatch reads `%` and `\` in the
 * log path (`<out>-shards/logs/shard-%a.out`) as a filename pattern, so the logs would land
 * elsewhere, and a folder starting with `-` is an option to mkdir and `velocity merge`. Refused,
 * not escaped: the same name also reaches merge.sbatch and the user's own shell later. (The default
 * folder, made from the file name, holds none of these.)
 * @throws SlurmSubmitError (exit 2) naming the character and the folder
 */
export function checkSlurmOut(out: string): void {
  const what = `--out ${JSON.stringify(out)}`;
  if (out.startsWith("-")) throw new SlurmSubmitError(`velocity slurm: ${what} starts with "-", which mkdir and velocity merge read as an option; write ./${out}`, 2);
  const pattern = /[%\\]/.exec(out);
  if (pattern) throw new SlurmSubmitError(`velocity slurm: ${what} holds "${pattern[0]}", which sbatch reads as a filename pattern in the log path; choose a folder name without it`, 2);
}

/** deploy/slurm/submit.sh of this installation: three folders up from src/cli/commands/ and dist/cli/commands/. */
const SUBMIT = fileURLToPath(new URL("../../../deploy/slurm/submit.sh", import.meta.url));

/** The `slurm` command. */
export function slurmCommand(): Command {
  return new Command("slurm")
    .description("submit a scenario to Slurm: a job array of --shards tasks (velocity run --shard auto) and the merge job after them")
    .argument("<scenario>", "scenario file (YAML), on a file system the compute nodes share")
    .requiredOption("--shards <n>", "array tasks, one shard of the runs each", wholeNumber(1))
    .option("-o, --out <dir>", "merged results (default: output/<scenario file name>, as for run); shards go to <dir>-shards/, logs to <dir>-shards/logs/")
    .option("--cpus-per-task <n>", "CPUs each task asks for, and its worker threads", wholeNumber(1), 1)
    .option("-n, --runs <n>", "replications per sweep point (default: the scenario's runs)", wholeNumber(1))
    .option("--seed <seed>", "random seed (default: the scenario's seed)", wholeNumber(0))
    .option("--set <path=value>", "override one scenario value (repeatable)", collect, [])
    .option("--vary <path=v1,v2,...>", "sweep a parameter over values (repeatable: a grid)", collect, [])
    .option("--no-charts", "merge the data files only, no charts or HTML report")
    .option("--wait", "return when the merge is done: exit 0 with the results written, or 1 with the reason")
    .addHelpText("after", "\nPartition, account and time limit come from sbatch's own variables: SBATCH_PARTITION, SBATCH_ACCOUNT, SBATCH_TIMELIMIT.")
    .action(async (file: string, flags: SlurmFlags) => {
      if (flags.out !== undefined) checkSlurmOut(flags.out);
      const set = [...flags.set];
      if (flags.seed !== undefined) set.push(`seed=${flags.seed}`);
      if (flags.runs !== undefined) set.push(`runs=${flags.runs}`);
      const { expandSweep, loadScenario, parseVary } = await import("../../scenario/index.ts");
      const { defaultOutDir } = await import("../../run/without-charts.ts");
      const scenario = loadScenario(file, { set });
      expandSweep(scenario, flags.vary.map(parseVary));
      // The same default as `run`, made safe from the file name: never from `name:`, which a
      // scenario could set to "../../x" and so put the shards and logs outside output/.
      const out = flags.out ?? defaultOutDir(file);
      const runArgs = [
        ...(flags.runs === undefined ? [] : ["--runs", String(flags.runs)]),
        ...(flags.seed === undefined ? [] : ["--seed", String(flags.seed)]),
        ...flags.set.flatMap((s) => ["--set", s]),
        ...flags.vary.flatMap((v) => ["--vary", v]),
      ];
      const submit = spawnSync(
        "bash",
        [SUBMIT, "--shards", String(flags.shards), "--out", out, "--cpus-per-task", String(flags.cpusPerTask), ...(flags.charts ? [] : ["--no-charts"]), ...(flags.wait ? ["--wait"] : []), file, ...runArgs],
        { stdio: ["inherit", "inherit", "pipe"], encoding: "utf8" },
      );
      if (submit.status === 0) {
        process.stderr.write(submit.stderr);
        return;
      }
      if (submit.error) throw new SlurmSubmitError(`velocity slurm: could not run bash (${submit.error.message})`, 1);
      const reason = submit.stderr.trim().split("\n").filter(Boolean).pop() ?? `exit ${submit.status}`;
      throw new SlurmSubmitError(`velocity slurm: ${reason.replace(/^submit\.sh: /, "")}`, submit.status ?? 1);
    });
}
