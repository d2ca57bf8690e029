/**
 * The rough edges a newcomer hit walking through the README, each run through the real binary.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.ts";

const fresh = () => mkdtempSync(join(tmpdir(), "velocity-newcomer-"));
const SEED = "scenarios/seed-article.yaml";

describe("a newcomer's walk through the README", () => {
  it("validate lists every error of a file, one line each, exit 2", () => {
    const dir = fresh();
    const file = join(dir, "many.yaml");
    writeFileSync(file, "name: many\nhorizon: 52\nrunns: 10\nmarket:\n  arpu: fast\ncompanies:\n  - name: A\n    agent:\n      tokensPerSecond: -1\n");
    const result = runCli(["validate", file]);
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/many\.yaml:2:10: horizon/);
    expect(lines[1]).toMatch(/many\.yaml:3:1: unknown key "runns" \(did you mean "runs"\?\)/);
    expect(result.stderr).toMatch(/:2:10: horizon: expected a duration with its unit such as 52 weeks or 52 h \(a bare number is ambiguous; did you mean 52 weeks\?\), got 52/);
    expect(result.stderr).toMatch(/:5:9: market\.arpu: expected/);
    expect(result.stderr).toMatch(/:9:24: companies\[0\]\.agent\.tokensPerSecond: expected a value between 0\.1 and 1M, got -1/);
  });

  it("--precision starts from the scenario's runs instead of from zero", () => {
    const dir = fresh();
    const result = runCli(["run", SEED, "--set", "runs=600", "--precision", "1000", "--workers", "1", "--no-charts", "--out", join(dir, "p")]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("600 runs per point");
  }, 120_000);

  it("--progress prints progress when stderr is not a terminal", () => {
    const result = runCli(["run", SEED, "--runs", "60", "--workers", "1", "--no-charts", "--progress", "--out", join(fresh(), "p")]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/60\/60 runs/);
  });

  it("--workers help says the default once", () => {
    const help = runCli(["run", "--help"]).stdout.replace(/\s+/g, " ");
    expect(help).toMatch(/-w, --workers <n> worker threads \(default: one per core, \d+ on this machine\)/);
    expect(help).not.toMatch(/all cores\) \(default/);
  });

  it("trace --chart writes the chart and prints a line, not the whole log", () => {
    const dir = fresh();
    const result = runCli(["trace", SEED, "--chart", join(dir, "t.json")]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines.length).toBeLessThan(5);
    expect(lines[0]).toMatch(/^wrote .*t\.json \(\d+ events\)$/);
    expect(JSON.parse(readFileSync(join(dir, "t.json"), "utf8")).$schema).toMatch(/vega-lite/);
  });

  it("summary.md says which values --set changed, ahead of the scenario's own story", () => {
    const out = join(fresh(), "s");
    const result = runCli(["run", SEED, "--runs", "10", "--workers", "1", "--no-charts", "-q", "--out", out, "--set", "companies[B].agent.tokensPerSecond=65"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
    const md = readFileSync(join(out, "summary.md"), "utf8").split("\n");
    expect(md[2]).toBe("**Changed from the scenario file with --set:** `companies[B].agent.tokensPerSecond=65`.");
    expect(md[4]).toMatch(/^The scenario file's description, written before these changes \(the results below may contradict it\): /);
  });

  it("velocity report on a damaged summary.json: one line naming the file and field, exit 2", () => {
    const dir = fresh();
    cpSync(join(repoRoot, "test/fixtures/summary"), dir, { recursive: true });
    const summary = JSON.parse(readFileSync(join(dir, "summary.json"), "utf8"));
    summary.points[0].companies[0].reachedTarget = "lots";
    writeFileSync(join(dir, "summary.json"), JSON.stringify(summary));
    const result = runCli(["report", dir]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/summary\.json: expected the JSON velocity run writes, got points\[0\]\.companies\[0\]\.reachedTarget: expected object/);
    writeFileSync(join(dir, "summary.json"), JSON.stringify({ ...summary, points: [{ label: 1 }] }));
    const again = runCli(["report", dir]);
    expect(again.status).toBe(2);
    expect(again.stderr).not.toMatch(/TypeError|\n\s+at /);
  });
});
