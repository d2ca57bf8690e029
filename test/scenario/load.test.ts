import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { stream } from "../../src/random/index.ts";
import {
  compileScenario,
  expandSweep,
  loadScenario,
  quantityFromNumber,
  scenarioHash,
  ScenarioError,
  type Quantity,
  type Scenario,
} from "../../src/scenario/index.ts";

const good = (name: string): string => `test/fixtures/scenarios/good/${name}`;

/** Draws of every quantity of a scenario from fixed streams: equal scenarios draw equal numbers. */
function fingerprint(s: Scenario): unknown {
  const draw = (q: Quantity, key: string): number[] => [0, 1, 2].map((r) => q.sample(stream(1, r, key)));
  const walk = (value: unknown, key: string): unknown => {
    if (value !== null && typeof value === "object" && "sample" in value) return { text: (value as Quantity).text, mean: (value as Quantity).mean, draws: draw(value as Quantity, key) };
    if (Array.isArray(value)) return value.map((v, i) => walk(v, `${key}[${i}]`));
    if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, `${key}.${k}`)]));
    return value;
  };
  return walk({ ...s, resolved: undefined }, "");
}

describe("loadScenario on the bundled scenarios", () => {
  // models.yaml is the catalogue scenarios extend, not a scenario (tested below).
  const files = readdirSync("scenarios").filter((f) => f.endsWith(".yaml") && f !== "models.yaml");
  it("finds the bundled scenarios", () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(`loads scenarios/${file} and compiles its resolved tree to an identical scenario (its lineage kept beside it)`, () => {
      const s = loadScenario(`scenarios/${file}`);
      expect(s.companies.length).toBeGreaterThan(0);
      // Who extends whom is gone from the resolved tree (inheritance is done there); the manifest
      // keeps it beside the tree so that a merge expands a sweep as the run did.
      const again = { ...compileScenario(JSON.parse(JSON.stringify(s.resolved)), s.file), ...(s.lineage === undefined ? {} : { lineage: JSON.parse(JSON.stringify(s.lineage)) }) };
      expect(again.resolved).toEqual(s.resolved);
      expect(JSON.stringify(again.resolved)).toBe(JSON.stringify(s.resolved));
      expect(fingerprint(again)).toEqual(fingerprint(s));
      expect(scenarioHash(again)).toBe(scenarioHash(s));
    });
  }
});

describe("loadScenario", () => {
  it("fills every default for a minimal file and converts to model units", () => {
    const s = loadScenario(good("minimal.yaml"));
    expect(s.name).toBe("minimal");
    expect(s.horizon).toBe(52 * 168);
    expect(s.target).toBe(10e6);
    expect(s.milestones).toEqual([1e6, 10e6, 100e6]);
    expect(s.runs).toBe(1000);
    const a = s.companies[0];
    expect(a.agent.tokensPerSecond.constant).toBe(65);
    expect(a.agent.pricePerMOutput).toBe(25);
    expect(a.team.costPerEngineerWeek).toBe(4000);
    expect(a.team.calendar).toEqual({ workdays: [1, 2, 3, 4, 5], startHour: 9, endHour: 17 });
    expect(a.task.toolTime.constant).toBeUndefined();
    expect(a.task.toolTime.text).toBe("15 min to 2 h");
    expect(a.product.iterationPolicy).toBe("wait");
    expect(s.sweep).toEqual([]);
  });

  it("resolves company inheritance: B starts from A and overrides", () => {
    const s = loadScenario(good("base.yaml"));
    const [a, b] = s.companies;
    expect(b.name).toBe("B");
    expect(b.agent.tokensPerSecond.constant).toBe(1000);
    expect(b.agent.pricePerMOutput).toBe(a.agent.pricePerMOutput);
    expect(b.task.reviewTime.text).toBe("15 min to 2 h");
    expect(s.market.arpu.constant).toBe(500);
  });

  it("an overlay on a base file gives the same scenario as the equivalent single file", () => {
    const overlay = loadScenario(good("overlay.yaml"));
    const flat = loadScenario(good("flat.yaml"));
    expect(overlay.resolved).toEqual(flat.resolved);
    expect(scenarioHash(overlay)).toBe(scenarioHash(flat));
    expect(overlay.companies.map((c) => c.name)).toEqual(["A", "B", "C"]);
    // B and C inherit A's sessions from the overlay, as in the flat file.
    expect(overlay.companies.map((c) => c.agent.sessions)).toEqual([4, 4, 4]);
  });

  it("--set gives the same scenario as editing the file, and is inherited like a written value", () => {
    const viaSet = loadScenario(good("base.yaml"), { set: ["market.monthlyChurn=0.05", "companies[A].agent.sessions=4", "name=overlay"] });
    const s = loadScenario(good("base.yaml"));
    expect(viaSet.companies[1].agent.sessions).toBe(4);
    expect(s.companies[1].agent.sessions).toBe(6);
    expect(viaSet.market.monthlyChurn.constant).toBe(0.05);
  });

  it("--set addresses companies by name or index and reports errors with the path as written", () => {
    const s = loadScenario(good("base.yaml"), { set: ["companies[1].agent.tokensPerSecond=2000"] });
    expect(s.companies[1].agent.tokensPerSecond.constant).toBe(2000);
    expect(() => loadScenario(good("base.yaml"), { set: ["companies[B].agent.tokensPerSecond=fast"] })).toThrow(
      /^--set companies\[B\]\.agent\.tokensPerSecond: expected /,
    );
  });

  it("throws ScenarioError for a missing file", () => {
    expect(() => loadScenario("test/fixtures/scenarios/good/nope.yaml")).toThrow(ScenarioError);
  });
});

