/** Monte Carlo: replications on a worker pool, shards, sweeps, statistics with censoring, sensitivity. */
export type * from "./types.ts";
export { wilson } from "./wilson.ts";
export { kaplanMeier, kmQuantile, kmMedianInterval } from "./kaplan-meier.ts";
export { spearman } from "./spearman.ts";
export { quantiles } from "./quantiles.ts";
export { RunTable, layoutFor, packRun, packLeverRun, inputsOffset, SCALAR_COLUMNS, LEVER_METRICS, BILL_WIDTH, type RowLayout, type RowBill } from "./run-table.ts";
export { trimLevers } from "./lever-stops.ts";
export { repriceTable, RepriceError, isPricePath, notAPriceMessage, REPRICE_FIELDS } from "./reprice.ts";
export { runBlock, type BlockTask, type BlockResult } from "./run-block.ts";
export { createBlockRunner, defaultWorkers, type BlockRunner } from "./block-runner.ts";
export { simulatePoints, concatTables, BLOCK_RUNS, PRECISION_ROUND, PRECISION_CAP } from "./simulate-points.ts";
export { buildSummary, precisionMet, baselineIndex, BaselineError, type BuildSummaryOptions } from "./build-summary.ts";
export { LEVERS, LEVER_IDS, DEFAULT_LEVER_RUNS, LeverError, parseLevers, applyLever, leverChanges, leverLabel, fixedQuantity, type Lever } from "./levers.ts";
export { pairedDifference, medianRanks, spreadOf, MIN_INTERVAL_RUNS, type PairedDifference } from "./paired.ts";
export { withinPointComparisons, baselineComparisons, leverEffects, COMPARISON_METRICS } from "./comparisons.ts";
export { speedPremium, isSpeedOrPrice } from "./speed-premium.ts";
export { sensitivity, spearmanInterval, SENSITIVITY_ALPHA } from "./sensitivity.ts";
export { summarisePoint, CURVE_POINTS } from "./summarise.ts";
export { PRICE_CURVE_POINTS, SHARE_LEVELS } from "./verdict.ts";
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
