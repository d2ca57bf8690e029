/**
 * `velocity reprice` answers a change of prices from a saved folder, without simulating: price
 * never feeds back into the timeline, so its folder is, byte for byte, the folder a full re-run
 * with the same `--set` writes. A `--set` that is not a price is refused in one line, exit 2.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const fresh = () => mkdtempSync(join(tmpdir(), "velocity-reprice-"));
// A sweep over B's speed (two points) with two levers, so points and lever columns are priced again too.
const run = ["scenarios/seed-article.yaml", "--runs", "24", "--workers", "1", "--no-charts", "--quiet", "--levers", "instant-model,instant-review", "--lever-runs", "24", "--vary", "companies[B].agent.tokensPerSecond=500,1000"];

describe("velocity reprice", () => {
  const saved = fresh();
  expect(runCli(["run", ...run, "--out", saved]).status).toBe(0);

  for (const set of [["companies[B].agent.pricePerMOutput=150"], ["companies[A].agent.pricePerMInput=$1", "models[opus-4.6].pricePerMOutput=40", "companies[B].agent.costPerSessionHour=2"]]) {
    it(`--set ${set.join(" --set ")}: summary.json and runs.csv are byte-identical to a full re-run`, () => {
      const repriced = join(fresh(), "repriced");
      const result = runCli(["reprice", saved, ...set.flatMap((s) => ["--set", s]), "--no-charts", "--out", repriced]);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/repriced 24 runs per point from .* → .*repriced\//);
      const full = fresh();
      expect(runCli(["run", ...run, ...set.flatMap((s) => ["--set", s]), "--out", full]).status).toBe(0);
      for (const file of ["summary.json", "runs.csv", "summary.md"]) expect(readFileSync(join(repriced, file), "utf8"), file).toBe(readFileSync(join(full, file), "utf8"));
      // The prices did change the answer, so the equality is not of two unchanged folders.
      expect(readFileSync(join(full, "summary.json"), "utf8")).not.toBe(readFileSync(join(saved, "summary.json"), "utf8"));
    });
  }

  it("a --set that is not a price: one line, exit 2, nothing written", () => {
    const out = join(fresh(), "never");
    const result = runCli(["reprice", saved, "--set", "companies[B].agent.tokensPerSecond=150", "--no-charts", "--out", out]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^reprice: --set companies\[B\]\.agent\.tokensPerSecond: expected a price/);
    expect(existsSync(out)).toBe(false);
  });

  it("a folder without saved rows or summary: one line, exit 2", () => {
    const result = runCli(["reprice", fresh(), "--set", "companies[B].agent.pricePerMOutput=150", "--no-charts"]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/no summary\.json/);
  });

  it("runs where a company switches offering mid-run (catch-up): one line, exit 2", () => {
    const dir = fresh();
    expect(runCli(["run", "scenarios/catch-up.yaml", "--runs", "12", "--workers", "1", "--no-charts", "--quiet", "--levers", "none", "--out", dir]).status).toBe(0);
    const result = runCli(["reprice", dir, "--set", "companies[B].agent.pricePerMOutput=150", "--no-charts", "--out", join(fresh(), "x")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^reprice: company A switches offering mid-run/);
  });
});
