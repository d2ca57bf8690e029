import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const fresh = () => mkdtempSync(join(tmpdir(), "velocity-merge-"));
const SEED = "scenarios/seed-article.yaml";
const common = ["--runs", "30", "--workers", "1", "--no-charts", "--quiet"];

describe("velocity merge", () => {
  it("merges shard folders into the bytes of one run", () => {
    const whole = fresh();
    expect(runCli(["run", SEED, ...common, "--out", whole]).status).toBe(0);
    const parts = [1, 2].map((k) => {
      const dir = fresh();
      expect(runCli(["run", SEED, ...common, "--shard", `${k}/2`, "--out", dir]).status).toBe(0);
      return dir;
    });
    const merged = fresh();
    const result = runCli(["merge", ...parts, "--out", merged, "--no-charts"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("2 shards, 30 runs per point");
    for (const file of ["summary.json", "runs.csv", "manifest.json", "summary.md"]) {
      expect(readFileSync(join(merged, file), "utf8")).toBe(readFileSync(join(whole, file), "utf8"));
    }
  });

  it("refuses a folder that is not a shard with one line and exit 2", () => {
    const result = runCli(["merge", fresh(), "--out", fresh()]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/not a shard folder/);
  });
});
