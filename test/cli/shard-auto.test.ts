import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const fresh = () => mkdtempSync(join(tmpdir(), "velocity-auto-"));
const SCENARIO = "scenarios/grounded.yaml";
const common = ["--runs", "24", "--workers", "1", "--no-charts", "--quiet"];
const SAME_BYTES = ["summary.json", "runs.csv", "manifest.json", "summary.md"];

describe("velocity run --shard auto", () => {
  it("runs each Slurm array task's part into <out>/shard-k-of-N, and merge of the set gives one machine's bytes", () => {
    const whole = fresh();
    expect(runCli(["run", SCENARIO, ...common, "--out", whole]).status).toBe(0);
    const set = fresh();
    // sbatch --array=1-3: tasks 1, 2, 3 of an array whose lowest index is 1.
    for (const id of [3, 1, 2]) {
      const env = { SLURM_ARRAY_TASK_ID: String(id), SLURM_ARRAY_TASK_MIN: "1", SLURM_ARRAY_TASK_MAX: "3", SLURM_ARRAY_TASK_COUNT: "3" };
      const result = runCli(["run", SCENARIO, ...common, "--shard", "auto", "--out", set], { env });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    }
    expect(readdirSync(set).sort()).toEqual(["shard-1-of-3", "shard-2-of-3", "shard-3-of-3"]);
    const merged = fresh();
    const parts = readdirSync(set).map((name) => join(set, name));
    expect(runCli(["merge", ...parts, "--out", merged, "--no-charts", "--quiet"]).status).toBe(0);
    for (const file of SAME_BYTES) expect(readFileSync(join(merged, file), "utf8")).toBe(readFileSync(join(whole, file), "utf8"));
    // The set's folder stands for the shards in it: no shell glob needed (a Kubernetes Job has none).
    const fromSet = fresh();
    const result = runCli(["merge", set, "--out", fromSet, "--no-charts"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("3 shards, 24 runs per point");
    for (const file of SAME_BYTES) expect(readFileSync(join(fromSet, file), "utf8")).toBe(readFileSync(join(whole, file), "utf8"));
  });

  it("numbers a Kubernetes Indexed Job's pods from JOB_COMPLETION_INDEX with the completions from --shard-count", () => {
    const set = fresh();
    const result = runCli(["run", SCENARIO, "--runs", "24", "--workers", "1", "--no-charts", "--shard", "auto", "--shard-count", "4", "--out", set], {
      env: { JOB_COMPLETION_INDEX: "0" },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("shard 1/4 from Kubernetes (6 runs per point)");
    const manifest = JSON.parse(readFileSync(join(set, "shard-1-of-4", "manifest.json"), "utf8"));
    expect(manifest.shard).toMatchObject({ index: 1, count: 4, start: 0, end: 6 });
  });

  it("takes AWS Batch's index and array size", () => {
    const set = fresh();
    const env = { AWS_BATCH_JOB_ARRAY_INDEX: "1", AWS_BATCH_JOB_ARRAY_SIZE: "2" };
    expect(runCli(["run", SCENARIO, ...common, "--shard", "auto", "--out", set], { env }).status).toBe(0);
    expect(readdirSync(set)).toEqual(["shard-2-of-2"]);
  });

  it("outside an array job: one line naming the variables it looked for, exit 2, nothing written", () => {
    const set = fresh();
    const result = runCli(["run", SCENARIO, ...common, "--shard", "auto", "--out", join(set, "parts")]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^--shard auto: no array job index in the environment \(SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX, AWS_BATCH_JOB_ARRAY_INDEX/);
    expect(existsSync(join(set, "parts"))).toBe(false);
  });

  it("refuses a Slurm task index past the array's last task: one line, exit 2, no shard folder", () => {
    const set = fresh();
    const env = { SLURM_ARRAY_TASK_ID: "999999", SLURM_ARRAY_TASK_MIN: "0", SLURM_ARRAY_TASK_COUNT: "4" };
    const result = runCli(["run", SCENARIO, ...common, "--shard", "auto", "--out", set], { env });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe("--shard auto: SLURM_ARRAY_TASK_ID is 999999 but the array's 4 tasks run from 0 to 3 (submit with --array=0-3, or use --shard k/N)");
    expect(readdirSync(set)).toEqual([]);
  });

  it("refuses --shard-count without --shard auto", () => {
    const result = runCli(["run", SCENARIO, ...common, "--shard", "1/2", "--shard-count", "2", "--out", fresh()]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe("--shard-count goes with --shard auto (got --shard 1/2)");
  });
});
