/** `velocity compare <dir-a> <dir-b>`: what changed in the assumptions and in the results. */
import { Command } from "commander";

/** The `compare` command. A missing or incomplete folder is a one-line error (exit 2). */
export function compareCommand(): Command {
  return new Command("compare")
    .description("compare two output folders: the assumptions that differ, the results (paired run by run when seeds and runs match), token spend, net value and the verdicts; each side named by its folder")
    .argument("<dir-a>", "the reference output folder")
    .argument("<dir-b>", "the output folder compared with it (its results minus the reference's)")
    .option("--json", "print the comparison as JSON")
    .action(async (a: string, b: string, flags: { json?: boolean }) => {
      // The run layer without vega, and the table renderer alone (the report index loads chart specs).
      const { compareFolders, compareTables } = await import("../../run/without-charts.ts");
      const { renderTerminal } = await import("../../report/table-model.ts");
      const result = compareFolders(a, b);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      const { TERMINAL_WIDTH } = await import("../../report/terminal-summary.ts");
      process.stdout.write(`${compareTables(result).map((t) => renderTerminal(t, TERMINAL_WIDTH)).join("\n\n")}\n`);
    });
}
