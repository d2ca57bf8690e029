/**
 * The tornados cover speed and price where they vary (issue 29): in dollars, a drawn speed and a
 * price given as a range always keep a row, however short their bar, and are absent when they do
 * not vary; in weeks, a ranged price has no bar (a price never moves a week) and the caption says so.
 */
import { describe, expect, it } from "vitest";
import { tornadoSpec } from "../../src/charts/tornado.ts";
import { tornadoUsdSpec } from "../../src/charts/tornado-usd.ts";
import { buildSummary, createBlockRunner, simulatePoints } from "../../src/montecarlo/index.ts";
import type { AssumptionValueOfInformation } from "../../src/montecarlo/types.ts";
import { expandSweep, loadScenario } from "../../src/scenario/index.ts";
import { summaryFixture } from "./fixture.ts";

/** Ten market-side assumptions with wide swings (1k … 10k wide, in $100k). */
const wide: AssumptionValueOfInformation[] = Array.from({ length: 10 }, (_, i) => ({ path: `market.wide${i}`, evppiUsd: 1e4, standardError: 1e3, lowTenthGainUsd: 0, highTenthGainUsd: (i + 1) * 1e5 }));
const speed: AssumptionValueOfInformation = { path: "companies[B].agent.tokensPerSecond", evppiUsd: 10, standardError: 5, lowTenthGainUsd: 100, highTenthGainUsd: 200 };
const price: AssumptionValueOfInformation = { path: "companies[B].agent.pricePerMOutput", evppiUsd: 0, standardError: 0, lowTenthGainUsd: 2.25e4, highTenthGainUsd: 1.82e4 };

function rows(perAssumption: AssumptionValueOfInformation[]): string[] {
  const summary = summaryFixture();
  summary.points[2].verdicts[0].valueOfInformation = { evpiUsd: 1e5, perAssumption };
  const spec = tornadoUsdSpec(summary, "B") as unknown as { layer: { data: { values: { row: string }[] } }[] };
  return spec.layer[1].data.values.map((d) => d.row);
}

describe("the dollar tornado lists speed and price when they vary", () => {
  it("with a drawn speed and a ranged price, both keep a row among ten wider assumptions (eight rows in all)", () => {
    const shown = rows([...wide, speed, price]);
    expect(shown).toHaveLength(8);
    expect(shown).toContain("B output tokens/s");
    expect(shown).toContain("B price per M output tokens");
    // The six widest of the rest fill the chart: wide9 … wide4.
    expect(shown.filter((r) => r.startsWith("wide"))).toEqual(["wide9", "wide8", "wide7", "wide6", "wide5", "wide4"]);
  });

  it("without them (speed and price fixed) neither is listed, and the eight widest are", () => {
    const shown = rows(wide);
    expect(shown).toHaveLength(8);
    expect(shown.some((r) => r.includes("tokens/s") || r.includes("price"))).toBe(false);
  });
});

describe("a value the companies share is one row", () => {
  it("A's and B's autonomy, drawn once for both (the same ends), make one row named for both; different ends stay two rows", () => {
    const shared = (company: string, high: number): AssumptionValueOfInformation => ({ path: `companies[${company}].task.autonomy`, evppiUsd: 10, standardError: 5, lowTenthGainUsd: -100, highTenthGainUsd: high });
    expect(rows([shared("A", 900), shared("B", 900)])).toEqual(["A, B unattended share of turns"]);
    expect(rows([shared("A", 900), shared("B", 800)])).toEqual(["A unattended share of turns", "B unattended share of turns"]);
  });
});

describe("the weeks tornado and a ranged price", () => {
  const caption = (perAssumption: AssumptionValueOfInformation[]) => {
    const summary = summaryFixture();
    summary.points[2].verdicts[0].valueOfInformation = { evpiUsd: 1e5, perAssumption };
    const spec = tornadoSpec(summary, 1) as unknown as { title: { subtitle?: string[] } } | null;
    return JSON.stringify(spec);
  };

  it("says a ranged price moves no week (it has no bar there), and says nothing of a price that does not vary", () => {
    expect(caption([...wide, price])).toContain("its price (a range) moves no week");
    expect(caption(wide)).not.toContain("its price");
  });
});

describe("end to end on grounded (120 runs): speed and price listed when they vary, not otherwise", () => {
  /**
   * B's dollar tornado as text, and the inputs its weeks tornado ranks (a bar when detectable, else
   * named in its caption; at 120 runs, where few reach $10M, none is detectable and there is no chart).
   */
  async function tornadoText(set: string[]): Promise<{ weeks: string[]; usd: string }> {
    const scenario = loadScenario("scenarios/grounded.yaml", { set });
    const points = expandSweep(scenario, []);
    const runner = createBlockRunner(1);
    const tables = await simulatePoints(points, { start: 0, end: 120, runner });
    await runner.close();
    const summary = buildSummary(scenario, points, tables, "test");
    return { weeks: summary.points[0].companies[1].sensitivity.map((x) => x.input), usd: JSON.stringify(tornadoUsdSpec(summary, "B")) };
  }

  it("B's speed drawn from 500 to 2,000 tok/s and its price a range: both in the dollar tornado, speed among the weeks tornado's inputs", async () => {
    const { weeks, usd } = await tornadoText(["companies[B].agent.tokensPerSecond=500 to 2000"]);
    expect(usd).toContain("B output tokens/s");
    expect(usd).toContain("B price per M output tokens");
    expect(weeks).toContain("companies[B].agent.tokensPerSecond");
  });

  it("B's speed fixed and its price written (no range): neither appears", async () => {
    const { weeks, usd } = await tornadoText(["companies[B].agent.pricePerMOutput=$14"]);
    expect(usd).not.toContain("output tokens/s");
    expect(usd).not.toContain("price per M");
    expect(weeks).not.toContain("companies[B].agent.tokensPerSecond");
  });
});
