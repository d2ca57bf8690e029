/** Which part of the replications a process runs: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** A shard spec the user got wrong (`--shard 4/3`, `--shard auto` outside an array job). */
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
    throw new ShardError(`--shard: expected k/N with 1 ≤ k ≤ N, got "${text}" (e.g. --shard 2/8 runs the second of eight parts; --shard auto takes k and N from an array job)`);
  }
  return { index, count };
}

/** The replications `[start, end)` of a shard: contiguous, so shards concatenated in order are the whole run. */
export function shardRange(runs: number, shard: Shard): { start: number; end: number } {
  return { start: Math.floor(((shard.index - 1) * runs) / shard.count), end: Math.floor((shard.index * runs) / shard.count) };
}

/** Environment variables as `process.env` holds them (passed in, so library code never reads the process). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** A shard worked out from an array job's environment, with the scheduler that set it. */
export interface AutoShard extends Shard {
  scheduler: "Slurm" | "Kubernetes" | "AWS Batch";
}

/** The variable that gives the shard count where the scheduler does not (Kubernetes Indexed Jobs). */
export const SHARD_COUNT_ENV = "VELOCITY_SHARD_COUNT";

/** The variables that carry an array index, in the order they are looked for. */
export const ARRAY_INDEX_VARIABLES = ["SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX", "AWS_BATCH_JOB_ARRAY_INDEX"] as const;

/** A whole number ≥ `min` from an environment variable; `undefined` when unset or empty. */
function envInteger(env: Environment, name: string, min: number): number | undefined {
  const text = env[name]?.trim();
  if (text === undefined || text === "") return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min) {
    throw new ShardError(`--shard auto: ${name} is "${env[name]}", expected a whole number ≥ ${min}`);
  }
  return n;
}

function requireEnv(env: Environment, name: string, min: number, why: string): number {
  const n = envInteger(env, name, min);
  if (n === undefined) throw new ShardError(`--shard auto: ${name} is not set (${why})`);
  return n;
}

/**
 * Slurm: task `SLURM_ARRAY_TASK_ID` of an array from MIN to MAX with COUNT evenly spaced tasks is
 * shard (ID − MIN) / step + 1 of COUNT, so `--array=0-7`, `--array=1-8`, `--array=0-14:2` and
 * `--array=1,3,5` all give shards 1…N. The step is `SLURM_ARRAY_TASK_STEP` when it fits MIN, MAX
 * and COUNT, else (MAX − MIN) / (COUNT − 1): Slurm reports a step of 1 for a list like `1,3,5`.
 * An array with uneven gaps (`--array=1,2,7`) cannot be numbered that way and is refused.
 */
function fromSlurm(env: Environment): Shard {
  const id = requireEnv(env, "SLURM_ARRAY_TASK_ID", 0, "Slurm sets it in every array task");
  const min = requireEnv(env, "SLURM_ARRAY_TASK_MIN", 0, "Slurm sets it in every array task");
  const count = requireEnv(env, "SLURM_ARRAY_TASK_COUNT", 1, "Slurm sets it in every array task");
  const reported = envInteger(env, "SLURM_ARRAY_TASK_STEP", 1) ?? 1;
  const max = envInteger(env, "SLURM_ARRAY_TASK_MAX", 0) ?? min + (count - 1) * reported;
  const step = max === min + (count - 1) * reported ? reported : count > 1 ? (max - min) / (count - 1) : 0;
  const offset = id - min;
  if (!Number.isInteger(step) || step < 1 || max !== min + (count - 1) * step || offset < 0 || offset % step !== 0) {
    throw new ShardError(
      `--shard auto: Slurm array task ${id} of ${count} tasks from ${min} to ${max} is not one of an evenly spaced range (submit with --array=0-${count - 1}, or use --shard k/N)`,
    );
  }
  if (id > max) {
    // Unchecked, task 999999 of a 4-task array would run shard 1000000/4 and write its folder.
    throw new ShardError(`--shard auto: SLURM_ARRAY_TASK_ID is ${id} but the array's ${count} tasks run from ${min} to ${max} (submit with --array=0-${count - 1}, or use --shard k/N)`);
  }
  return { index: offset / step + 1, count };
}

