/** Monte Carlo: replications on a worker pool, shards, sweeps, statistics with censoring, sensitivity. */
export type * from "./types.ts";
export { wilson } from "./wilson.ts";
export { kaplanMeier, kmQuantile, kmMedianInterval } from "./kaplan-meier.ts";
export { spearman } from "./spearman.ts";
export { quantiles } from "./quantiles.ts";
export { RunTable, layoutFor, packRun, SCALAR_COLUMNS, type RowLayout } from "./run-table.ts";
export { runBlock, type BlockTask, type BlockResult } from "./run-block.ts";
export { createBlockRunner, defaultWorkers, type BlockRunner } from "./block-runner.ts";
export { simulatePoints, concatTables, BLOCK_RUNS, PRECISION_ROUND, PRECISION_CAP } from "./simulate-points.ts";
export { buildSummary, precisionMet } from "./build-summary.ts";
export { summarisePoint } from "./summarise.ts";
export {
  parseShard,
  resolveShard,
  shardFromEnvironment,
  shardFolderName,
  shardRange,
  ShardError,
  SHARD_COUNT_ENV,
  ARRAY_INDEX_VARIABLES,
  type AutoShard,
  type Environment,
  type Shard,
} from "./shard.ts";
