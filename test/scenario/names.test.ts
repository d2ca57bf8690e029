/**
 * Names (of the scenario, its companies, its sweep points) are one short line: they go into vega
 * expressions, CSV cells, terminal tables and file names. A name that breaks a line or runs to a
 * megabyte is refused where it is written, with its file:line:col.
 */
import { describe, expect, it } from "vitest";
import { loadForExplorer, scenarioFilesFor } from "../../src/explorer/index.ts";
import { loadScenario, MAX_NAME_LENGTH, memoryScenarioFiles, nameProblem } from "../../src/scenario/index.ts";

const SEED = "scenarios/seed-article.yaml";

describe("names", () => {
  it("takes an ordinary name of up to 80 characters, accents and all", () => {
    expect(nameProblem("Café Étoile — fast")).toBeUndefined();
    expect(nameProblem("x".repeat(MAX_NAME_LENGTH))).toBeUndefined();
    expect(loadScenario(SEED, { set: [`companies[B].name=${"a".repeat(80)}`] }).companies[1].name).toHaveLength(80);
  });

  it("refuses a 900,000-character company name, saying how long it is", () => {
    expect(() => loadScenario(SEED, { set: [`companies[B].name=${"x".repeat(900_000)}`] })).toThrow(
      /--set companies\[B\]\.name: expected a name of at most 80 characters, got 900,000 characters/,
    );
  });

  it("refuses U+2028, U+2029 and other control characters, saying which and where", () => {
    expect(nameProblem("A\u2028x")).toBe("expected a name on one line, got the control character U+2028 at character 2 (remove it: a name is a label in tables and charts)");
    expect(nameProblem("AB\u2029")).toBe("expected a name on one line, got the control character U+2029 at character 3 (remove it: a name is a label in tables and charts)");
    expect(nameProblem("A\tB")).toMatch(/U\+0009/);
  });

  it("points at the name's line and column in the file, in the explorer as in the CLI", () => {
    const files = scenarioFilesFor(SEED);
    const bad = files[SEED].replace("  - name: B\n", '  - name: "B\\u2028fast"\n');
    const line = bad.split("\n").findIndex((l) => l.includes("B\\u2028fast")) + 1;
    expect(() => loadForExplorer(memoryScenarioFiles({ ...files, [SEED]: bad }), SEED, 100, 1)).toThrow(
      `${SEED}:${line}:11: companies[1].name: expected a name on one line, got the control character U+2028 at character 2 (remove it: a name is a label in tables and charts)`,
    );
  });

  it("refuses a sweep point label that breaks a line", () => {
    const files = scenarioFilesFor(SEED);
    const bad = `${files[SEED]}\nsweep:\n  points:\n    - { label: "fast\\u2029mode", set: { "companies[B].agent.tokensPerSecond": 2000 } }\n`;
    expect(() => loadForExplorer(memoryScenarioFiles({ ...files, [SEED]: bad }), SEED, 100, 1)).toThrow(/sweep\.points\[0\]\.label: expected a name on one line, got the control character U\+2029/);
  });
});
