import { describe, expect, it } from "vitest";
import { ScenarioError } from "../../src/scenario/index.ts";
import { closest, describeValue, editDistance, expected, flowText } from "../../src/scenario/messages.ts";
import { parseYamlText } from "../../src/scenario/read-yaml.ts";
import { loadScenario } from "../../src/scenario/index.ts";

describe("messages", () => {
  it("edit distance and did-you-mean", () => {
    expect(editDistance("tokenPerSecond", "tokensPerSecond")).toBe(1);
    expect(editDistance("wiat", "wait")).toBe(2);
    expect(closest("horizn", ["horizon", "runs"])).toBe("horizon");
    expect(closest("zzzzzz", ["horizon", "runs"])).toBeUndefined();
    // One-letter names are close to everything: no guess.
    expect(closest("C", ["A", "B"])).toBeUndefined();
  });

  it("shows values as the user wrote them", () => {
    expect(describeValue("fast")).toBe('"fast"');
    expect(describeValue(1.5)).toBe("1.5");
    expect(describeValue(null)).toBe("null (an empty value)");
    expect(describeValue([])).toBe("an empty list");
    expect(flowText({ beta: [7, 3] })).toBe("{ beta: [7, 3] }");
    expect(expected("a number", "x", "hint")).toBe('expected a number, got "x" (hint)');
  });

  it("formats file:line:col: path: detail, --set path: detail, and file: detail", () => {
    expect(new ScenarioError({ file: "a.yaml", line: 3, column: 7 }, "market.arpu", "expected x, got y").message).toBe("a.yaml:3:7: market.arpu: expected x, got y");
    expect(new ScenarioError({ file: "--set", line: 0, column: 0, path: "companies[B].x" }, "companies[1].x", "expected x").message).toBe("--set companies[B].x: expected x");
    expect(new ScenarioError({ file: "a.yaml", line: 0, column: 0 }, "", "cannot read\nit").message).toBe("a.yaml: cannot read it");
  });
});

describe("YAML reading", () => {
  it("follows a few aliases and keeps the positions of the anchored values", () => {
    const s = loadScenario("test/fixtures/scenarios/good/anchors.yaml");
    expect(s.companies[1].task.reviewTime.text).toBe("30 min to 2 h");
    expect(s.companies[1].task.toolTime.mean).toBeCloseTo((1 / 6 + 0.5 + 2) / 3, 12);
  });

  it("keeps 09:00 a string (YAML 1.2, not sexagesimal) and on/yes as text", () => {
    const tree = parseYamlText("a: 09:00\nb: yes\nc: on\n", "x.yaml");
    expect(tree.kind === "map" && [...tree.entries.values()].map((e) => (e.node.kind === "scalar" ? e.node.value : undefined))).toEqual(["09:00", "yes", "on"]);
  });

  it("refuses merge keys, non-scalar keys and alias cycles with a position", () => {
    expect(() => parseYamlText("a: &x { b: 1 }\nc:\n  <<: *x\n", "m.yaml")).not.toThrow(); // `<<` is a plain key here, refused later as unknown
    expect(() => parseYamlText("? [a, b]\n: 1\n", "k.yaml")).toThrow(/^k\.yaml:1:3: expected a plain key/);
    expect(() => parseYamlText("a: &x [*x]\n", "c.yaml")).toThrow(ScenarioError);
  });
});
