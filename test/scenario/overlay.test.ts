import { describe, expect, it } from "vitest";
import { expandSweep, loadScenario, parseVary, ScenarioError } from "../../src/scenario/index.ts";

const good = (name: string): string => `test/fixtures/scenarios/good/${name}`;

describe("overlays and --set are the same as writing the values in one file", () => {
  it("--set of numbers, distributions and lists equals the edited file", () => {
    const viaSet = loadScenario(good("base.yaml"), {
      set: [
        "name=edited",
        "market.monthlyChurn=0.05",
        "companies[A].agent.sessions=4",
        "companies[0].task.reviewTime={ uniform: [1 h, 2 h] }",
        "companies[B].team.calendar.workdays=[mon, tue, wed, thu]",
      ],
    });
    const edited = loadScenario(good("base-edited.yaml"));
    expect(viaSet.resolved).toEqual(edited.resolved);
    expect(viaSet.companies[1].task.reviewTime.mean).toBe(1.5);
    expect(viaSet.companies[1].team.calendar.workdays).toEqual([1, 2, 3, 4]);
  });

  it("a later --set of the same path wins", () => {
    const s = loadScenario(good("base.yaml"), { set: ["runs=5", "runs=6"] });
    expect(s.runs).toBe(6);
  });

  it("an extends chain three files deep merges companies by name and adds new ones", () => {
    const s = loadScenario(good("overlay2.yaml"));
    expect(s.name).toBe("overlay2");
    expect(s.companies.map((c) => c.name)).toEqual(["A", "B", "C"]);
    const c = s.companies[2];
    expect(c.agent.tokensPerSecond.text).toBe("500 to 2000");
    expect(c.team.engineers).toBe(5); // from overlay.yaml
    expect(c.agent.sessions).toBe(4); // A's, via B, from overlay.yaml
    expect(s.market.monthlyChurn.constant).toBe(0.05);
    expect(s.market.arpu.constant).toBe(500); // from base.yaml
  });

  it("a sweep point is the scenario with the values set (for a company nothing extends)", () => {
    const s = loadScenario(good("sweep.yaml"));
    const point = expandSweep(s)[4];
    const viaSet = loadScenario(good("sweep.yaml"), { set: ["companies[B].agent.tokensPerSecond=1000", "market.arpu=1000"] });
    const { sweep: _, ...withoutSweep } = viaSet.resolved;
    expect(point.scenario.resolved).toEqual(withoutSweep);
  });

  it("a swept company does not change the company that extends it", () => {
    const s = loadScenario(good("base.yaml"));
    const points = expandSweep(s, [parseVary("companies[A].agent.tokensPerSecond=100,200")]);
    expect(points.map((p) => p.scenario.companies.map((c) => c.agent.tokensPerSecond.constant))).toEqual([
      [100, 1000],
      [200, 1000],
    ]);
  });
});

describe("parseVary", () => {
  it("reads values as YAML: numbers stay numbers, units stay text", () => {
    expect(parseVary("companies[B].agent.tokensPerSecond=65, 200,1000")).toEqual({ path: "companies[B].agent.tokensPerSecond", values: [65, 200, 1000] });
    expect(parseVary("companies[0].agent.pricePerMOutput=$25,$150")).toEqual({ path: "companies[0].agent.pricePerMOutput", values: ["$25", "$150"] });
    expect(parseVary("companies[0].task.reviewTime=1 h,2 h").values).toEqual(["1 h", "2 h"]);
  });

  it("refuses malformed text with a one-line --vary error", () => {
    for (const text of ["companies[B].agent.tokensPerSecond", "horizon=", "horizon=1,,2", "market.arpu=[1, [2]]"]) {
      expect(() => parseVary(text)).toThrow(ScenarioError);
      expect(() => parseVary(text)).toThrow(/^--vary /);
    }
  });

  it("values are checked against the field when the sweep is expanded", () => {
    const s = loadScenario(good("base.yaml"));
    expect(() => expandSweep(s, [parseVary("companies[B].agent.tokensPerSecond=65,-1")])).toThrow(
      /^--vary companies\[B\]\.agent\.tokensPerSecond: expected a value between 0.1 and 1M, got -1$/,
    );
    expect(() => expandSweep(s, [parseVary("companies[Q].agent.tokensPerSecond=65")])).toThrow(/expected a company name or index \(A, B\)/);
    expect(() => expandSweep(s, [parseVary("name=x,y")])).toThrow(/cannot be swept/);
  });
});

describe("extends paths", () => {
  it("an absolute extends path is read and named as written", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { resolve } = await import("node:path");
    const dir = mkdtempSync(`${tmpdir()}/velocity-abs-`);
    const base = resolve("test/fixtures/scenarios/bad/parts/broken-base.yaml");
    writeFileSync(`${dir}/child.yaml`, `extends: ${base}\nname: child\n`);
    expect(() => loadScenario(`${dir}/child.yaml`)).toThrow(new RegExp(`^${base.replace(/[.]/g, "\\.")}:5:17: companies\\[0\\]\\.agent\\.sessions: `));
    writeFileSync(`${dir}/ok.yaml`, `extends: ${resolve("test/fixtures/scenarios/good/base.yaml")}\nname: ok\n`);
    expect(loadScenario(`${dir}/ok.yaml`).companies.map((c) => c.name)).toEqual(["A", "B"]);
  });
});
