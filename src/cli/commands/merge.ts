import { Command } from "commander";
import { chartSize } from "../options.ts";

/** `velocity merge <dirs...> --out DIR`: shard folders → the output folder one machine would have written. */
export function mergeCommand(): Command {
  return new Command("merge")
    .description("merge shard folders (velocity run --shard k/N) into one output folder")
    .argument("<dirs...>", "shard folders, in any order")
    .requiredOption("-o, --out <dir>", "output folder")
    .option("--size <WxH>", "chart size in pixels (default 1280x720)", chartSize)
    .option("--no-charts", "write data files only")
    .option("-q, --quiet", "print nothing but errors")
    .action(async (dirs: string[], flags: { out: string; size?: string; charts: boolean; quiet?: boolean }) => {
      // The charts half of the report layer (vega, d3) only when charts are asked for.
      const { mergeShards } = await import("../../report/data-files.ts");
      const { summaryTable } = await import("../summary-table.ts");
      const { summary, runs } = mergeShards(dirs, flags.out);
      if (flags.charts) {
        const { buildReport } = await import("../../report/index.ts");
        await buildReport(flags.out, { size: flags.size });
      }
      if (!flags.quiet) process.stdout.write(`${summaryTable(summary)}\n${dirs.length} shards, ${runs} runs per point → ${flags.out}/\n`);
    });
}
