import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { chartSize } from "../options.ts";

/** A shard folder's name inside a shard set (`velocity run --shard auto --out SET`). */
const SHARD_FOLDER = /^shard-\d+-of-\d+$/;

/**
 * The shard folders to merge: each argument that is a shard set (no manifest.json of its own, but
 * `shard-k-of-N/` folders inside, as `--shard auto` writes them) stands for those folders, so
 * `velocity merge SET --out DIR` needs no shell glob (a Kubernetes Job's args have none).
 */
function expandShardSets(dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) => {
    if (existsSync(join(dir, "manifest.json")) || !existsSync(dir) || !statSync(dir).isDirectory()) return [dir];
    const parts = readdirSync(dir)
      .filter((name) => SHARD_FOLDER.test(name) && statSync(join(dir, name)).isDirectory())
      .sort();
    return parts.length ? parts.map((name) => join(dir, name)) : [dir];
  });
}

/** `velocity merge <dirs...> --out DIR`: shard folders → the output folder one machine would have written. */
export function mergeCommand(): Command {
  return new Command("merge")
    .description("merge shard folders (velocity run --shard k/N) into one output folder")
    .argument("<dirs...>", "shard folders, in any order, or a folder of them (velocity run --shard auto --out DIR)")
    .requiredOption("-o, --out <dir>", "output folder")
    .option("--size <WxH>", "chart size in pixels (default 1280x720)", chartSize)
    .option("--no-charts", "write data files only")
    .option("-q, --quiet", "print nothing but errors")
    .action(async (args: string[], flags: { out: string; size?: string; charts: boolean; quiet?: boolean }) => {
      const dirs = expandShardSets(args);
      const { buildReport, mergeShards } = await import("../../report/index.ts");
      const { summaryTable } = await import("../summary-table.ts");
      const { summary, runs } = mergeShards(dirs, flags.out);
      if (flags.charts) await buildReport(flags.out, { size: flags.size });
      if (!flags.quiet) process.stdout.write(`${summaryTable(summary)}\n${dirs.length} shards, ${runs} runs per point → ${flags.out}/\n`);
    });
}
