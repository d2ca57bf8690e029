/** The verdict in words: the sentence printed first, for each way the break-even can turn out. */
import { describe, expect, it } from "vitest";
import type { Verdict } from "../../src/montecarlo/types.ts";
import { headlineVerdicts, valueOfInformationTable, verdictSentence, verdictTable } from "../../src/report/index.ts";
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

  it("keeps the digits of a small but real difference in weeks (0.03 weeks sooner, never 0.0)", () => {
    const small = { ...base, weeksSooner: { horizonWeeks: 52, weeks: 0.033, low: 0.009, high: 0.057 } };
    expect(verdictSentence(summary, small)).toContain("reaching $10M 0.03 weeks sooner on average");
    const tiny = { ...base, weeksSooner: { horizonWeeks: 52, weeks: -0.002, low: -0.003, high: -0.001 } };
    expect(verdictSentence(summary, tiny)).toContain("reaching $10M under 0.01 weeks later on average");
  });
});

describe("headlineVerdicts and verdictTable", () => {
  it("say the last point's verdicts first and tabulate them with the break-even price", () => {
    // On a sweep each sentence names its point.
    expect(headlineVerdicts(summary)).toEqual([`At ${summary.points[2].label}: ${verdictSentence(summary, base)}`]);
    const table = verdictTable(summary, summary.points[2])!;
    expect(table.rows[0].map((c) => c.text)).toEqual(["B", "A", "+$30k", "-3.1", "+$2.6M", "+$2.4M", "90%", "$25", "$625", "—"]);
    expect(verdictTable(summary, summary.points[0])).toBeNull();
  });
});

describe("the decision in the verdict", () => {
  const decided: Verdict = {
    ...base,
    priceGuess: true,
    netValueMedianInterval: { low: 1.9e6, high: 2.9e6, detectable: true },
    breakEvenInterval: { low: 480, high: 810 },
    tokenParityPricePerMOutputUsd: 40,
    valueOfTimePerMOutputUsd: 585,
    valueOfInformation: { evpiUsd: 130e3, perAssumption: [{ path: "market.arpu", evppiUsd: 120e3, standardError: 20e3 }, { path: "companies[B].product.v1Tasks", evppiUsd: 10e3, standardError: 9e3 }] },
  };

  it("gives the break-even's interval, its split into token-price parity and the value of time, and says a guessed price is one", () => {
    expect(verdictSentence(summary, decided)).toContain(
      "it pays in half the runs while B's price stays under $625 per M output tokens (now $25, a guessed price; 95% CI $480–$810; token-price parity $40, value of time $585).",
    );
  });

  it("names the assumption worth checking first when it stands out from its error", () => {
    expect(verdictSentence(summary, decided)).toMatch(/ Worth checking first: market\.arpu, up to \$120k \(knowing everything drawn is worth \$130k\)\.$/);
    const flat = { ...decided, valueOfInformation: { evpiUsd: 50e3, perAssumption: [{ path: "market.arpu", evppiUsd: 10e3, standardError: 9e3 }] } };
    expect(verdictSentence(summary, flat)).toMatch(/ No single assumption is worth checking first \(knowing everything drawn is worth \$50k\)\.$/);
    const clear = { ...decided, valueOfInformation: { evpiUsd: 0, perAssumption: [] } };
    expect(verdictSentence(summary, clear)).toMatch(/\$585\)\.$/);
  });

  it("says there is no detectable difference and gives the chance it pays instead of a price where the median's interval spans zero", () => {
    const close = { ...decided, netValueDifferenceUsd: { p50: 5.5e3, low: -365e3, high: 328e3 }, sharePaidForItself: 0.51, netValueMedianInterval: { low: -8e3, high: 20e3, detectable: false } };
    const text = verdictSentence(summary, close);
    expect(text).toContain("makes no detectable difference in net value (median +$5.5k, p10–p90 -$365k to +$328k) within the horizon");
    expect(text).toContain("it pays in 51% of runs at B's price (now $25, a guessed price).");
    expect(text).not.toContain("break-even");
    expect(text).not.toContain("per M output tokens");
  });

  it("tabulates the value of knowing each assumption, EVPI first, and which stand out", () => {
    const point = { ...summary.points[2], verdicts: [decided] };
    const table = valueOfInformationTable(summary, point)!;
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["B", "A", "everything drawn (EVPI)", "$130k", ""],
      ["B", "A", "market.arpu", "$120k ± $20k", "yes"],
      ["B", "A", "companies[B].product.v1Tasks", "$10k ± $9k", "no"],
    ]);
    expect(valueOfInformationTable(summary, summary.points[2])).toBeNull();
  });

  it("marks a guessed price and the break-even's interval in the verdict table", () => {
    const point = { ...summary.points[2], verdicts: [decided] };
    const row = verdictTable(summary, point)!.rows[0];
    expect(row.slice(7).map((c) => [c.text, c.note])).toEqual([["$25 (guess)", undefined], ["$625", "$480–$810"], ["$40", undefined]]);
  });
});

describe("a company the sweep point does not change", () => {
  const rival: Verdict = { ...base, of: "A", against: "A @ slow", rivalsChange: true, netValueDifferenceUsd: { p50: -1.2e6, low: -2e6, high: -1e5 } };

  it("gets the effect of the rival's change, never a price or break-even", () => {
    const sentence = verdictSentence(summary, rival);
    expect(sentence).toBe("A is as at slow here, so its difference is the effect of the rival's change: it loses $1.2M net value (p10–p90 -$2M to -$100k) within the horizon, reaching $10M 3.1 weeks sooner on average over the 52-week horizon.");
    expect(sentence).not.toMatch(/price|break-even|\$25/);
  });

  it("has no price and no break-even in the table: the cell says it is the rival's change", () => {
    const point = { ...summary.points[2], verdicts: [base, rival] };
    const row = verdictTable(summary, point)!.rows[1].map((c) => c.text);
    expect(row.slice(-3)).toEqual(["—", "effect of the rival's change", "—"]);
  });
});
