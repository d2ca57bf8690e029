/** The best option of a sweep in words: said first, with its margin, and the knee on a speed sweep. */
import { describe, expect, it } from "vitest";
import type { Decision } from "../../src/montecarlo/types.ts";
import { decisionSentence, decisionTable, headlineVerdicts } from "../../src/report/index.ts";
import { summaryFixture } from "../charts/fixture.ts";

const decision: Decision = {
  company: "B",
  options: [
    { label: "65", meanNetValueUsd: 1e5, low: -1e5, high: 3e5, p50: 9e4, shareBest: 0.25, expectedRegretUsd: 4e4 },
    { label: "1000", meanNetValueUsd: 1.3e5, low: -1e5, high: 4e5, p50: 1e5, shareBest: 0.75, expectedRegretUsd: 1e4 },
  ],
  choose: { label: "1000", runnerUp: "65", marginUsd: 3e4, marginLow: 1e4, marginHigh: 5e4 },
  knee: "1000",
};

describe("decisionSentence", () => {
  it("names the choice, its margin over the runner-up with its interval, its share best and regret, and the knee", () => {
    expect(decisionSentence({ ...summaryFixture(), decision })).toBe(
      "On this sweep B does best with 1000: mean net value +$130k, +$30k more than 65 (95% CI +$10k to +$50k); best in 75% of runs, expected regret $10k. Past 1000, more speed adds less than its price.",
    );
  });

  it("says when the two best cannot be told apart, and when more speed paid all the way", () => {
    const close = { ...decision, choose: { ...decision.choose, marginLow: -5e3 }, knee: null };
    expect(decisionSentence({ ...summaryFixture(), decision: close })).toBe(
      "On this sweep B cannot tell 1000 from 65 in mean net value: mean net value +$130k, +$30k ahead of 65 (95% CI -$5k to +$50k); best in 75% of runs, expected regret $10k. More speed paid up to the fastest point swept.",
    );
  });

  it("comes first among the headline sentences, and is absent without a decision", () => {
    const summary = { ...summaryFixture(), decision };
    expect(headlineVerdicts(summary)[0]).toBe(decisionSentence(summary));
    expect(decisionSentence(summaryFixture())).toBeNull();
    expect(decisionTable(summaryFixture())).toBeNull();
  });

  it("tabulates every option, the chosen one marked", () => {
    const table = decisionTable({ ...summaryFixture(), decision })!;
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["65", "+$100k", "-$100k to +$300k", "+$90k", "25%", "$40k"],
      ["1000 (chosen)", "+$130k", "-$100k to +$400k", "+$100k", "75%", "$10k"],
    ]);
  });
});
