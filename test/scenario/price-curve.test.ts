/**
 * Offerings carry their price: a company pays its offering's list price, a declared price curve
 * scales every token price with speed, and a price that is not published is marked a guess.
 */
import { describe, expect, it } from "vitest";
import { expandSweep, loadScenario, parseVary } from "../../src/scenario/index.ts";

const seed = (set: string[] = []) => loadScenario("scenarios/seed-article.yaml", { set });
// Fast mode on the real price list: 2.5× the speed at 6× the price, an exponent of ln 6 / ln 2.5.
const FAST_MODE = Math.log(6) / Math.log(2.5);

describe("prices that move with speed", () => {
  it("a curve with fast mode's exponent prices Opus at 170 tok/s as fast mode is listed: $150 output, $30 input", () => {
    const b = seed([`companies[B].agent.priceSpeedExponent=${FAST_MODE}`, "companies[B].agent.tokensPerSecond=170"]).companies[1].agent;
    expect(b.pricePerMOutput).toBeCloseTo(150, 6);
    expect(b.pricePerMInput).toBeCloseTo(30, 6);
    expect(b.price).toMatchObject({ how: "curve", model: "opus-4.6", guess: false });
    expect(b.price!.multiplier).toBeCloseTo(6, 9);
  });

  it("along a tokens/s sweep the price rises with speed, and is the list price at the offering's own speed", () => {
    const s = seed(["companies[B].agent.priceSpeedExponent=1.3"]);
    const prices = expandSweep(s, [parseVary("companies[B].agent.tokensPerSecond=68,200,1000,3000")]).map((p) => p.scenario.companies[1].agent.pricePerMOutput);
    expect(prices[0]).toBeCloseTo(25, 9);
    for (let i = 1; i < prices.length; i++) expect(prices[i]).toBeGreaterThan(prices[i - 1]);
    expect(prices[2]).toBeCloseTo(25 * (1000 / 68) ** 1.3, 6);
  });

  it("an exponent of 0 keeps the list prices at any speed", () => {
    expect(seed(["companies[B].agent.priceSpeedExponent=0"]).companies[1].agent.pricePerMOutput).toBe(25);
  });
});

describe("which price was paid, and whether it is a guess", () => {
  it("seed-article's B runs Opus at 1,000 tok/s at Opus's standard price: held at a speed not sold, a guess", () => {
    const [a, b] = seed().companies.map((c) => c.agent.price);
    expect(a).toMatchObject({ how: "list", model: "opus-4.6", outputPerM: 25, guess: false });
    expect(b).toMatchObject({ how: "held", model: "opus-4.6", outputPerM: 25, tokensPerSecond: 1000, guess: true });
  });

  it("Codex-Spark has no public API price: its list price is marked a guess; a written price says so", () => {
    const grounded = loadScenario("scenarios/grounded.yaml");
    expect(grounded.companies[1].agent.price).toMatchObject({ how: "list", model: "gpt-5.3-codex-spark", outputPerM: 14, guess: true });
    const written = loadScenario("scenarios/grounded.yaml", { set: ["companies[B].agent.pricePerMOutput=$30"] });
    expect(written.companies[1].agent.price).toMatchObject({ how: "written", outputPerM: 30 });
  });
});
