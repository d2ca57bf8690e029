import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.ts";

// Submitting to a real cluster is `npm run test:slurm` (test/slurm/); these run without one.
describe("velocity slurm", () => {
  it("checks the scenario with its --set before submitting anything: one line, exit 2", () => {
    const out = join(mkdtempSync(join(tmpdir(), "velocity-slurm-cli-")), "results");
    const result = runCli(["slurm", "scenarios/grounded.yaml", "--shards", "4", "--out", out, "--set", "companies[A].agent.tokensPerSecond=fast"]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/companies\[A\]\.agent\.tokensPerSecond/);
    expect(existsSync(`${out}-shards`)).toBe(false);
  });

  it("needs --shards, a whole number ≥ 1", () => {
    expect(runCli(["slurm", "scenarios/grounded.yaml"]).stderr).toMatch(/required option '--shards <n>' not specified/);
    const result = runCli(["slurm", "scenarios/grounded.yaml", "--shards", "0"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--shards.*expected a whole number ≥ 1/);
  });

  it("without Slurm on the machine says so in one line, exit 2", () => {
    // A PATH with bash, node and dirname but no sbatch.
    const bin = mkdtempSync(join(tmpdir(), "velocity-no-slurm-"));
    symlinkSync("/bin/bash", join(bin, "bash"));
    symlinkSync(process.execPath, join(bin, "node"));
    symlinkSync("/usr/bin/dirname", join(bin, "dirname"));
    const result = runCli(["slurm", "scenarios/grounded.yaml", "--shards", "2", "--out", join(bin, "out")], { env: { PATH: bin } });
    expect(result.stderr.trim()).toBe("velocity slurm: sbatch not found: run this on a Slurm login node");
    expect(result.status).toBe(2);
  });

  it("puts shards and logs under output/<file name>, never where a scenario's name: points (../../x)", () => {
    // A stand-in sbatch that accepts every job, so submit.sh goes as far as making the logs folder.
    const root = mkdtempSync(join(tmpdir(), "velocity-slurm-name-"));
    const project = join(root, "a", "b");
    mkdirSync(project, { recursive: true });
    const bin = join(root, "bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "sbatch"), "#!/bin/sh\necho 42\n");
    chmodSync(join(bin, "sbatch"), 0o755);
    writeFileSync(join(project, "evil.yaml"), `extends: ${join(repoRoot, "scenarios/grounded.yaml")}\nname: "../../x"\n`);
    const result = runCli(["slurm", "evil.yaml", "--shards", "2"], { cwd: project, env: { PATH: `${bin}:${process.env.PATH}` } });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(readdirSync(root).sort()).toEqual(["a", "bin"]);
    expect(existsSync(join(project, "output", "evil-shards", "logs"))).toBe(true);
  });
});
