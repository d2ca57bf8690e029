/** The verdict in words: the sentence printed first, for each way the break-even can turn out. */
import { describe, expect, it } from "vitest";
import type { Verdict } from "../../src/montecarlo/types.ts";
import { headlineVerdicts, verdictSentence, verdictTable } from "../../src/report/index.ts";
import { summaryFixture } from "../charts/fixture.ts";

const summary = summaryFixture();
const base: Verdict = summary.points[2].verdicts[0];

describe("verdictSentence", () => {
  it("says what speed costs, returns, gains in weeks and up to what price it pays", () => {
    expect(verdictSentence(summary, base)).toBe(
      "Paying $30k more in tokens than A for B's offering returns +$2.4M net value (p10–p90 +$400k to +$4.4M) within the horizon, reaching $10M 3.1 weeks sooner on average over the 52-week horizon; it pays in half the runs while B's price stays under $625 per M output tokens (now $25).",
    );
  });

  it("says so when it loses even with free tokens, or pays at any price", () => {
    const losing = { ...base, netValueDifferenceUsd: { p50: -1e6, low: -2e6, high: 1e5 }, breakEvenPricePerMOutputUsd: null, priceCurve: [{ pricePerMOutputUsd: 0, p50: -0.9e6, low: -2e6, high: 1e5 }] };
    expect(verdictSentence(summary, losing)).toMatch(/loses \$1M net value .*; it does not pay in half the runs even with free tokens \(now \$25\)\.$/);
    const always = { ...base, breakEvenPricePerMOutputUsd: null };
    expect(verdictSentence(summary, always)).toMatch(/it pays in half the runs at any price/);
  });

  it("names the baseline point on a sweep, and says when weeks do not clearly differ", () => {
    const self = { ...base, of: "A", against: "A @ fast", weeksSooner: { horizonWeeks: 52, weeks: 0.1, low: -0.2, high: 0.4 } };
    expect(verdictSentence(summary, self)).toMatch(/^Paying \$30k more in tokens for A's offering here than at fast returns .* with no clear difference in weeks to \$10M; /);
  });
});

describe("headlineVerdicts and verdictTable", () => {
  it("say the last point's verdicts first and tabulate them with the break-even price", () => {
    expect(headlineVerdicts(summary)).toEqual([verdictSentence(summary, base)]);
    const table = verdictTable(summary, summary.points[2])!;
    expect(table.rows[0].map((c) => c.text)).toEqual(["B", "A", "+$30k", "-3.1", "+$2.6M", "+$2.4M", "90%", "$25", "$625"]);
    expect(verdictTable(summary, summary.points[0])).toBeNull();
  });
});
