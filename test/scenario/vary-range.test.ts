/** `--vary` ranges and lists as a newcomer writes them, and the same axis given twice refused. */
import { describe, expect, it } from "vitest";
import { expandSweep, loadScenario, parseVary, ScenarioError } from "../../src/scenario/index.ts";

const scenario = () => loadScenario("scenarios/seed-article.yaml");

describe("--vary ranges", () => {
  it("65..3000 log 6: six values evenly spaced on a log scale, ends included", () => {
    const { values } = parseVary("companies[B].agent.tokensPerSecond=65..3000 log 6");
    expect(values).toHaveLength(6);
    expect(values[0]).toBe(65);
    expect(values[5]).toBe(3000);
    const xs = values as number[];
    // Evenly spaced on a log scale to within the rounding to three significant figures (±0.5%).
    for (let i = 1; i < 5; i++) expect(Math.abs(xs[i] / xs[i - 1] / (xs[i + 1] / xs[i]) - 1)).toBeLessThan(0.01);
  });

  it("rounds generated values to three significant figures, so labels read 140 and 1390, not 139.88 and 1394.05", () => {
    expect(parseVary("companies[B].agent.tokensPerSecond=65..3000 log 6").values).toEqual([65, 140, 301, 648, 1390, 3000]);
    // …or to as many more as keep them apart.
    expect(parseVary("market.arpu=1000..1010 lin 3").values).toEqual([1000, 1005, 1010]);
  });

  it("1..10 step 1 and 0..1 lin 3", () => {
    expect(parseVary("companies[A].agent.sessions=1..10 step 1").values).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(parseVary("market.monthlyChurn=0..0.1 lin 3").values).toEqual([0, 0.05, 0.1]);
  });

  it("keeps the unit of both ends, so each value is checked as written", () => {
    expect(parseVary("market.arpu=$300..$1200 lin 4").values).toEqual(["$300", "$600", "$900", "$1200"]);
    expect(parseVary("companies[A].product.feedbackDelay=1 d..3 d step 1").values).toEqual(["1 d", "2 d", "3 d"]);
    expect(expandSweep(scenario(), [parseVary("companies[A].product.feedbackDelay=1 d..3 d step 1")])).toHaveLength(3);
  });

  it("refuses a broken range with one --vary line", () => {
    for (const text of ["market.arpu=300..100 lin 3", "market.arpu=1..2 log 1", "market.arpu=1..x lin 3", "market.arpu=1..5"]) {
      expect(() => parseVary(text)).toThrow(ScenarioError);
      expect(() => parseVary(text)).toThrow(/^--vary market\.arpu: expected/);
    }
  });

  it("accepts [65, 200] as the list it looks like", () => {
    expect(parseVary("companies[B].agent.tokensPerSecond=[65,200]").values).toEqual([65, 200]);
  });

  it("refuses the same axis twice, also when a company is named once by name and once by index", () => {
    const s = scenario();
    expect(() => expandSweep(s, [parseVary("companies[B].agent.tokensPerSecond=65,200"), parseVary("companies[1].agent.tokensPerSecond=300")])).toThrow(
      /^--vary companies\[1\]\.agent\.tokensPerSecond: expected each parameter to be varied once, got it twice \(also --vary companies\[B\]\.agent\.tokensPerSecond=…\)/,
    );
  });
});
