/**
 * A scenario's own numbers come back from a folder exactly as they were run. manifest.json once
 * rounded the resolved scenario to six digits like an output, so a 1,048,576-token context window
 * (or any input with seven digits) no longer matched its hash and `velocity merge` refused shards
 * that were fine.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const fresh = () => mkdtempSync(join(tmpdir(), "velocity-exact-"));
const common = ["--runs", "20", "--workers", "1", "--no-charts", "--quiet", "--levers", "none"];

describe("inputs with more than six digits survive a folder", () => {
  const dir = fresh();
  const scenario = join(dir, "precise.yaml");
  writeFileSync(scenario, `extends: ${join(process.cwd(), "scenarios/seed-article.yaml")}\ncompanies:\n  - name: A\n    agent:\n      pricePerMOutput: 12.3456789\n`);

  it("manifest.json keeps the resolved scenario's value exactly", () => {
    const out = fresh();
    expect(runCli(["run", scenario, ...common, "--out", out]).status).toBe(0);
    expect(readFileSync(join(out, "manifest.json"), "utf8")).toContain("12.3456789");
  });

  it("shards of such a scenario merge into the bytes of one run", () => {
    const whole = fresh();
    expect(runCli(["run", scenario, ...common, "--out", whole]).status).toBe(0);
    const parts = [1, 2].map((k) => {
      const part = fresh();
      expect(runCli(["run", scenario, ...common, "--shard", `${k}/2`, "--out", part]).status).toBe(0);
      return part;
    });
    const merged = fresh();
    const result = runCli(["merge", ...parts, "--out", merged, "--no-charts"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    for (const file of ["summary.json", "runs.csv", "manifest.json"]) {
      expect(readFileSync(join(merged, file), "utf8")).toBe(readFileSync(join(whole, file), "utf8"));
    }
  });
});
