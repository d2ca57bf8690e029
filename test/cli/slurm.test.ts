import { existsSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

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
});
