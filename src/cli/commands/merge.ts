import { Command } from "commander";
import { chartSize } from "../options.ts";

/** `velocity merge <dirs...> --out DIR`: shard folders → the output folder one machine would have written. */
export function mergeCommand(): Command {
  return new Command("merge")
    .description("merge shard folders (velocity run --shard k/N) into one output folder")
    .argument("<dirs...>", "shard folders, in any order, or a folder of them (velocity run --shard auto --out DIR)", collectDirs)
    .requiredOption("-o, --out <dir>", "output folder")
    .option("--size <WxH>", "chart size in pixels (default 1280x720)", chartSize)
    .option("--no-charts", "write data files only")
    .option("-q, --quiet", "print nothing but errors")
    .action(async (given: string[], flags: { out: string; size?: string; charts: boolean; quiet?: boolean }) => {
      // The charts half of the report layer (vega, d3) only when charts are asked for.
      const { expandShardSets } = await import("../shard-flags.ts");
      const dirs = expandShardSets(given);
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

/** Collects the folder arguments as given; shard sets are expanded when the command runs (start-up loads no simulation code). */
function collectDirs(dir: string, previous: string[] = []): string[] {
  return [...previous, dir];
}
