import { Command } from "commander";
import { chartSize, chartWordsOf, chartWordsOption } from "../options.ts";

/** `velocity merge <dirs...> --out DIR`: shard folders → the output folder one machine would have written. */
export function mergeCommand(): Command {
  return new Command("merge")
    .description("merge shard folders (velocity run --shard k/N) into one output folder")
    .argument("<dirs...>", "shard folders, in any order")
    .requiredOption("-o, --out <dir>", "output folder")
    .option("--size <WxH>", "chart size in pixels (default 1280x720)", chartSize)
    .option("--title <chart=text>", "a chart's title instead of the computed finding, e.g. levers='What would make us faster' (repeatable)", chartWordsOption)
    .option("--caption <chart=text>", "a chart's caption line instead of its own (repeatable)", chartWordsOption)
    .option("--company <name>", "company the sweep overlays follow (default: the last)")
    .option("--no-charts", "write data files only")
    .option("-q, --quiet", "print nothing but errors")
    .action(async (dirs: string[], flags: { out: string; size?: string; charts: boolean; quiet?: boolean; title?: Record<string, string>; caption?: Record<string, string>; company?: string }) => {
      const { buildReport, mergeShards } = await import("../../report/index.ts");
      const { summaryTable } = await import("../summary-table.ts");
      const { summary, runs } = mergeShards(dirs, flags.out);
      if (flags.charts) await buildReport(flags.out, { size: flags.size, text: chartWordsOf(flags.title, flags.caption), company: flags.company });
      if (!flags.quiet) process.stdout.write(`${summaryTable(summary)}\n${dirs.length} shards, ${runs} runs per point → ${flags.out}/\n`);
    });
}
