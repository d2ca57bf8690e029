import { describe, expect, it } from "vitest";
import { BAD_DIR, catalogue, expectedPrefix } from "../scenario/catalogue.ts";
import { runCli } from "./run-cli.ts";

// CLI tests run the real binary (dist/ when built: run `npm run -s build` first).

describe("velocity validate", () => {
  it("accepts the bundled scenarios with one ok line each", () => {
    const result = runCli(["validate", "scenarios/seed-article.yaml", "scenarios/grounded.yaml", "scenarios/review-bound.yaml"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split("\n")).toEqual([
      "ok: scenarios/seed-article.yaml (2 companies, horizon 26 weeks, 2000 runs)",
      "ok: scenarios/grounded.yaml (2 companies, horizon 52 weeks, 2000 runs)",
      "ok: scenarios/review-bound.yaml (2 companies, horizon 52 weeks, 1000 runs, 4 sweep points)",
    ]);
  });

  it("prints one line per bad catalogue file, the catalogued error, no stack trace, exit 2", () => {
    const rows = catalogue.filter((c) => c.set === undefined);
    const result = runCli(["validate", ...rows.map((c) => `${BAD_DIR}/${c.file}`)]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(rows.length);
    rows.forEach((c, i) => {
      expect(lines[i].startsWith(expectedPrefix(c)), lines[i]).toBe(true);
      expect(lines[i]).toContain(c.message);
    });
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("a single bad file: exit 2, exactly one line", () => {
    const result = runCli(["validate", `${BAD_DIR}/unknown-key.yaml`]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${BAD_DIR}/unknown-key.yaml:5:7: companies[0].agent: unknown key "tokenPerSecond" (did you mean "tokensPerSecond"?)\n`);
  });

  for (const c of catalogue.filter((row) => row.set !== undefined)) {
    it(`--set ${c.set?.join(" ")}: one line, exit 2`, () => {
      const result = runCli(["validate", `${BAD_DIR}/${c.file}`, ...(c.set ?? []).flatMap((s) => ["--set", s])]);
      expect(result.status).toBe(2);
      const lines = result.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0].startsWith("--set ")).toBe(true);
      expect(lines[0]).toContain(c.message);
    });
  }

  it("applies --set before validating", () => {
    const result = runCli(["validate", "scenarios/seed-article.yaml", "--set", "horizon=10 weeks", "--set", "runs=50"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("ok: scenarios/seed-article.yaml (2 companies, horizon 10 weeks, 50 runs)\n");
  });

  it("mixes ok and bad files: prints both, exit 2", () => {
    const result = runCli(["validate", "scenarios/seed-article.yaml", `${BAD_DIR}/zero-runs.yaml`]);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain("ok: scenarios/seed-article.yaml");
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});
