/**
 * `velocity merge`: the shards of one run, written by any machines, become the output folder one
 * machine would have written, byte for byte:
 *
 *   read and check every shard on its own (src/output/shard-folder.ts) → check they are parts of the same
 *   run (scenario, resolved hash, --set, --vary, seed, runs, points, version, shard count, row
 *   layout) and that each part is there once → join each point's rows in shard order → summarise
 *   → write the output folder (a transaction: see src/output/folder-transaction.ts).
 *
 * Any mismatch is one line naming the shard and the field; nothing is written.
 */
import { buildSummary, concatTables, trimLevers, type Summary } from "../montecarlo/index.ts";
import { canonicalJson } from "../scenario/index.ts";
import { openOutputFolder, writeOutputFolder, MergeError, readShardFolder, type CheckedShard, type Manifest, type OutputFolderTransaction } from "../output/index.ts";
// Not the report index: it loads the HTML page and chart specs, which a merge without charts never needs.
import { summaryMarkdownFile } from "../report/summary-changes.ts";

export { MergeError } from "../output/index.ts";

/** Manifest fields that must be the same in every shard of one run (`node` may differ between machines). */
const SAME_RUN = ["scenario", "file", "hash", "seed", "runs", "points", "sweepAxes", "vary", "set", "lineage", "version", "command", "levers", "leverRuns", "baseline"] as const;

const shardName = (s: CheckedShard) => `${s.dir} (shard ${s.manifest.shard.index}/${s.manifest.shard.count})`;

/** Refuses shards that are not parts of one run. @returns them ordered by shard index */
function checkTogether(shards: readonly CheckedShard[]): CheckedShard[] {
  const first = shards[0];
  for (const s of shards) {
    for (const key of SAME_RUN) {
      const mine = canonicalJson(s.manifest[key] ?? []);
      const theirs = canonicalJson(first.manifest[key] ?? []);
      if (mine !== theirs) throw new MergeError(`merge: ${shardName(s)}: manifest.json ${key} is ${mine} but ${shardName(first)} has ${theirs} (shards must come from the same scenario, --set, --vary, seed and runs)`);
    }
    if (s.manifest.shard.count !== first.manifest.shard.count) {
      throw new MergeError(`merge: ${shardName(s)}: manifest.json shard does not belong with ${shardName(first)} (a different shard count)`);
    }
    s.tables.forEach((table, p) => {
      if (canonicalJson(table.layout) !== canonicalJson(first.tables[p].layout)) throw new MergeError(`merge: ${shardName(s)}: layout.json [${p}] differs from ${shardName(first)}'s (a different version or model)`);
    });
  }
  const count = first.manifest.shard.count;
  const byIndex = new Map<number, CheckedShard>();
  for (const s of shards) {
    const other = byIndex.get(s.manifest.shard.index);
    if (other) throw new MergeError(`merge: ${shardName(s)}: shard ${s.manifest.shard.index}/${count} is given twice (also ${other.dir})`);
    byIndex.set(s.manifest.shard.index, s);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length) throw new MergeError(`merge: missing shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count}`).join(", ")}`);

  return Array.from({ length: count }, (_, i) => byIndex.get(i + 1)!);
}

/** Options of {@link mergeShards}. */
export interface MergeOptions {
  /** Replace an output folder that would be refused (see src/output/folder-transaction.ts). */
  force?: boolean;
  /** Writes more files (charts, report) into the folder before it is swapped in. */
  finish?: (tempDir: string) => Promise<void>;
  signal?: AbortSignal;
}

/**
 * Merges shard folders into `outDir`: the folder `velocity run` without `--shard` would have written.
 * @throws MergeError (one line naming the shard and the field) when they are not the complete,
 *   undamaged parts of one run; OutputFolderError when `outDir` may not be written (an input, another scenario's results).
 */
export async function mergeShards(dirs: readonly string[], outDir: string, options: MergeOptions = {}): Promise<{ summary: Summary; manifest: Manifest; runs: number; keptAs?: string }> {
  const started = performance.now();
  if (dirs.length === 0) throw new MergeError("merge: no shard folders given (velocity merge DIR... --out DIR)");
  const shards = checkTogether(dirs.map(readShardFolder));
  const first = shards[0];
  const { shard: _shard, ...manifest } = first.manifest;
  const folder: OutputFolderTransaction = openOutputFolder(outDir, { kind: "results", scenario: manifest.scenario, file: manifest.file }, { force: options.force, inputs: dirs });
  try {
    // Shards re-run every lever to the cap; the rows saved keep what the summary reads (trimLevers).
    const tables = first.points.map((_, p) => trimLevers(concatTables(shards.map((s) => s.tables[p]))));
    const summary = buildSummary(first.scenario, first.points, tables, manifest.version, { baseline: manifest.baseline });
    const wallSeconds = (performance.now() - started) / 1000;
    writeOutputFolder(folder.temp, { summary, manifest, tables, labels: first.points.map((point) => point.label), timing: { wallSeconds, runsPerSecond: 0, workers: 0 }, markdown: summaryMarkdownFile(summary, manifest) });
    await options.finish?.(folder.temp);
    const { keptAs } = folder.commit(options.signal);
    return { summary, manifest, runs: manifest.runs, ...(keptAs === undefined ? {} : { keptAs }) };
  } finally {
    folder.abort();
  }
}
