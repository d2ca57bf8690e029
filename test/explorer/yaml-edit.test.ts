/**
 * A control writes its value into the YAML text. The edited file must mean exactly what
 * `--set path=value` means on the original (the CLI command the page shows), and keep the file's
 * comments and layout.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explorerControls, inlineYaml, scenarioFilesFor, setYamlValue } from "../../src/explorer/index.ts";
import { scaleValue } from "../../src/explorer/scale-value.ts";
import { loadCatalogue, loadScenario, loadScenarioFrom, memoryScenarioFiles } from "../../src/scenario/index.ts";

/** Every shipped file (scenarios extend models.yaml and each other), and the scenarios among them. */
const shipped = scenarioFilesFor("scenarios/seed-article.yaml");
const SCENARIOS = Object.keys(shipped).filter((file) => loadCatalogue(file) === null);

/** The scenario with `text` in place of `file`, loaded as the page loads it. */
function loadEdited(file: string, text: string) {
  return loadScenarioFrom(memoryScenarioFiles({ ...shipped, [file]: text }), file);
}

describe("writing a control's value into the YAML", () => {
  for (const file of SCENARIOS) {
    it(`${file}: every control, doubled, means what --set means`, () => {
      const original = loadScenario(file);
      for (const control of explorerControls(original)) {
        const value = control.kind === "choice" ? control.choices?.[0] : scaleValue(control.value, 2, control.integer, control.min);
        const edited = setYamlValue(shipped[file], control.path, value);
        const viaSet = loadScenario(file, { set: [`${control.path}=${inlineYaml(value)}`] });
        expect(loadEdited(file, edited).resolved, control.path).toEqual(viaSet.resolved);
      }
    });
  }

  it("changes only the value's characters: the line keeps its comment and alignment", () => {
    const text = shipped["scenarios/seed-article.yaml"];
    const edited = setYamlValue(text, "companies[B].agent.tokensPerSecond", 2000);
    const before = text.split("\n");
    const after = edited.split("\n");
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [[before[i], line]]));
    const line = before.find((l) => l.startsWith("      tokensPerSecond: 1000   ")) as string;
    expect(changed).toEqual([[line, line.replace("tokensPerSecond: 1000", "tokensPerSecond: 2000")]]);
  });

  it("keeps a comment in its column when the value gets shorter or longer", () => {
    const text = shipped["scenarios/seed-article.yaml"];
    const column = (t: string) => t.split("\n").find((l) => l.includes("Codex-Spark"))?.indexOf("#");
    expect(column(setYamlValue(text, "companies[B].agent.tokensPerSecond", 100))).toBe(column(text));
    expect(column(setYamlValue(text, "companies[B].agent.tokensPerSecond", 123456))).toBe(column(text));
  });

  it("keeps double quotes on a quoted range", () => {
    const edited = setYamlValue(shipped["scenarios/seed-article.yaml"], "companies[A].task.reviewTime", "90 min to 6 h");
    expect(edited).toContain('      reviewTime: "90 min to 6 h"  # code review');
  });

  it("adds an inherited field to the company that inherits it (B extends A), not to A", () => {
    const edited = setYamlValue(shipped["scenarios/seed-article.yaml"], "companies[B].agent.sessions", 5);
    const scenario = loadEdited("scenarios/seed-article.yaml", edited);
    expect(scenario.companies.map((c) => c.agent.sessions)).toEqual([2, 5]);
  });

  it("adds a key inside a { } map and a group missing from an overlay file", () => {
    let edited = setYamlValue(shipped["scenarios/review-bound.yaml"], "companies[B].agent.sessions", 9);
    edited = setYamlValue(edited, "market.arpu", "$700");
    expect(edited).toContain("agent: { tokensPerSecond: 1000, sessions: 9 }");
    const scenario = loadEdited("scenarios/review-bound.yaml", edited);
    expect(scenario.companies.find((c) => c.name === "B")?.agent.sessions).toBe(9);
    expect(scenario.market.arpu.constant).toBe(700);
  });

  it("adds a company entry for a company the file does not list (it comes from the base)", () => {
    const base = "name: base\ncompanies:\n  - name: A\n    agent:\n      tokensPerSecond: 65\n  - name: B\n";
    const overlay = "extends: base.yaml\nname: overlay\ncompanies:\n  - name: A\n    team:\n      engineers: 2\n";
    const edited = setYamlValue(overlay, "companies[B].agent.tokensPerSecond", 500);
    expect(edited).toBe(`${overlay}  - name: B\n    agent:\n      tokensPerSecond: 500\n`);
    const scenario = loadScenarioFrom(memoryScenarioFiles({ "base.yaml": base, "overlay.yaml": edited }), "overlay.yaml");
    expect(scenario.companies.map((c) => [c.name, c.agent.tokensPerSecond.constant, c.team.engineers])).toEqual([
      ["A", 65, 2],
      ["B", 500, 3],
    ]);
  });

  it("refuses text that is not YAML, saying so in one line", () => {
    expect(() => setYamlValue("name: [unclosed", "target", "$5M")).toThrow(/^fix the YAML error first/);
  });
});

describe("scaling a value as written", () => {
  it("keeps units, words and shape", () => {
    expect(scaleValue("45 min to 3 h", 2)).toBe("90 min to 6 h");
    expect(scaleValue("$10M", 2)).toBe("$20M");
    expect(scaleValue("200k", 0.5)).toBe("100k");
    expect(scaleValue(1000, 3)).toBe(3000);
    expect(scaleValue({ pert: [1, 2, 4] }, 2)).toEqual({ pert: [2, 4, 8] });
  });

  it("×1 gives the value back", () => {
    for (const v of ["45 min to 3 h", "$10M", 65, "2 d to 5 d", { lognormal: { median: 3, p90: 9 } }]) expect(scaleValue(v, 1)).toEqual(v);
  });

  it("leaves a beta share alone, and keeps whole numbers whole and at least the minimum", () => {
    expect(scaleValue({ beta: [7, 3] }, 5)).toEqual({ beta: [7, 3] });
    expect(scaleValue(2, 0.1, true, 1)).toBe(1);
    expect(scaleValue(3, 1.6, true, 1)).toBe(5);
  });
});
