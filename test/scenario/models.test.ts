/**
 * The offerings catalogue: scenarios/models.yaml (every value sourced or marked a guess), an agent
 * naming an offering and overriding fields, `--set` and sweeps over offerings.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expandSweep, loadCatalogue, loadScenario } from "../../src/scenario/index.ts";
import { OFFERING_FIELDS } from "../../src/scenario/offering.ts";

const OFFERINGS = ["opus-4.6", "opus-4.6-fast", "sonnet-4.6", "gemini-3-flash", "gpt-5.3-codex", "gpt-5.3-codex-spark"];

describe("scenarios/models.yaml", () => {
  const catalogue = loadCatalogue("scenarios/models.yaml");

  it("holds the six named offerings, each a valid offering", () => {
    expect(catalogue).not.toBeNull();
    expect(Object.keys(catalogue!)).toEqual(OFFERINGS);
    // Every field but the price range, whose absence says the price is known (a published one).
    for (const o of Object.values(catalogue!)) for (const field of OFFERING_FIELDS) if (field !== "pricePerMOutputRange") expect(o[field]).toBeDefined();
  });

  it("cites a public source or says guess for every value it sets", () => {
    const lines = readFileSync("scenarios/models.yaml", "utf8").split("\n");
    const values = lines.filter((l) => /^ {4}\w+:/.test(l));
    expect(values.length).toBeGreaterThan(OFFERINGS.length * 8);
    for (const line of values) expect(line, line).toMatch(/#\s*\S/);
  });

  it("moves speed, price and quality together: fast mode 2.5× the speed at 6× the price; Spark faster but weaker than Codex", () => {
    const c = catalogue!;
    expect(c["opus-4.6-fast"].tokensPerSecond.constant! / c["opus-4.6"].tokensPerSecond.constant!).toBeCloseTo(2.5, 1);
    expect(c["opus-4.6-fast"].pricePerMOutput / c["opus-4.6"].pricePerMOutput).toBe(6);
    expect(c["gpt-5.3-codex-spark"].tokensPerSecond.constant!).toBeGreaterThanOrEqual(1000);
    expect(c["gpt-5.3-codex-spark"].firstPassAcceptance.mean).toBeLessThan(c["gpt-5.3-codex"].firstPassAcceptance.mean);
    // Spark's turns are drawn from a range (a guessed mapping), its mean above Codex's.
    expect(c["gpt-5.3-codex-spark"].relativeTurns.mean).toBeGreaterThan(c["gpt-5.3-codex"].relativeTurns.mean);
  });

  it("is not a scenario on its own: loading it says to extend it", () => {
    expect(() => loadScenario("scenarios/models.yaml")).toThrow(/got a catalogue of offerings only \(a scenario uses it with extends: models\.yaml\)/);
  });
});

describe("an agent names an offering", () => {
  it("takes the offering's values and any field it overrides", () => {
    const s = loadScenario("scenarios/grounded.yaml");
    const [a, b] = s.companies;
    expect(a.agent.model).toBe("opus-4.6");
    expect(a.agent.tokensPerSecond.constant).toBe(68);
    expect(a.agent.longContextAbove).toBe(200_000);
    expect(b.agent.model).toBe("gpt-5.3-codex-spark");
    expect(b.agent.tokensPerSecond.constant).toBe(1000);
    // Left out in the catalogue: no tier (Infinity) and long-context prices equal to the normal ones.
    expect(b.agent.longContextAbove).toBe(Infinity);
    expect(b.agent.longContextPricePerMOutput).toBe(b.agent.pricePerMOutput);
    expect(b.agent.maxSessions).toBe(Infinity);
  });

  it("keeps tokensPerSecond as the override: --set on a company beats its offering", () => {
    const s = loadScenario("scenarios/grounded.yaml", { set: ["companies[B].agent.tokensPerSecond=300"] });
    expect(s.companies[1].agent.tokensPerSecond.constant).toBe(300);
    expect(s.companies[1].agent.pricePerMOutput).toBe(14);
  });

  it("--set models[name].field changes the offering for every company on it", () => {
    const s = loadScenario("scenarios/grounded.yaml", { set: ["models[opus-4.6].pricePerMOutput=$30"] });
    expect(s.companies[0].agent.pricePerMOutput).toBe(30);
  });

  it("sweeps over offerings: each named point swaps the model, and with it speed, price and quality", () => {
    const points = expandSweep(loadScenario("scenarios/speed-tiers.yaml"));
    expect(points.map((p) => p.scenario.companies[0].agent.model)).toEqual(OFFERINGS);
    const fast = points.find((p) => p.scenario.companies[0].agent.model === "opus-4.6-fast")!;
    expect(fast.scenario.companies[0].agent.pricePerMOutput).toBe(150);
  });

  it("without a model, uses the reference model's values (the catalogue defaults)", () => {
    const s = loadScenario("test/fixtures/scenarios/good/minimal.yaml");
    expect(s.companies[0].agent.model).toBeUndefined();
    expect(s.companies[0].agent.tokensPerSecond.constant).toBe(65);
    expect(s.companies[0].agent.tokensPerMinute).toBe(Infinity);
  });
});
