import { describe, expect, it } from "vitest";
import type { Assumption, Summary } from "../../src/montecarlo/types.ts";
import { assumptionLines } from "../../src/report/assumptions-text.ts";

const q: Assumption = { parameter: "growth.q", what: "Bass imitation q", companies: ["A", "B"], written: "0.7", mean: 36.53, low: 0.1, high: 1, unit: "/year", factor: 36.53, source: "the literature" };

describe("what a scenario assumes, said first", () => {
  it("names the kind, counts the assumptions outside public ranges and says how far outside each is", () => {
    const lines = assumptionLines({ kind: "story", assumptions: [q] } as unknown as Summary);
    expect(lines).toEqual([
      "This scenario is a story: knobs calibrated to tell it, not taken from data.",
      "Assumptions outside public ranges, which drive the headline: 1.",
      "Bass imitation q of A, B: 0.7 (mean 36.5/year), 37× above the public range 0.1–1/year. Source: the literature.",
    ]);
  });

  it("says so when a scenario with such assumptions does not state its kind; says nothing for an older summary", () => {
    expect(assumptionLines({ kind: null, assumptions: [q] } as unknown as Summary)[0]).toMatch(/does not say what it is/);
    expect(assumptionLines({} as unknown as Summary)).toEqual([]);
  });
});
