import { Command } from "commander";
import { chartSize, chartWordsOf, chartWordsOption, collect } from "../options.ts";
import { withProgress } from "../progress.ts";
import { packageVersion } from "../version.ts";
import { writeCharts } from "./run.ts";

interface RepriceFlags {
  set: string[];
  out?: string;
  size?: string;
  charts: boolean;
  quiet?: boolean;
  force?: boolean;
  title?: Record<string, string>;
  caption?: Record<string, string>;
  company?: string;
}

/** `velocity reprice DIR --set <price>`: a change of prices answered from a saved folder, without simulating. */
export function repriceCommand(): Command {
  return new Command("reprice")
    .description("answer a change of prices from a saved output folder in about a second (price never changes the runs): writes the folder a re-run with the same --set would")
    .argument("<dir>", "output folder written by velocity run or merge")
    .option("--set <path=price>", "a new price, e.g. companies[B].agent.pricePerMOutput=150 or models[opus-4.6].pricePerMInput=5 (repeatable)", collect, [])
    .option("-o, --out <dir>", "output folder (default: <dir>-repriced)")
    .option("--size <WxH>", "chart size in pixels (default 1280x720)", chartSize)
    .option("--title <chart=text>", "a chart's title instead of the computed finding (repeatable)", chartWordsOption)
    .option("--caption <chart=text>", "a chart's caption line instead of its own (repeatable)", chartWordsOption)
    .option("--company <name>", "company the sweep overlays follow (default: the last)")
    .option("--no-charts", "write data files only, no charts or HTML report")
    .option("--force", "replace an output folder holding another scenario's results or files velocity did not write (the old one is kept as <out>.old)")
    .option("-q, --quiet", "print nothing but errors")
    .action(async (dir: string, flags: RepriceFlags) => {
      const { repriceFolder } = await import("../../run/without-charts.ts");
      const { summaryTable } = await import("../../report/terminal-summary.ts");
      const chartOptions = { size: flags.size, text: chartWordsOf(flags.title, flags.caption), company: flags.company };
      const result = await withProgress("none", (_onProgress, signal) =>
        repriceFolder({ dir, set: flags.set, outDir: flags.out, version: packageVersion, force: flags.force, signal, finish: flags.charts ? (out) => writeCharts(out, chartOptions) : undefined }),
      );
      if (result.keptAs !== undefined) process.stderr.write(`note: the folder that was at ${result.outDir} is kept as ${result.keptAs} (--force)\n`);
      if (!flags.quiet) process.stdout.write(`${summaryTable(result.summary)}\nrepriced ${result.runs} runs per point from ${dir} in ${result.wallSeconds.toFixed(1)} s → ${result.outDir}/\n`);
    });
}
