import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.ts";

const fresh = () => mkdtempSync(join(tmpdir(), "velocity-run-"));
const SEED = "scenarios/seed-article.yaml";

describe("velocity run", () => {
  it("runs a scenario, prints a table and writes the output folder", () => {
    const out = fresh();
    const result = runCli(["run", SEED, "--runs", "40", "--workers", "1", "--out", out, "--no-charts"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/company\s+v1 wk\s+(takeoff )?wk/); // a heading may wrap to fit 100 columns
    expect(result.stdout).toContain(`40 runs per point`);
    for (const file of ["summary.json", "summary.md", "runs.csv", "manifest.json", "timing.json"]) expect(existsSync(join(out, file))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.command).toBe(`velocity run ${SEED} --runs 40 --seed 42`);
    const csv = readFileSync(join(out, "runs.csv"), "utf8").trim().split("\n");
    expect(csv).toHaveLength(1 + 40 * 2);
  });

  it("prints summary.json with --json", () => {
    const result = runCli(["run", SEED, "--runs", "20", "--workers", "1", "--out", fresh(), "--no-charts", "--json"]);
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.points[0].companies.map((c: { name: string }) => c.name)).toEqual(["A", "B"]);
  });

  const bad: [string, string[], RegExp][] = [
    ["a shard past the count", ["--shard", "4/3"], /--shard: expected k\/N with 1 ≤ k ≤ N, got "4\/3"/],
    ["negative runs", ["--runs", "-1"], /--runs.*expected a whole number ≥ 1/],
    ["zero workers", ["--workers", "0"], /--workers.*expected a whole number ≥ 1/],
    ["a bad precision", ["--precision", "soon"], /--precision.*expected a positive number/],
    ["a bad --set", ["--set", "companies[B].agent.tokensPerSecond=fast"], /--set companies\[B\]\.agent\.tokensPerSecond: expected/],
    ["an unknown --vary path", ["--vary", "companies[B].agent.tokensPerSecnd=1,2"], /tokensPerSecnd/],
  ];
  for (const [name, args, message] of bad) {
    it(`refuses ${name} with one line and exit 2, writing nothing`, () => {
      const out = join(fresh(), "never");
      const result = runCli(["run", SEED, "--out", out, ...args]);
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    });
  }

  it("refuses a missing scenario file with one line and exit 2", () => {
    const result = runCli(["run", "scenarios/no-such.yaml"]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("no-such.yaml");
  });

  it("refuses an --out that cannot be a folder before simulating, with one line and exit 2", () => {
    const file = join(fresh(), "a-file");
    writeFileSync(file, "");
    const result = runCli(["run", SEED, "--runs", "10", "--out", join(file, "out")]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/a-file is a file, not a folder \(choose another --out\)/);
  });

  it("velocity sweep refuses a scenario with nothing to sweep", () => {
    const result = runCli(["sweep", SEED, "--out", fresh()]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/nothing to sweep/);
  });

  for (const workers of ["1", "2"]) {
    it(`stops cleanly on Ctrl-C with ${workers} worker(s): exit 130 and no half-written output`, async () => {
      const out = join(fresh(), "interrupted");
      const child = spawn(process.execPath, [`${repoRoot}bin/velocity.mjs`, "run", SEED, "--runs", "200000", "--workers", workers, "--out", out], { cwd: repoRoot });
      let stderr = "";
      child.stderr.on("data", (d) => (stderr += d));
      await new Promise((resolve) => setTimeout(resolve, 2500));
      child.kill("SIGINT");
      const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
      expect(code).toBe(130);
      expect(stderr.trim()).toBe("interrupted: stopped before writing any output");
      expect(existsSync(out)).toBe(false);
    });
  }

  it("stops cleanly on SIGTERM (timeout, Slurm, Kubernetes): exit 143, and no lock file or temporary folder left beside --out", async () => {
    const parent = fresh();
    const out = join(parent, "terminated");
    const child = spawn(process.execPath, [`${repoRoot}bin/velocity.mjs`, "run", SEED, "--runs", "200000", "--workers", "2", "--out", out], { cwd: repoRoot });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(readdirSync(parent).length).toBeGreaterThan(0); // the lock and the folder being built
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).toBe(143);
    expect(stderr.trim()).toBe("interrupted (SIGTERM): stopped before writing any output");
    expect(readdirSync(parent)).toEqual([]);
  });
});
