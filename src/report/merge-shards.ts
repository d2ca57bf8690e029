/**
 * `velocity merge`: the shards of one run, written by any machines, become the output folder one
 * machine would have written, byte for byte:
 *
 *   read every shard → check they are parts of the same run (scenario hash, seed, runs, points,
 *   shard count) and that each part is there once → join each point's rows in shard order
 *   → summarise → write the output folder.
 */
import { buildSummary, concatTables, type Summary } from "../montecarlo/index.ts";
import { compileScenario, expandSweep, parseVary } from "../scenario/index.ts";
import { checkOutputFolder, readShardFolder, writeOutputFolder, type Manifest } from "./output-folder.ts";

/** Shards that cannot be merged (a user mistake: wrong folders, missing parts). */
export class MergeError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = "MergeError";
  }
}

function readShard(dir: string): ReturnType<typeof readShardFolder> {
  try {
    return readShardFolder(dir);
  } catch (error) {
    throw new MergeError(`${dir}: not a shard folder (${(error as Error).message.split("\n")[0]}) (write shards with velocity run --shard k/N --out DIR)`);
  }
}

const SAME_RUN: (keyof Manifest)[] = ["hash", "seed", "runs", "points", "version", "levers", "leverRuns", "baseline"];

/** Merges shard folders into `outDir`. @throws MergeError when they are not the complete parts of one run */
export function mergeShards(dirs: readonly string[], outDir: string): { summary: Summary; manifest: Manifest; runs: number } {
  const started = performance.now();
  if (dirs.length === 0) throw new MergeError("merge: no shard folders given (velocity merge DIR... --out DIR)");
  checkOutputFolder(outDir);
  const shards = dirs.map((dir) => ({ dir, ...readShard(dir) }));
  const first = shards[0];
  for (const s of shards) {
    if (!s.manifest.shard) throw new MergeError(`${s.dir}: a full output folder, not a shard (it was written without --shard)`);
    for (const key of SAME_RUN) {
      if (JSON.stringify(s.manifest[key]) !== JSON.stringify(first.manifest[key])) {
        throw new MergeError(`${s.dir}: ${key} is ${JSON.stringify(s.manifest[key])} but ${first.dir} has ${JSON.stringify(first.manifest[key])} (shards must come from the same scenario, seed and runs)`);
      }
    }
    if (s.manifest.shard.count !== first.manifest.shard?.count) {
      throw new MergeError(`${s.dir}: shard ${s.manifest.shard.index}/${s.manifest.shard.count} does not belong with ${first.dir}'s ${first.manifest.shard?.index}/${first.manifest.shard?.count}`);
    }
  }
  const count = first.manifest.shard?.count ?? 0;
  const byIndex = new Map<number, (typeof shards)[number]>();
  for (const s of shards) {
    const index = s.manifest.shard?.index ?? 0;
    const other = byIndex.get(index);
    if (other) throw new MergeError(`${s.dir}: shard ${index}/${count} is given twice (also ${other.dir})`);
    byIndex.set(index, s);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length) throw new MergeError(`merge: missing shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count}`).join(", ")}`);

  const ordered = Array.from({ length: count }, (_, i) => byIndex.get(i + 1)!);
  const { shard: _shard, ...manifest } = first.manifest;
  const scenario = compileScenario(manifest.resolved, manifest.file);
  const points = expandSweep(scenario, manifest.vary.map(parseVary));
  const tables = points.map((_, p) => concatTables(ordered.map((s) => s.tables[p])));
  const summary = buildSummary(scenario, points, tables, manifest.version, { baseline: manifest.baseline });
  const wallSeconds = (performance.now() - started) / 1000;
  writeOutputFolder(outDir, {
    summary,
    manifest,
    tables,
    labels: points.map((point) => point.label),
    timing: { wallSeconds, runsPerSecond: 0, workers: 0 },
  });
  return { summary, manifest, runs: manifest.runs };
}
