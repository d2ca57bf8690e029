/**
 * deploy/slurm/'s scripts without a cluster (`npm run test:slurm` runs them under the real
 * scheduler): they are valid bash, and run by hand with the variables Slurm would set they write
 * the shard set and merge it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../cli/run-cli.ts";

const slurm = join(repoRoot, "deploy/slurm");

function bash(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync("bash", args, { cwd: repoRoot, encoding: "utf8", env: { ...process.env, VELOCITY: join(repoRoot, "bin/velocity.mjs"), ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("deploy/slurm/ scripts", () => {
  it("are valid bash", () => {
    for (const file of readdirSync(slurm)) expect(bash(["-n", join(slurm, file)]).stderr, file).toBe("");
  });

  it("shard.sbatch run as tasks 0 and 1 of --array=0-1, then merge.sbatch, give one machine's results", () => {
    const work = mkdtempSync(join(tmpdir(), "velocity-sbatch-"));
    const set = join(work, "set");
    for (const id of ["0", "1"]) {
      const env = { SLURM_ARRAY_TASK_ID: id, SLURM_ARRAY_TASK_MIN: "0", SLURM_ARRAY_TASK_MAX: "1", SLURM_ARRAY_TASK_COUNT: "2", SLURM_CPUS_PER_TASK: "1" };
      const task = bash([join(slurm, "shard.sbatch"), "scenarios/grounded.yaml", set, "--runs", "20"], env);
      expect(task.stderr).toBe("");
      expect(task.status).toBe(0);
    }
    expect(readdirSync(set).sort()).toEqual(["shard-1-of-2", "shard-2-of-2"]);
    const merged = bash([join(slurm, "merge.sbatch"), set, join(work, "merged"), "--no-charts", "--quiet"]);
    expect(merged.status).toBe(0);
    const one = bash(["-c", '"$VELOCITY" "$@"', "velocity", "run", "scenarios/grounded.yaml", "--runs", "20", "--workers", "1", "--no-charts", "--quiet", "--out", join(work, "one")]);
    expect(one.status).toBe(0);
    for (const file of ["summary.json", "runs.csv", "manifest.json"]) {
      expect(readFileSync(join(work, "merged", file), "utf8")).toBe(readFileSync(join(work, "one", file), "utf8"));
    }
  });

  it("merge.sbatch on a folder with no shards says so in one line, exit 2", () => {
    const empty = mkdtempSync(join(tmpdir(), "velocity-sbatch-"));
    const result = bash([join(slurm, "merge.sbatch"), empty, join(empty, "out")]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(`merge: no shard folders in ${empty} (expected ${empty}/shard-k-of-N/ from shard.sbatch)`);
  });

  it("submit.sh refuses a bad --shards before submitting anything", () => {
    const result = bash([join(slurm, "submit.sh"), "--shards", "0", "--out", "x", "scenarios/grounded.yaml"]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('submit.sh: --shards: expected a whole number ≥ 1, got "0"');
  });
});
