/**
 * `--vary` and `--set` mean the same on a company that others extend: a value set on company A
 * reaches A and every company that inherits it (extends A without writing that value itself), as
 * if it had been written in A's section of the file. Before, `--set companies[A].x` changed A and
 * B (B extends A) while `--vary companies[A].x` changed A only, so a one-at-a-time study by sweeps
 * ran a different experiment from the same study by `--set`.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { companiesReached, expandSweep, loadScenario, loadScenarioFrom, memoryScenarioFiles, parseVary } from "../../src/scenario/index.ts";

const grounded = fileURLToPath(new URL("../../scenarios/grounded.yaml", import.meta.url));
const companiesOf = (s: { resolved: Record<string, unknown> }) => s.resolved.companies;

describe("--vary and --set reach the same companies", () => {
  const base = loadScenario(grounded);

  for (const [path, values] of [
    ["companies[A].agent.tokensPerSecond", [300, 3000]], // B (extends A) writes only its model: it inherits A's speed
    ["companies[A].product.v1Tasks", [50, 400]], // B inherits A's v1 scope
    ["companies[A].agent.sessions", [1, 6]],
    ["companies[B].agent.sessions", [1, 6]], // B's own change never reaches A
    ["companies[A].agent.model", ["opus-4.6-fast"]], // B writes its own model: not reached
  ] as const) {
    it(`${path}: each --vary point is the scenario --set gives`, () => {
      const points = expandSweep(base, [parseVary(`${path}=${values.join(",")}`)]);
      values.forEach((value, i) => {
        const set = loadScenario(grounded, { set: [`${path}=${value}`] });
        expect(companiesOf(points[i].scenario)).toEqual(companiesOf(set));
      });
    });
  }

  it("a file's own sweep follows the same rule (B extends A in the sweep file)", () => {
    const files = memoryScenarioFiles({
      "s.yaml": [
        "name: s",
        "sweep:",
        "  companies[A].agent.sessions: [2, 7]",
        "companies:",
        "  - name: A",
        "    agent: { tokensPerSecond: 65, sessions: 3 }",
        "  - name: B",
        "    extends: A",
        "    agent: { tokensPerSecond: 1000 }",
      ].join("\n"),
    });
    const points = expandSweep(loadScenarioFrom(files, "s.yaml"));
    expect(points.map((p) => p.scenario.companies.map((c) => c.agent.sessions))).toEqual([
      [2, 2],
      [7, 7],
    ]);
    expect(points.map((p) => p.scenario.companies.map((c) => c.agent.tokensPerSecond.constant))).toEqual([
      [65, 1000],
      [65, 1000],
    ]);
  });
});

describe("companiesReached: who inherits a value", () => {
  // C extends B extends A; D extends A and writes x itself; E stands alone.
  const lineage = {
    A: { writes: ["x", "y"] },
    B: { extends: "A", writes: ["y"] },
    C: { extends: "B", writes: [] },
    D: { extends: "A", writes: ["x"] },
    E: { writes: [] },
  };
  const names = ["A", "B", "C", "D", "E"];

  it("a value on A reaches everyone down the chain who does not write it", () => {
    expect(companiesReached(lineage, names, "A", "x")).toEqual(["A", "B", "C"]);
  });

  it("a company that writes the value stops it, for itself and for those who extend it", () => {
    expect(companiesReached(lineage, names, "A", "y")).toEqual(["A", "D"]);
  });

  it("a value on a company nobody extends reaches it alone", () => {
    expect(companiesReached(lineage, names, "C", "x")).toEqual(["C"]);
    expect(companiesReached(undefined, names, "E", "x")).toEqual(["E"]);
  });
});
