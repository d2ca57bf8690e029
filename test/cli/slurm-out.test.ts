/**
 * `velocity slurm --out` and deploy/slurm/submit.sh: sbatch reads `%` and `\` in a log path as a
 * filename pattern (`%j` is the job id, `\\` turns patterns off), so the logs would land somewhere
 * else than the folder the user named; and a folder starting with `-` is read as an option by
 * mkdir and velocity merge. Each is refused in one line, exit 2, before anything is made.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.ts";

/** A scratch folder with a stand-in sbatch on PATH that records it was called. */
function scratch() {
  const root = mkdtempSync(join(tmpdir(), "velocity-slurm-out-"));
  const bin = join(root, "bin");
  mkdirSync(bin);
  writeFileSync(join(bin, "sbatch"), `#!/bin/sh\ntouch "${root}/sbatch-called"\necho 42\n`);
  chmodSync(join(bin, "sbatch"), 0o755);
  const work = join(root, "work");
  mkdirSync(work);
  return { root, work, env: { PATH: `${bin}:${process.env.PATH}` } };
}

const BAD_OUTS = ["logs-%j", "a%b/c", "50%", "back\\slash", "a\\%j", "-x", "--help", "-"];

describe("velocity slurm --out that sbatch or mkdir would misread", () => {
  for (const out of BAD_OUTS) {
    it(`refuses --out ${JSON.stringify(out)}: one line, exit 2, nothing made, nothing submitted`, () => {
      const { root, work, env } = scratch();
      const result = runCli(["slurm", join(repoRoot, "scenarios/grounded.yaml"), "--shards", "2", `--out=${out}`], { cwd: work, env });
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(/--out/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(work)).toEqual([]);
      expect(readdirSync(root).sort()).toEqual(["bin", "work"]);
    });
  }

  it("leaves the default folder alone: made from the file name, it never holds %, \\ or a leading -", () => {
    const { root, work, env } = scratch();
    writeFileSync(join(work, "-50%.yaml"), `extends: ${join(repoRoot, "scenarios/grounded.yaml")}\n`);
    const result = runCli(["slurm", "./-50%.yaml", "--shards", "2"], { cwd: work, env });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(readdirSync(join(work, "output")).sort()).toEqual(["50-shards"]);
    expect(readdirSync(root)).toContain("sbatch-called");
  });

  it("takes an ordinary folder (a space, a dot, a dash inside) and submits", () => {
    const { root, work, env } = scratch();
    const result = runCli(["slurm", join(repoRoot, "scenarios/grounded.yaml"), "--shards", "2", "--out", "my results/run-1.2"], { cwd: work, env });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(readdirSync(root)).toContain("sbatch-called");
  });
});

describe("deploy/slurm/submit.sh --out that sbatch or mkdir would misread", () => {
  for (const out of BAD_OUTS) {
    it(`refuses --out ${JSON.stringify(out)}: one line, exit 2, nothing made, nothing submitted`, () => {
      const { root, work, env } = scratch();
      const result = spawnSync("bash", [join(repoRoot, "deploy/slurm/submit.sh"), "--shards", "2", "--out", out, join(repoRoot, "scenarios/grounded.yaml")], {
        cwd: work,
        encoding: "utf8",
        env: { ...process.env, ...env, VELOCITY: join(repoRoot, "bin/velocity.mjs") },
      });
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(/--out/);
      expect(readdirSync(work)).toEqual([]);
      expect(readdirSync(root).sort()).toEqual(["bin", "work"]);
    });
  }
});
