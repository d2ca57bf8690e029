/**
 * `--set` (and `--runs`, `--seed`, which are `--set runs=…`, `--set seed=…`) replace a value for one
 * run, but never hide that the file's own value is invalid: the file's error is reported, at its
 * line and column, saying the command line would have replaced it.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenarioFrom, memoryScenarioFiles } from "../../src/scenario/index.ts";
import { runCli } from "../cli/run-cli.ts";

const TEXT = "name: s\nruns: -5\ncompanies:\n  - name: A\n    agent: { tokensPerSecond: 0 }\n";
const load = (set: string[]) => () => loadScenarioFrom(memoryScenarioFiles({ "s.yaml": TEXT }), "s.yaml", { set });

describe("--set over an invalid value in the file", () => {
  it("reports the file's runs: -5 even with --set runs=20, at the file's line and column", () => {
    expect(load(["runs=20", "companies[A].agent.tokensPerSecond=50"])).toThrow(
      "s.yaml:2:7: runs: expected a value between 1 and 10000000, got -5 (the command line replaces it for this run only: fix the file)",
    );
  });

  it("reports a company's bad value replaced by --set the same way", () => {
    const fixed = () => loadScenarioFrom(memoryScenarioFiles({ "s.yaml": TEXT.replace("runs: -5", "runs: 10") }), "s.yaml", { set: ["companies[A].agent.tokensPerSecond=50"] });
    expect(fixed).toThrow(/s\.yaml:5:31: companies\[A\]\.agent\.tokensPerSecond: expected a value between 0\.1 and 1M, got 0 \(the command line replaces it/);
  });

  it("still lets --set replace a valid value, or add one the file leaves out", () => {
    const good = TEXT.replace("runs: -5", "runs: 10").replace("tokensPerSecond: 0", "tokensPerSecond: 40");
    const scenario = loadScenarioFrom(memoryScenarioFiles({ "s.yaml": good }), "s.yaml", { set: ["runs=20", "seed=3", "horizon=10 weeks"] });
    expect([scenario.runs, scenario.seed, scenario.horizon]).toEqual([20, 3, 10 * 168]);
  });

  it("velocity run --runs 20 on a file with runs: -5: one line, exit 2, nothing written", () => {
    const dir = mkdtempSync(join(tmpdir(), "velocity-set-bad-"));
    writeFileSync(join(dir, "s.yaml"), TEXT.replace("tokensPerSecond: 0", "tokensPerSecond: 40"));
    const result = runCli(["run", join(dir, "s.yaml"), "--runs", "20", "--no-charts", "--out", join(dir, "out")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${join(dir, "s.yaml")}:2:7: runs: expected a value between 1 and 10000000, got -5 (the command line replaces it for this run only: fix the file)\n`);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});
