/** The controls the explorer offers, read off the scenario and the schema. */
import { describe, expect, it } from "vitest";
import { COMPANY_CONTROL_FIELDS, explorerControls } from "../../src/explorer/index.ts";
import { fieldAt, parsePath } from "../../src/scenario/portable.ts";
import { loadScenario, type Scenario } from "../../src/scenario/index.ts";

describe("explorer controls", () => {
  const controls = explorerControls(loadScenario("scenarios/seed-article.yaml"));

  it("per company: inference offering, tokens/s, sessions, engineers, review time, feedback delay; then market size and target", () => {
    expect(controls.map((c) => `${c.group}: ${c.label}`)).toEqual([
      ...["A", "B"].flatMap((n) => ["inference offering", "tokens/s", "agent sessions", "engineers", "review time", "feedback delay"].map((l) => `Company ${n}: ${l}`)),
      "Market and target: market size (customers)",
      "Market and target: target ARR",
    ]);
  });

  it("shows each value as the YAML holds it, inherited ones included (B extends A)", () => {
    const value = (path: string) => controls.find((c) => c.path === path)?.value;
    // A names opus-4.6 and leaves tokens/s to it: the catalogue's value (scenarios/models.yaml).
    expect(value("companies[A].agent.model")).toBe("opus-4.6");
    expect(value("companies[A].agent.tokensPerSecond")).toBe(68);
    expect(value("companies[B].agent.tokensPerSecond")).toBe(1000);
    expect(value("companies[B].agent.sessions")).toBe(2);
    expect(value("companies[B].task.reviewTime")).toBe("45 min to 3 h");
    expect(value("target")).toBe("$10M");
    expect(controls.find((c) => c.path === "companies[A].team.engineers")).toMatchObject({ integer: true, min: 1, unit: "integer" });
    expect(controls.find((c) => c.path === "companies[B].agent.model")).toMatchObject({ kind: "choice", value: "opus-4.6" });
    expect(controls.find((c) => c.path === "companies[B].agent.model")?.choices).toContain("opus-4.6");
  });

  it("offers a candidate field exactly when the schema declares it", () => {
    const declared = COMPANY_CONTROL_FIELDS.filter(([field]) => {
      const path = parsePath(`companies[A].${field}`);
      return path.ok && fieldAt(path.value).ok;
    }).map(([field]) => `companies[A].${field}`);
    expect(controls.filter((c) => c.path.startsWith("companies[A]")).map((c) => c.path)).toEqual(declared);
  });

  it("marks a control the sweep overrides (review-bound sweeps B's tokens/s)", () => {
    const swept = explorerControls(loadScenario("scenarios/review-bound.yaml")).filter((c) => c.swept).map((c) => c.path);
    expect(swept).toEqual(["companies[B].agent.tokensPerSecond"]);
    expect(controls.some((c) => c.swept)).toBe(false);
  });

  it("shows an agent field the company leaves to its offering with the catalogue's value", () => {
    const scenario = {
      companies: [{ name: "A" }],
      sweep: [],
      resolved: { companies: [{ name: "A", agent: { model: "fast-mode", sessions: 2 } }], models: { "fast-mode": { tokensPerSecond: 170 } } },
    } as unknown as Scenario;
    expect(explorerControls(scenario).find((c) => c.path === "companies[A].agent.tokensPerSecond")?.value).toBe(170);
  });
});
