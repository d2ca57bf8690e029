/**
 * The shard options of `velocity run` / `sweep` (`--shard k/N|auto`, `--shard-count`) and of
 * `velocity merge` (a folder of shard folders): turns them into what the report layer takes.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { resolveShard, shardFolderName, ShardError, type Shard } from "../montecarlo/shard.ts"; // not the index: loaded at start-up

/** What `--shard` and `--shard-count` ask for. */
export interface ShardPlan {
  /** Which part of the runs (absent: all of them). */
  shard?: Shard;
  /** `--shard auto`: the shard's folder inside `--out` (`shard-k-of-N`). */
  shardSubfolder?: string;
  /** ` from Slurm` (or Kubernetes, AWS Batch) for `--shard auto`, else empty: for the closing line. */
  from: string;
}

/**
 * Resolves `--shard` (k/N, or auto from the array job's environment) and `--shard-count`.
 * @throws ShardError for a bad spec, `--shard auto` outside an array job, or `--shard-count` without auto
 */
export function shardPlan(shard: string | undefined, shardCount: number | undefined, env: NodeJS.ProcessEnv): ShardPlan {
  const auto = shard?.trim() === "auto";
  if (shardCount !== undefined && !auto) {
    throw new ShardError(`--shard-count goes with --shard auto (got ${shard === undefined ? "no --shard" : `--shard ${shard}`})`);
  }
  if (shard === undefined) return { from: "" };
  const resolved = resolveShard(shard, env, shardCount);
  // Only which part goes on: the scheduler it came from must not make shard folders differ.
  const part = { index: resolved.index, count: resolved.count };
  if (!auto) return { shard: part, from: "" };
  return { shard: part, shardSubfolder: shardFolderName(part), from: "scheduler" in resolved ? ` from ${resolved.scheduler}` : "" };
}

/** A shard folder's name inside a shard set (`velocity run --shard auto --out SET`). */
const SHARD_FOLDER = /^shard-\d+-of-\d+$/;

/**
 * The shard folders to merge: each argument that is a shard set (no manifest.json of its own, but
 * `shard-k-of-N/` folders inside, as `--shard auto` writes them) stands for those folders, so
 * `velocity merge SET --out DIR` needs no shell glob (a Kubernetes Job's args have none).
 */
export function expandShardSets(dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) => {
    if (existsSync(join(dir, "manifest.json")) || !existsSync(dir) || !statSync(dir).isDirectory()) return [dir];
    const parts = readdirSync(dir)
      .filter((name) => SHARD_FOLDER.test(name) && statSync(join(dir, name)).isDirectory())
      .sort();
    return parts.length ? parts.map((name) => join(dir, name)) : [dir];
  });
}
