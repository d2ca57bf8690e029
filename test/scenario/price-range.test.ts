/**
 * A guessed price may be given as a range (`pricePerMOutputRange`, issue 29): the catalogue gives
 * Codex-Spark's, the company running it pays today's price and carries the range to the verdict; a
 * price the scenario writes itself drops the offering's range, and a price curve scales it.
 */
import { describe, expect, it } from "vitest";
import { loadCatalogue, loadScenario } from "../../src/scenario/index.ts";

describe("a price given as a range", () => {
  it("Codex-Spark's guessed $14 ranges from $7 to $28 in the catalogue (a guess, a factor of two either way)", () => {
    expect(loadCatalogue("scenarios/models.yaml")!["gpt-5.3-codex-spark"].pricePerMOutputRange).toMatchObject({ low: 7, high: 28 });
  });

  it("on grounded B pays $14 and carries the range; A, on a published price, has none", () => {
    const [a, b] = loadScenario("scenarios/grounded.yaml").companies.map((c) => c.agent);
    expect(b.pricePerMOutput).toBe(14);
    expect(b.price).toMatchObject({ outputPerM: 14, guess: true, range: { low: 7, high: 28 } });
    expect(a.price?.range).toBeUndefined();
  });

  it("a price the scenario writes drops the offering's range, unless it writes its own", () => {
    expect(loadScenario("scenarios/grounded.yaml", { set: ["companies[B].agent.pricePerMOutput=$30"] }).companies[1].agent.price?.range).toBeUndefined();
    const own = loadScenario("scenarios/grounded.yaml", { set: ["companies[B].agent.pricePerMOutput=$30", "companies[B].agent.pricePerMOutputRange=$20 to $45"] });
    expect(own.companies[1].agent.price?.range).toEqual({ low: 20, high: 45 });
  });

  it("a price curve scales the range with every price: twice the speed at exponent 1 doubles both ends", () => {
    const curved = loadScenario("scenarios/grounded.yaml", { set: ["companies[B].agent.priceSpeedExponent=1", "companies[B].agent.tokensPerSecond=2000"] });
    expect(curved.companies[1].agent.price?.range?.low).toBeCloseTo(14, 9);
    expect(curved.companies[1].agent.price?.range?.high).toBeCloseTo(56, 9);
  });
});
