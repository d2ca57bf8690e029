/**
 * One idea, one fit: whether an idea can take off and how much must be learned for it is one draw
 * per run, shared by every company that pursues it; each company's search for it stays its own.
 * So on seed-article, where A and B chase the same idea, "B first" measures speed, not luck in
 * who drew a market.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { simulate, type CompanyRun } from "../../src/model/index.ts";
import { compileScenario, loadScenario, ScenarioError } from "../../src/scenario/index.ts";

const file = (name: string) => fileURLToPath(new URL(`../../scenarios/${name}`, import.meta.url));
const RUNS = 200;
const runs = (set: string[] = [], name = "seed-article.yaml"): CompanyRun[][] => {
  const s = loadScenario(file(name), { set });
  return Array.from({ length: RUNS }, (_, run) => simulate(s, run).companies);
};

describe("companies pursuing one idea share its fit", () => {
  const seed = runs();

  it("seed-article: A and B have fit in exactly the same runs", () => {
    expect(seed.filter(([a, b]) => a.fit !== b.fit)).toHaveLength(0);
  });

  it("seed-article: where the idea has fit, B (fast inference) reaches $10M sooner in at least 99% of runs", () => {
    const withFit = seed.filter(([a]) => a.fit);
    const bSooner = withFit.filter(([a, b]) => b.target !== null && (a.target === null || b.target < a.target));
    // fitChance 0.9: ~180 runs with fit; the story's claim is that speed wins nearly always there.
    expect(withFit.length).toBeGreaterThan(150);
    expect(bSooner.length / withFit.length).toBeGreaterThanOrEqual(0.99);
  });

  it("draws the idea from the first company's streams: A alone has fit in the same runs as A with a rival", () => {
    const s = loadScenario(file("seed-article.yaml"));
    const alone = compileScenario({ ...s.resolved, companies: [(s.resolved.companies as object[])[0]] });
    for (let run = 0; run < RUNS; run++) expect(simulate(alone, run).companies[0].fit).toBe(seed[run][0].fit);
  });

  it("rivals with different ideas draw fit independently: they differ in about 2·f·(1−f) of runs", () => {
    // fitChance 0.3 for both, B on its own idea: P(differ) = 2 × 0.3 × 0.7 = 0.42.
    const own = runs(["companies[A].takeoff.fitChance=0.3", "companies[B].takeoff.fitChance=0.3", "companies[B].takeoff.idea=own"]);
    const differ = own.filter(([a, b]) => a.fit !== b.fit).length / RUNS;
    const se = Math.sqrt((0.42 * 0.58) / RUNS);
    expect(Math.abs(differ - 0.42)).toBeLessThan(3 * se);
  });

  it("refuses rivals on one idea that declare different fit values, naming both companies", () => {
    const load = () => loadScenario(file("seed-article.yaml"), { set: ["companies[B].takeoff.fitChance=0.5"] });
    expect(load).toThrow(ScenarioError);
    expect(load).toThrow(/takeoff\.fitChance: expected 0\.9 like A, which pursues the market.s one idea/);
  });
});
