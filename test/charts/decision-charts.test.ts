/**
 * The two decision charts: which assumption is worth checking first (value of information) and
 * which option of a sweep is best — their titles state the finding, and they are left out when a
 * summary has nothing to show.
 */
import { describe, expect, it } from "vitest";
import { summaryCharts } from "../../src/charts/all-charts.ts";
import { decisionSpec, decisionTitle } from "../../src/charts/decision.ts";
import { tornadoUsdSpec } from "../../src/charts/tornado-usd.ts";
import { valueOfInformationSpec, valueOfInformationTitle } from "../../src/charts/value-of-information.ts";
import type { Decision } from "../../src/montecarlo/types.ts";
import { summaryFixture } from "./fixture.ts";

const decision: Decision = {
  company: "B",
  options: [
    { label: "65", meanNetValueUsd: 1e5, low: -1e5, high: 3e5, p50: 9e4, shareBest: 0.25, expectedRegretUsd: 4e4 },
    { label: "1000", meanNetValueUsd: 1.3e5, low: -1e5, high: 4e5, p50: 1e5, shareBest: 0.75, expectedRegretUsd: 1e4 },
  ],
  choose: { label: "1000", runnerUp: "65", marginUsd: 3e4, marginLow: 1e4, marginHigh: 5e4 },
};

describe("value-of-information chart", () => {
  it("ranks the assumptions in words a deck reads (runs.csv's names are the table's), titles the one worth checking first, and draws EVPI as a rule", () => {
    const summary = summaryFixture();
    const v = summary.points[2].verdicts[0];
    v.valueOfInformation = { evpiUsd: 1.3e5, perAssumption: [{ path: "market.arpu", evppiUsd: 1.2e5, standardError: 2e4 }, { path: "companies[B].product.v1Tasks", evppiUsd: 1e4, standardError: 9e3 }] };
    expect(valueOfInformationTitle(v)).toBe("Worth checking first: ARPU, up to $120k");
    const spec = valueOfInformationSpec(summary) as unknown as { layer: { data: { values: Record<string, unknown>[] } }[] };
    expect(spec.layer[0].data.values.map((d) => d.path)).toEqual(["ARPU", "B tasks in v1"]);
    expect(spec.layer[0].data.values[1].low).toBe(0); // ±2 SE cut at zero: a value of information is never negative
    expect(spec.layer[1].data.values).toEqual([{ evpi: 1.3e5 }]);
    expect(summaryCharts(summary).map((c) => c.name)).toContain("value-of-information");
  });

  it("says no assumption stands out when the first is within two standard errors of zero, and is left out without any value", () => {
    const summary = summaryFixture();
    const v = summary.points[2].verdicts[0];
    v.valueOfInformation = { evpiUsd: 5e4, perAssumption: [{ path: "market.arpu", evppiUsd: 1e4, standardError: 9e3 }] };
    expect(valueOfInformationTitle(v)).toBe("No single assumption is worth checking first for B against A (knowing everything: $50k)");
    expect(valueOfInformationSpec(summaryFixture())).toBeNull();
  });
});

describe("decision chart", () => {
  it("titles the choice with its margin, or says the two cannot be told apart", () => {
    expect(decisionTitle(decision)).toBe("B does best with 1000: $30k more mean net value than 65");
    expect(decisionTitle({ ...decision, choose: { ...decision.choose, marginLow: -1e3 } })).toBe("B: 1000 and 65 cannot be told apart in mean net value");
  });

  it("draws one bar per option, first among the charts, and none without a decision", () => {
    const summary = { ...summaryFixture(), decision };
    const spec = decisionSpec(summary) as unknown as { data: { values: { option: string; chosen: string }[] } };
    expect(spec.data.values.map((d) => [d.option, d.chosen])).toEqual([["65", "other"], ["1000", "chosen"]]);
    expect(summaryCharts(summary)[0].name).toBe("decision");
    expect(decisionSpec(summaryFixture())).toBeNull();
  });
});

describe("dollar tornado", () => {
  it("draws each assumption from its bottom-tenth to its top-tenth mean gain, widest swing first, one per company judged", () => {
    const summary = summaryFixture();
    const v = summary.points[2].verdicts[0];
    v.valueOfInformation = {
      evpiUsd: 1.3e5,
      perAssumption: [
        { path: "market.arpu", evppiUsd: 1.2e5, standardError: 2e4, lowTenthGainUsd: -2e5, highTenthGainUsd: 6e5 },
        { path: "companies[B].product.v1Tasks", evppiUsd: 1e4, standardError: 9e3, lowTenthGainUsd: 3e5, highTenthGainUsd: 1e5 },
      ],
    };
    const spec = tornadoUsdSpec(summary, "B") as unknown as { title: { text: string }; layer: { data: { values: Record<string, unknown>[] } }[] };
    expect(spec.layer[1].data.values.map((d) => [d.row, d.low, d.high])).toEqual([
      ["ARPU", -2e5, 6e5],
      ["B tasks in v1", 3e5, 1e5],
    ]);
    expect(summaryCharts(summary).map((c) => c.name)).toContain("tornado-usd-b");
    expect(tornadoUsdSpec(summaryFixture(), "B")).toBeNull();
  });
});
