import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BAD_DIR, catalogue, expectedPrefix } from "../scenario/catalogue.ts";
import { repoRoot, runCli } from "./run-cli.ts";

// CLI tests run the real binary (dist/ when built: run `npm run -s build` first).

describe("velocity validate", () => {
  it("accepts the bundled scenarios with one ok line each", () => {
    // The bundled scenarios are the model's to tune; only their validity and the line's shape are fixed here.
    const files = readdirSync("scenarios").filter((f) => f.endsWith(".yaml")).map((f) => `scenarios/${f}`);
    expect(files.length).toBeGreaterThan(0);
    const result = runCli(["validate", ...files]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(files.length);
    lines.forEach((line, i) => {
      if (files[i] === "scenarios/models.yaml") expect(line).toMatch(/^ok: scenarios\/models\.yaml \(catalogue of \d+ offerings\)$/);
      else expect(line).toMatch(new RegExp(`^ok: ${files[i].replace(/[.]/g, "\\.")} \\(\\d+ compan(y|ies), horizon [\\d.]+ weeks, \\d+ runs(, \\d+ sweep points)?\\)$`));
    });
  });

  it("prints exactly: ok: file (companies, horizon, runs)", () => {
    const result = runCli(["validate", "test/fixtures/scenarios/good/base.yaml", "test/fixtures/scenarios/good/sweep.yaml"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      "ok: test/fixtures/scenarios/good/base.yaml (2 companies, horizon 26 weeks, 100 runs)\n" +
        "ok: test/fixtures/scenarios/good/sweep.yaml (2 companies, horizon 52 weeks, 10 runs, 6 sweep points)\n",
    );
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
    const result = runCli(["validate", "test/fixtures/scenarios/good/base.yaml", "--set", "horizon=10 weeks", "--set", "runs=50"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("ok: test/fixtures/scenarios/good/base.yaml (2 companies, horizon 10 weeks, 50 runs)\n");
  });

  it("mixes ok and bad files: prints both, exit 2", () => {
    const result = runCli(["validate", "test/fixtures/scenarios/good/minimal.yaml", `${BAD_DIR}/zero-runs.yaml`]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("ok: test/fixtures/scenarios/good/minimal.yaml (1 company, horizon 52 weeks, 1000 runs)\n");
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("YAML nested 200,000 deep: one line, exit 2, in well under a second of parsing (it aborted V8)", () => {
    const file = join(mkdtempSync(join(tmpdir(), "velocity-deep-")), "deep.yaml");
    writeFileSync(file, `name: deep\ncompanies: ${"[".repeat(200_000)}${"]".repeat(200_000)}\n`);
    const result = runCli(["validate", file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${file}:2:75: expected at most 64 levels of nesting (lists and maps inside each other), got more\n`);
  });

  it("names a bad value once, not once per company that extends the one it is written in", () => {
    const file = join(mkdtempSync(join(tmpdir(), "velocity-inherit-")), "inherit.yaml");
    // grounded's B extends A; C and D extend A too: four companies inherit line 5's value.
    const lines = [`extends: ${join(repoRoot, "scenarios/grounded.yaml")}`, "name: inherit", "companies:", "  - name: A", "    agent: { tokensPerSecond: -5 }", "  - { name: C, extends: A }", "  - { name: D, extends: A }"];
    writeFileSync(file, `${lines.join("\n")}\n`);
    const result = runCli(["validate", file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${file}:5:31: companies[0].agent.tokensPerSecond: expected a value between 0.1 and 1M, got -5\n`);
  });
});
