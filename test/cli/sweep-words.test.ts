/**
 * What a sweep says: each verdict names its point; a company the point does not change gets "the
 * effect of the rival's change" and no price; generated values read with three significant
 * figures; and the sweep writes its own folder, never the run's.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.ts";

describe("velocity sweep", () => {
  const cwd = mkdtempSync(join(tmpdir(), "velocity-sweep-words-"));
  const scenario = join(repoRoot, "scenarios/seed-article.yaml");
  const result = runCli(["sweep", scenario, "--vary", "companies[B].agent.tokensPerSecond=65..3000 log 3", "--runs", "12", "--levers", "none", "--no-charts", "--workers", "1"], { cwd });

  it("writes its own folder, named after what it varies, and leaves the run's alone", () => {
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(existsSync(join(cwd, "output/seed-article-sweep-tokensPerSecond/summary.json"))).toBe(true);
    expect(existsSync(join(cwd, "output/seed-article"))).toBe(false);
  });

  it("labels the generated points with three significant figures (442, not 441.588)", () => {
    const summary = JSON.parse(readFileSync(join(cwd, "output/seed-article-sweep-tokensPerSecond/summary.json"), "utf8"));
    expect(summary.points.map((p: { label: string }) => p.label)).toEqual(["B.tokensPerSecond=65", "B.tokensPerSecond=442", "B.tokensPerSecond=3000"]);
  });

  it("names the point of each verdict; A, which the sweep does not change, gets the rival's change and no price", () => {
    const text = result.stdout.replace(/\s+/g, " "); // the terminal wraps lines at 100 columns
    expect(text).toContain("At B.tokensPerSecond=3000: Paying");
    expect(text).toContain("At B.tokensPerSecond=3000: A is as at B.tokensPerSecond=65 here, so its difference is the effect of the rival's change: it loses");
    const summary = JSON.parse(readFileSync(join(cwd, "output/seed-article-sweep-tokensPerSecond/summary.json"), "utf8"));
    const self = summary.points[2].verdicts.filter((v: { against: string }) => v.against.includes(" @ "));
    expect(self.map((v: { of: string; rivalsChange?: boolean }) => [v.of, v.rivalsChange ?? false])).toEqual([
      ["A", true],
      ["B", false],
    ]);
  });
  it("names whose speed moved, the same way in summary.json, runs.csv, the terminal and the charts", async () => {
    const folder = join(cwd, "output/seed-article-sweep-tokensPerSecond");
    const summary = JSON.parse(readFileSync(join(folder, "summary.json"), "utf8"));
    const labels: string[] = summary.points.map((p: { label: string }) => p.label);
    // Every label names B, the company whose field the sweep sets, never a bare field.
    expect(labels.every((l) => l.startsWith("B.tokensPerSecond="))).toBe(true);
    const csv = readFileSync(join(folder, "runs.csv"), "utf8").trim().split("\n");
    const at = csv[0].split(",").indexOf("label");
    expect([...new Set(csv.slice(1).map((line) => line.split(",")[at]))]).toEqual(labels);
    // A against itself at the baseline: the comparison says it was B's speed that moved.
    const against = summary.points[1].comparisons.map((c: { against: string }) => c.against);
    expect(against).toContain("A @ B.tokensPerSecond=65");
    expect(result.stdout).toMatch(/^A vs A @ B\.tokensPerSecond=65 /m);
    expect(result.stdout).not.toMatch(/@ tokensPerSecond=/);
    // Every sentence and table that names a point names it by its label, in one form.
    const named = [...result.stdout.replace(/\s+/g, " ").matchAll(/(?:^|\. |\n)At ([^:]+):/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(3);
    for (const name of named) expect(labels).toContain(name);
    expect(result.stdout).not.toMatch(/output tokens\/s = /);
    // The sweep overlays' legends list the same labels.
    const { summaryCharts } = await import("../../src/charts/index.ts");
    const reached = summaryCharts(summary).find((c) => c.name === "sweep-reached");
    expect((reached?.spec as { encoding: { color: { scale: { domain: string[] } } } }).encoding.color.scale.domain).toEqual(labels);
    // A chart of one point says which, by the same label.
    const paired = summaryCharts(summary).find((c) => c.name === "paired-difference");
    expect((paired?.spec as { title: { subtitle: string[] } }).title.subtitle).toContain(`at ${labels[labels.length - 1]}`);
  });
});
