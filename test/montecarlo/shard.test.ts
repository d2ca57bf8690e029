import { describe, expect, it } from "vitest";
import { parseShard, resolveShard, shardFolderName, shardFromEnvironment, shardRange, ShardError } from "../../src/montecarlo/shard.ts";

/** The variables Slurm sets in task `id` of `sbatch --array=min-max:step`. */
function slurmTask(id: number, min: number, max: number, step = 1): Record<string, string> {
  return {
    SLURM_ARRAY_TASK_ID: String(id),
    SLURM_ARRAY_TASK_MIN: String(min),
    SLURM_ARRAY_TASK_MAX: String(max),
    SLURM_ARRAY_TASK_STEP: String(step),
    SLURM_ARRAY_TASK_COUNT: String(Math.floor((max - min) / step) + 1),
  };
}

describe("--shard auto: the shard from an array job's environment", () => {
  it("numbers Slurm tasks 1…N whether the array starts at 0, 1 or anywhere", () => {
    for (const min of [0, 1, 17]) {
      const shards = [0, 1, 2, 3].map((i) => shardFromEnvironment(slurmTask(min + i, min, min + 3)));
      expect(shards).toEqual([1, 2, 3, 4].map((index) => ({ index, count: 4, scheduler: "Slurm" })));
    }
  });

  it("follows a Slurm array's step (--array=0-12:4 is four shards)", () => {
    expect([0, 4, 8, 12].map((id) => shardFromEnvironment(slurmTask(id, 0, 12, 4)).index)).toEqual([1, 2, 3, 4]);
  });

  it("numbers an evenly spaced list (--array=1,3,5, for which Slurm reports step 1) by its spacing", () => {
    const list = (id: number) => ({ SLURM_ARRAY_TASK_ID: String(id), SLURM_ARRAY_TASK_MIN: "1", SLURM_ARRAY_TASK_MAX: "5", SLURM_ARRAY_TASK_COUNT: "3", SLURM_ARRAY_TASK_STEP: "1" });
    expect([1, 3, 5].map((id) => shardFromEnvironment(list(id)).index)).toEqual([1, 2, 3]);
  });

  it("refuses a Slurm array with uneven gaps, which cannot be numbered 1…N", () => {
    // --array=1,2,7: Slurm reports min 1, max 7, count 3, step 1. Task 2 fits no spacing, so it
    // fails and the run cannot be merged (merge reports shard 2/3 missing), never merged wrongly.
    const env = { SLURM_ARRAY_TASK_ID: "2", SLURM_ARRAY_TASK_MIN: "1", SLURM_ARRAY_TASK_MAX: "7", SLURM_ARRAY_TASK_COUNT: "3", SLURM_ARRAY_TASK_STEP: "1" };
    expect(() => shardFromEnvironment(env)).toThrow(/not one of an evenly spaced range .*--array=0-2/);
    // --array=0,1,5: no whole step fits at all.
    expect(() => shardFromEnvironment({ ...env, SLURM_ARRAY_TASK_ID: "0", SLURM_ARRAY_TASK_MIN: "0", SLURM_ARRAY_TASK_MAX: "5" })).toThrow(/evenly spaced/);
  });

  it("reads a Kubernetes Indexed Job's 0-based index with the count from the option or VELOCITY_SHARD_COUNT", () => {
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: "0" }, 4)).toEqual({ index: 1, count: 4, scheduler: "Kubernetes" });
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: "3", VELOCITY_SHARD_COUNT: "4" })).toEqual({ index: 4, count: 4, scheduler: "Kubernetes" });
    expect(() => shardFromEnvironment({ JOB_COMPLETION_INDEX: "4" }, 4)).toThrow(/only 4 shards/);
    expect(() => shardFromEnvironment({ JOB_COMPLETION_INDEX: "1" })).toThrow(/--shard-count N or set VELOCITY_SHARD_COUNT/);
  });

  it("reads AWS Batch's 0-based index and array size", () => {
    expect(shardFromEnvironment({ AWS_BATCH_JOB_ARRAY_INDEX: "2", AWS_BATCH_JOB_ARRAY_SIZE: "5" })).toEqual({ index: 3, count: 5, scheduler: "AWS Batch" });
    expect(shardFromEnvironment({ AWS_BATCH_JOB_ARRAY_INDEX: "2" }, 3)).toEqual({ index: 3, count: 3, scheduler: "AWS Batch" });
  });

  it("refuses a count that contradicts the scheduler's", () => {
    expect(() => shardFromEnvironment(slurmTask(1, 0, 3), 8)).toThrow(/--shard-count is 8 but SLURM_ARRAY_TASK_COUNT is 4/);
    expect(() => shardFromEnvironment({ AWS_BATCH_JOB_ARRAY_INDEX: "0", AWS_BATCH_JOB_ARRAY_SIZE: "5", VELOCITY_SHARD_COUNT: "2" })).toThrow(
      /VELOCITY_SHARD_COUNT is 2 but AWS_BATCH_JOB_ARRAY_SIZE is 5/,
    );
  });

  it("says which variables it looked for when none is set, and names a malformed one", () => {
    expect(() => shardFromEnvironment({})).toThrow(ShardError);
    expect(() => shardFromEnvironment({ HOME: "/root" })).toThrow(/SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX, AWS_BATCH_JOB_ARRAY_INDEX are all unset/);
    expect(() => shardFromEnvironment({ JOB_COMPLETION_INDEX: "two" }, 4)).toThrow(/JOB_COMPLETION_INDEX is "two", expected a whole number/);
    expect(() => shardFromEnvironment({ SLURM_ARRAY_TASK_ID: "3" })).toThrow(/SLURM_ARRAY_TASK_MIN is not set/);
  });

  it("covers every run exactly once across the tasks of an array (the shards of k/N)", () => {
    const runs = 1003;
    const ranges = [0, 1, 2, 3, 4, 5, 6].map((i) => shardRange(runs, shardFromEnvironment({ JOB_COMPLETION_INDEX: String(i) }, 7)));
    expect(ranges.map((r) => r.end - r.start).reduce((a, b) => a + b)).toBe(runs);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i].start).toBe(ranges[i - 1].end);
    expect(ranges).toEqual([1, 2, 3, 4, 5, 6, 7].map((index) => shardRange(runs, { index, count: 7 })));
  });

  it("resolves k/N as before and auto from the environment", () => {
    expect(resolveShard("2/3", {})).toEqual(parseShard("2/3"));
    expect(resolveShard("auto", { JOB_COMPLETION_INDEX: "1" }, 3)).toMatchObject({ index: 2, count: 3 });
  });
});

describe("shard folder names", () => {
  it("come from the index, padded to the count's width so they list in order", () => {
    expect(shardFolderName({ index: 3, count: 4 })).toBe("shard-3-of-4");
    expect(shardFolderName({ index: 3, count: 16 })).toBe("shard-03-of-16");
    const names = Array.from({ length: 12 }, (_, i) => shardFolderName({ index: i + 1, count: 12 }));
    expect([...names].sort()).toEqual(names);
  });
});
