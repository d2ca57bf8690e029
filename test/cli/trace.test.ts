import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

describe("velocity trace", () => {
  it("prints one replication's event log with readable times", () => {
    const result = runCli(["trace", "scenarios/seed-article.yaml", "--run", "2"]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toContain("seed-article: run 2");
    expect(result.stdout).toMatch(/^w0 Mon 09:00 +A +planStart +v1 /m);
    expect(result.stdout).toMatch(/^w\d+ \w{3} \d\d:\d\d +B +released +v1 +v1 shipped, \d+ customers$/m);
    expect(result.stdout).toMatch(/^B: v1 week \d+\.\d/m);
  });

  it("prints JSON for machines, the same run for the same --run", () => {
    const one = runCli(["trace", "scenarios/seed-article.yaml", "--run", "1", "--json"]);
    expect(one.status).toBe(0);
    const doc = JSON.parse(one.stdout);
    expect(doc).toMatchObject({ scenario: "seed-article", seed: 42, run: 1 });
    expect(doc.trace.length).toBeGreaterThan(10);
    expect(doc.trace[0]).toHaveProperty("event", "planStart");
    expect(doc.companies.map((c: { name: string }) => c.name)).toEqual(["A", "B"]);
    expect(runCli(["trace", "scenarios/seed-article.yaml", "--run", "1", "--json"]).stdout).toBe(one.stdout);
  });

  it("leaves out task events with --no-tasks", () => {
    const result = runCli(["trace", "scenarios/seed-article.yaml", "--no-tasks"]);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain("taskStart");
    expect(result.stdout).toMatch(/ released +v2 /);
  });

  it("applies --set overrides", () => {
    const result = runCli(["trace", "scenarios/seed-article.yaml", "--json", "--set", "horizon=2 weeks"]);
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(Math.max(...doc.trace.map((e: { time: number }) => e.time))).toBeLessThanOrEqual(336);
  });

  it("rejects a bad scenario with one line and exit code 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "velocity-trace-"));
    const file = join(dir, "bad.yaml");
    writeFileSync(file, "name: bad\nhorizon: banana\n");
    const result = runCli(["trace", file]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("bad.yaml");
  });

  it("rejects a bad --run with exit code 2", () => {
    const result = runCli(["trace", "scenarios/seed-article.yaml", "--run", "-1"]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});