describe("expandSweep", () => {
  it("gives one point labelled base when nothing is swept", () => {
    const s = loadScenario(good("minimal.yaml"));
    const points = expandSweep(s);
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({ index: 0, label: "base", params: {} });
    expect(points[0].scenario).toBe(s);
  });

  it("expands a grid, first axis slowest, with labels and values applied", () => {
    const s = loadScenario(good("sweep.yaml"));
    const points = expandSweep(s);
    expect(points.map((p) => p.label)).toEqual([
      "B.tokensPerSecond=65, arpu=100",
      "B.tokensPerSecond=65, arpu=1000",
      "B.tokensPerSecond=65, arpu=10000",
      "B.tokensPerSecond=1000, arpu=100",
      "B.tokensPerSecond=1000, arpu=1000",
      "B.tokensPerSecond=1000, arpu=10000",
    ]);
    expect(points[4].scenario.companies[1].agent.tokensPerSecond.constant).toBe(1000);
    expect(points[4].scenario.companies[0].agent.tokensPerSecond.constant).toBe(65);
    expect(points[4].scenario.market.arpu.constant).toBe(1000);
    expect(points[4].params).toEqual({ "companies[B].agent.tokensPerSecond": 1000, "market.arpu": 1000 });
    expect(points[4].numericParams).toEqual({ "companies[B].agent.tokensPerSecond": 1000, "market.arpu": 1000 });
    expect(points.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("adds --vary axes after the file's and replaces an axis with the same path", () => {
    const s = loadScenario(good("sweep.yaml"));
    const points = expandSweep(s, [{ path: "market.arpu", values: ["$600"] }, { path: "companies[A].agent.sessions", values: [1, 2] }]);
    expect(points.map((p) => p.label)).toEqual([
      "B.tokensPerSecond=65, arpu=$600, A.sessions=1",
      "B.tokensPerSecond=65, arpu=$600, A.sessions=2",
      "B.tokensPerSecond=1000, arpu=$600, A.sessions=1",
      "B.tokensPerSecond=1000, arpu=$600, A.sessions=2",
    ]);
    expect(() => expandSweep(s, [{ path: "companies[A].agent.tokenPerSecond", values: [1] }])).toThrow(/did you mean "tokensPerSecond"/);
  });

  it("expands named points that set several values together", () => {
    const s = loadScenario(good("tiers.yaml"));
    const points = expandSweep(s);
    expect(points.map((p) => p.label)).toEqual(["standard", "fast mode"]);
    expect(points[1].scenario.companies[0].agent.tokensPerSecond.constant).toBe(162);
    expect(points[1].scenario.companies[0].agent.pricePerMOutput).toBe(150);
    expect(points[1].params).toEqual({ "companies[A].agent.tokensPerSecond": 162, "companies[A].agent.pricePerMOutput": "$150" });
    expect(points[1].numericParams).toEqual({ "companies[A].agent.tokensPerSecond": 162, "companies[A].agent.pricePerMOutput": 150 });
    expect(points[0].scenario.companies[0].agent.pricePerMOutput).toBe(25);
    const withGrid = expandSweep(s, [{ path: "companies[A].agent.sessions", values: [1, 2] }]);
    expect(withGrid.map((p) => p.label)).toEqual(["standard, A.sessions=1", "standard, A.sessions=2", "fast mode, A.sessions=1", "fast mode, A.sessions=2"]);
  });
});

describe("quantityFromNumber and scenarioHash", () => {
  it("builds a constant that draws no randomness", () => {
    const q = quantityFromNumber(3.5);
    let calls = 0;
    expect(q.sample(() => (calls++, 0.5))).toBe(3.5);
    expect(calls).toBe(0);
    expect(q).toMatchObject({ constant: 3.5, mean: 3.5, text: "3.5" });
  });

  it("hashes the canonical JSON: key order does not matter, values do", () => {
    const a = scenarioHash({ resolved: { a: 1, b: { c: [1, 2], d: "x" } } });
    const b = scenarioHash({ resolved: { b: { d: "x", c: [1, 2] }, a: 1 } });
    const c = scenarioHash({ resolved: { a: 1, b: { c: [2, 1], d: "x" } } });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});
