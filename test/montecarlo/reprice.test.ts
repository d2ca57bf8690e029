/**
 * A change of prices needs no new simulation: price never feeds back into the timeline, so the
 * same runs priced again (from the quantities each run billed) are, number for number, the runs a
 * full simulation at the new prices gives.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { pricesOf, simulate } from "../../src/model/index.ts";
import { layoutFor, packRun, repriceTable, RepriceError, RunTable } from "../../src/montecarlo/index.ts";
import { loadScenario, type Scenario } from "../../src/scenario/index.ts";

const file = (name: string) => fileURLToPath(new URL(`../../scenarios/${name}`, import.meta.url));
const RUNS = 60;

function table(scenario: Scenario): RunTable {
  const runs = Array.from({ length: RUNS }, (_, r) => simulate(scenario, r));
  const layout = layoutFor(runs[0]);
  const rows = new Float64Array(RUNS * layout.width);
  runs.forEach((run, r) => packRun(run, layout, rows, r * layout.width));
  return new RunTable(layout, rows);
}
const pricesOfScenario = (s: Scenario) => s.companies.map((c) => pricesOf(c.agent));

describe("repriceTable", () => {
  for (const set of [
    ["companies[B].agent.pricePerMOutput=150"],
    ["companies[A].agent.pricePerMInput=0", "companies[B].agent.pricePerMCachedInput=$9", "companies[B].agent.costPerSessionHour=$4"],
  ]) {
    it(`seed-article priced again with ${set.join(" ")} is the full simulation at those prices, bit for bit`, () => {
      const before = table(loadScenario(file("seed-article.yaml")));
      const changed = loadScenario(file("seed-article.yaml"), { set });
      const full = table(changed);
      const repriced = repriceTable(before, pricesOfScenario(changed));
      expect(Buffer.from(repriced.rows.buffer).equals(Buffer.from(full.rows.buffer))).toBe(true);
      // …and the prices did change something (B's spend), so the equality is not a tautology.
      expect(Buffer.from(before.rows.buffer).equals(Buffer.from(full.rows.buffer))).toBe(false);
    });
  }

  it("refuses runs where a company switched offering mid-run (catch-up: A answers B's takeoff)", () => {
    const s = loadScenario(file("catch-up.yaml"));
    const t = table(s);
    expect(() => repriceTable(t, pricesOfScenario(s))).toThrow(RepriceError);
    expect(() => repriceTable(t, pricesOfScenario(s))).toThrow(/company A switches offering mid-run/);
  });
});
