import { Command } from "commander";
import { packageVersion } from "./version.ts";

/** The `velocity` command with all its subcommands. Throws instead of exiting (see main.ts). */
export function buildProgram(): Command {
  const program = new Command("velocity")
    .description("How much does faster AI inference shorten time to revenue? A discrete-event Monte Carlo simulation.")
    .version(packageVersion, "-V, --version")
    .exitOverride();
  return program;
}
