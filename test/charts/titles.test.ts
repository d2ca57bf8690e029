/** Titles state the finding, computed from the results; the user's words win when given. */
import { describe, expect, it } from "vitest";
import { chartText, comparisonSentence, summaryCharts } from "../../src/charts/index.ts";
import type { Comparison } from "../../src/montecarlo/types.ts";
import { summaryFixture } from "./fixture.ts";

const base: Comparison = { of: "B", against: "A", metric: "target", medianDifferenceWeeks: -4.6, low: -5.0, high: -4.1, shareSooner: 0.96, shareLater: 0.03 };

describe("titles from results", () => {
  it("say who gets there sooner, by how much and how often", () => {
    expect(comparisonSentence(summaryFixture(), base)).toBe("B reaches $10M 4.6 weeks sooner than A in 96% of runs");
  });

  it("turn the sentence around when the first company is the later one", () => {
    const later = { ...base, metric: "v1" as const, medianDifferenceWeeks: 2, low: 1.5, high: 2.5, shareSooner: 0.1, shareLater: 0.85 };
    expect(comparisonSentence(summaryFixture(), later)).toBe("A ships v1 2.0 weeks sooner than B in 85% of runs");
  });

  it("say there is no clear difference when the interval spans zero", () => {
    const unclear = { ...base, medianDifferenceWeeks: 0.2, low: -0.5, high: 0.9, shareSooner: 0.45, shareLater: 0.5 };
    expect(comparisonSentence(summaryFixture(), unclear)).toBe("No clear difference between B and A in weeks to $10M (median 0.2 weeks)");
  });

  it("drop the weeks when the median is beyond the horizon", () => {
    expect(comparisonSentence(summaryFixture(), { ...base, medianDifferenceWeeks: null, low: null, high: null })).toBe("B reaches $10M sooner than A in 96% of runs");
  });

  it("give way to a title or caption the user set for that chart", () => {
    const frame = { size: { width: 1280, height: 720 }, caption: ["run caption", "chart caption"] };
    expect(chartText("levers", "computed", frame)).toEqual({ title: "computed", frame });
    const text = chartText("levers", "computed", frame, { text: { levers: { title: "What would make us faster", caption: "our guess" } } });
    expect(text.title).toBe("What would make us faster");
    expect(text.frame.caption).toEqual(["run caption", "our guess"]);
    const specs = summaryCharts(summaryFixture(), { text: { "paired-difference": { title: "B wins" } } });
    const titleOf = (name: string) => (specs.find((c) => c.name === name)?.spec as unknown as { title: { text: string } }).title.text;
    expect(titleOf("paired-difference")).toBe("B wins");
    expect(titleOf("levers")).toBe("Instant reviews would save B 2.6 weeks to $10M");
  });
});