/**
 * The shard this process runs, from the array job it is a task of:
 * Slurm (`SLURM_ARRAY_TASK_ID`, `SLURM_ARRAY_TASK_MIN`, `SLURM_ARRAY_TASK_COUNT`), Kubernetes
 * Indexed Jobs (`JOB_COMPLETION_INDEX`, 0-based; the count is the Job's `completions`, given as
 * `count` or `VELOCITY_SHARD_COUNT`) or AWS Batch (`AWS_BATCH_JOB_ARRAY_INDEX`, 0-based, with
 * `AWS_BATCH_JOB_ARRAY_SIZE` or `count`). Looked for in that order. A `count` given by the user
 * must agree with the scheduler's.
 * @throws ShardError when no array index is set, a variable is not a whole number, or the index
 *   does not fit the count
 */
export function shardFromEnvironment(env: Environment, count?: number): AutoShard {
  const given = count ?? envInteger(env, SHARD_COUNT_ENV, 1);
  const countSource = count !== undefined ? "--shard-count" : SHARD_COUNT_ENV;
  let shard: Shard;
  let scheduler: AutoShard["scheduler"];
  let schedulerCount: string | undefined;
  if (envInteger(env, "SLURM_ARRAY_TASK_ID", 0) !== undefined) {
    shard = fromSlurm(env);
    scheduler = "Slurm";
    schedulerCount = "SLURM_ARRAY_TASK_COUNT";
  } else {
    const zeroBased =
      envInteger(env, "JOB_COMPLETION_INDEX", 0) !== undefined
        ? { scheduler: "Kubernetes" as const, index: "JOB_COMPLETION_INDEX", size: undefined }
        : envInteger(env, "AWS_BATCH_JOB_ARRAY_INDEX", 0) !== undefined
          ? { scheduler: "AWS Batch" as const, index: "AWS_BATCH_JOB_ARRAY_INDEX", size: "AWS_BATCH_JOB_ARRAY_SIZE" }
          : undefined;
    if (!zeroBased) {
      throw new ShardError(
        `--shard auto: no array job index in the environment (${ARRAY_INDEX_VARIABLES.join(", ")} are all unset); run it as a Slurm, Kubernetes Indexed Job or AWS Batch array task, or use --shard k/N`,
      );
    }
    scheduler = zeroBased.scheduler;
    const index = requireEnv(env, zeroBased.index, 0, "");
    const size = zeroBased.size === undefined ? undefined : envInteger(env, zeroBased.size, 1);
    schedulerCount = size === undefined ? undefined : zeroBased.size;
    const total = size ?? given;
    if (total === undefined) {
      throw new ShardError(
        `--shard auto: ${zeroBased.index} is ${index} but the number of shards is unknown (give --shard-count N or set ${SHARD_COUNT_ENV}=N${scheduler === "Kubernetes" ? ", the Job's completions" : ""})`,
      );
    }
    shard = { index: index + 1, count: total };
    if (index >= total) {
      throw new ShardError(`--shard auto: ${zeroBased.index} is ${index} but there are only ${total} shards (indices 0…${total - 1})`);
    }
  }
  if (schedulerCount !== undefined && given !== undefined && given !== shard.count) {
    throw new ShardError(`--shard auto: ${countSource} is ${given} but ${schedulerCount} is ${shard.count} (leave ${countSource} out, the scheduler knows)`);
  }
  return { ...shard, scheduler };
}

/** `--shard k/N`, or `--shard auto` resolved from the environment. @throws ShardError */
export function resolveShard(text: string, env: Environment, count?: number): Shard | AutoShard {
  return text.trim() === "auto" ? shardFromEnvironment(env, count) : parseShard(text);
}

/**
 * The folder name of a shard inside a shard set: `shard-03-of-16`. The index is padded to the
 * width of the count so a listing (and a shell glob) shows the parts in order; `merge` orders
 * them by their manifests anyway.
 */
export function shardFolderName(shard: Shard): string {
  const width = String(shard.count).length;
  return `shard-${String(shard.index).padStart(width, "0")}-of-${shard.count}`;
}
