import { Command } from "commander";
import { chartSize, chartWordsOf, chartWordsOption } from "../options.ts";
import { withProgress } from "../progress.ts";
import { checkRunFlags } from "../run-flag-conflicts.ts";
import { writeCharts } from "./run.ts";

/** `velocity merge <dirs...> --out DIR`: shard folders → the output folder one machine would have written. */
export function mergeCommand(): Command {
  return new Command("merge")
    .description("merge shard folders (velocity run --shard k/N) into one output folder; every shard is checked first")
    .argument("<dirs...>", "shard folders, in any order, or a folder of them (velocity run --shard auto --out DIR)", collectDirs)
    .requiredOption("-o, --out <dir>", "output folder (a new folder, not one of the shards)")
    .option("--size <WxH>", "chart size in pixels (default 1280x720)", chartSize)
    .option("--title <chart=text>", "a chart's title instead of the computed finding, e.g. levers='What would make us faster' (repeatable)", chartWordsOption)
    .option("--caption <chart=text>", "a chart's caption line instead of its own (repeatable)", chartWordsOption)
    .option("--company <name>", "company the sweep overlays follow (default: the last)")
    .option("--no-charts", "write data files only")
    .option("--force", "replace an output folder holding another scenario's results or files velocity did not write (the old one is kept as <out>.old)")
    .option("-q, --quiet", "print nothing but errors")
    .action(async (given: string[], flags: { out: string; size?: string; charts: boolean; quiet?: boolean; force?: boolean; title?: Record<string, string>; caption?: Record<string, string>; company?: string }) => {
      checkRunFlags(flags);
      const { expandShardSets } = await import("../shard-flags.ts");
      const dirs = expandShardSets(given);
      // The data half of the report layer; the charts half (vega, d3) only when charts are asked for.
      const { mergeShards } = await import("../../run/without-charts.ts");
      const { summaryTable } = await import("../../report/terminal-summary.ts");
      const chartOptions = { size: flags.size, text: chartWordsOf(flags.title, flags.caption), company: flags.company };
      const { summary, runs, keptAs } = await withProgress("none", (_onProgress, signal) =>
        mergeShards(dirs, flags.out, { force: flags.force, signal, finish: flags.charts ? (dir) => writeCharts(dir, chartOptions) : undefined }),
      );
      if (keptAs !== undefined) process.stderr.write(`note: the folder that was at ${flags.out} is kept as ${keptAs} (--force)\n`);
      if (!flags.quiet) process.stdout.write(`${summaryTable(summary)}\n${dirs.length} shards, ${runs} runs per point → ${flags.out}/\n`);
    });
}

/** Collects the folder arguments as given; shard sets are expanded when the command runs (start-up loads no simulation code). */
function collectDirs(dir: string, previous: string[] = []): string[] {
  return [...previous, dir];
}
