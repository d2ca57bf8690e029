import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { expandSweep, loadScenario, parseVary } from "../../src/scenario/index.ts";
import { scenarioFileSchema } from "../../src/scenario/schema.ts";
import { starterScenario } from "../../src/scenario/starter.ts";

const good = (name: string): string => `test/fixtures/scenarios/good/${name}`;

describe("sweep ranges", () => {
  it("a log range gives exact round values in model units", () => {
    const s = loadScenario(good("sweep.yaml"));
    expect(s.sweep[1]).toEqual({ path: "market.arpu", values: [100, 1000, 10000] });
  });

  it("a linear range over a duration is in hours; an integer range is rounded", () => {
    const s = loadScenario(good("ranges.yaml"));
    expect(s.sweep).toEqual([
      { path: "companies[A].task.reviewTime", values: ["0.5 h", "1 h", "1.5 h", "2 h"] },
      { path: "companies[A].agent.sessions", values: [1, 3, 10] },
    ]);
    const points = expandSweep(s);
    expect(points).toHaveLength(12);
    expect(points[4].label).toBe("A.reviewTime=1 h, A.sessions=3");
    expect(points[4].scenario.companies[0].task.reviewTime.constant).toBe(1);
    expect(points[4].scenario.companies[0].agent.sessions).toBe(3);
  });
});

describe("the starter scenario", () => {
  it("is accepted by the declaration the JSON Schema comes from", () => {
    const result = scenarioFileSchema.safeParse(parse(starterScenario("./scenario.schema.json")));
    expect(result.success).toBe(true);
  });
});

describe("a sweep over agent.model runs each offering as catalogued", () => {
  it("at its list speed and prices, even where the company overrode the speed (seed-article's B runs Opus at 1,000 tok/s)", () => {
    const s = loadScenario("scenarios/seed-article.yaml");
    const points = expandSweep(s, [parseVary("companies[B].agent.model=opus-4.6,opus-4.6-fast,gpt-5.3-codex-spark")]);
    // models.yaml: 68 tok/s at $25/M output; fast mode 170 tok/s at $150 (6×); Codex-Spark 1,000 tok/s at $14.
    expect(points.map((p) => [p.scenario.companies[1].agent.tokensPerSecond.constant, p.scenario.companies[1].agent.pricePerMOutput])).toEqual([[68, 25], [170, 150], [1000, 14]]);
    // A is not swept: it keeps what it wrote.
    expect(points.every((p) => p.scenario.companies[0].agent.timeToFirstToken.constant === 2 / 3600)).toBe(true);
  });

  it("a value the same point sets wins over the catalogue's", () => {
    const s = loadScenario("scenarios/seed-article.yaml");
    const [p] = expandSweep(s, [parseVary("companies[B].agent.model=opus-4.6-fast"), parseVary("companies[B].agent.pricePerMOutput=$100")]);
    expect([p.scenario.companies[1].agent.tokensPerSecond.constant, p.scenario.companies[1].agent.pricePerMOutput]).toEqual([170, 100]);
  });
});

describe("a sweep over one company's fit sweeps its idea's", () => {
  it("sets the fit of every company pursuing the same idea, and only theirs", () => {
    const shared = expandSweep(loadScenario("scenarios/seed-article.yaml"), [parseVary("companies[A].takeoff.fitChance=0.5,0.9")]);
    expect(shared.map((p) => p.scenario.companies.map((c) => c.takeoff.fitChance.constant))).toEqual([[0.5, 0.5], [0.9, 0.9]]);
    // B extends A: it writes its own fitChance here, or it would inherit A's swept value (lineage.test.ts).
    const own = expandSweep(loadScenario("scenarios/seed-article.yaml", { set: ["companies[B].takeoff.idea=own", "companies[B].takeoff.fitChance=0.9"] }), [parseVary("companies[A].takeoff.fitChance=0.5")]);
    expect(own[0].scenario.companies.map((c) => c.takeoff.fitChance.constant)).toEqual([0.5, 0.9]);
  });
});
