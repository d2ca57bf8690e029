/** Readable names and short dollar amounts for titles, axes and captions. */
import { describe, expect, it } from "vitest";
import { formatUsdShort, paramLabel } from "../../src/charts/index.ts";

describe("paramLabel", () => {
  it("names the company and says the parameter in words", () => {
    expect(paramLabel("companies[B].agent.tokensPerSecond")).toBe("B output tokens/s");
    expect(paramLabel("companies[Startup].growth.q")).toBe("Startup imitation rate (Bass q)");
    expect(paramLabel("market.potentialCustomers")).toBe("potential customers");
  });

  it("falls back to the camel-case leaf in words", () => {
    expect(paramLabel("market.someNewKnob")).toBe("some new knob");
  });
});

describe("formatUsdShort", () => {
  it("keeps three significant digits with k, M and B", () => {
    expect([formatUsdShort(10_000_000), formatUsdShort(250_000), formatUsdShort(1_534_000_000), formatUsdShort(-1200), formatUsdShort(12)]).toEqual(["$10M", "$250k", "$1.53B", "-$1.2k", "$12"]);
  });
});
