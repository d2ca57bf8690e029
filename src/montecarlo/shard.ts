/** Which part of the replications a process runs: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** A shard spec the user got wrong (`--shard 4/3`). */
export class ShardError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = "ShardError";
  }
}

/** Parses `k/N` with 1 ≤ k ≤ N. @throws ShardError otherwise */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : Number.NaN;
  const count = match ? Number(match[2]) : Number.NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new ShardError(`--shard: expected k/N with 1 ≤ k ≤ N, got "${text}" (e.g. --shard 2/8 runs the second of eight parts)`);
  }
  return { index, count };
}

/** The replications `[start, end)` of a shard: contiguous, so shards concatenated in order are the whole run. */
export function shardRange(runs: number, shard: Shard): { start: number; end: number } {
  return { start: Math.floor(((shard.index - 1) * runs) / shard.count), end: Math.floor((shard.index * runs) / shard.count) };
}
