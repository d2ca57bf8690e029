import { Command } from "commander";
import { packageVersion } from "./version.ts";
import { validateCommand } from "./commands/validate.ts";
import { initCommand } from "./commands/init.ts";
import { schemaCommand } from "./commands/schema.ts";
import { reportCommand } from "./commands/report.ts";
import { mergeCommand } from "./commands/merge.ts";
import { repriceCommand } from "./commands/reprice.ts";
import { runCommand, sweepCommand } from "./commands/run.ts";
import { traceCommand } from "./commands/trace.ts";
import { slurmCommand } from "./commands/slurm.ts";
import { compareCommand } from "./commands/compare.ts";
import { exploreCommand } from "./commands/explore.ts";
import { calibrateCommand } from "./commands/calibrate.ts";
import { replayCommand } from "./commands/replay.ts";

/** The `velocity` command with all its subcommands. Throws instead of exiting (see main.ts). */
export function buildProgram(): Command {
  const program = new Command("velocity")
    .description("How much does faster AI inference shorten time to revenue? A discrete-event Monte Carlo simulation.")
    .version(packageVersion, "-V, --version")
    .exitOverride();
  program.addCommand(runCommand());
  program.addCommand(sweepCommand());
  program.addCommand(mergeCommand());
  program.addCommand(repriceCommand());
  program.addCommand(slurmCommand());
  program.addCommand(validateCommand());
  program.addCommand(initCommand());
  program.addCommand(schemaCommand());
  program.addCommand(reportCommand());
  program.addCommand(traceCommand());
  program.addCommand(compareCommand());
  program.addCommand(exploreCommand());
  program.addCommand(calibrateCommand());
  program.addCommand(replayCommand());
  // Subcommands added with addCommand do not inherit exitOverride: without it a bad flag would
  // make commander exit by itself with code 1 instead of throwing to main.ts (exit 2).
  for (const command of program.commands) command.exitOverride();
  return program;
}
