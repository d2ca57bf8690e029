/**
 * Monte Carlo without Node's worker pool: what the browser explorer bundles. The explorer supplies
 * its own `BlockRunner` (Web Workers running `runBlock`), so blocks, tables and summaries are the
 * very functions the CLI uses.
 */
export type * from "./types.ts";
export type { BlockRunner } from "./block-runner.ts";
export { runBlock, type BlockTask, type BlockResult } from "./run-block.ts";
export { simulatePoints, concatTables, BLOCK_RUNS } from "./simulate-points.ts";
export { buildSummary } from "./build-summary.ts";
export { RunTable } from "./run-table.ts";
export { LEVER_IDS, DEFAULT_LEVER_RUNS, leverLabel } from "./levers.ts";
