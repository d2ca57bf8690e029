/**
 * Bounded work: a scenario that validates always finishes. Rework makes progress (a task gets at
 * most MAX_REVIEW_PASSES reviews) and a runaway run is stopped by its event budget with one line
 * naming the run and the likely cause.
 */
import { describe, expect, it } from "vitest";
import { RunawayRunError, simulate } from "../../src/model/index.ts";
import { loadScenario } from "../../src/scenario/index.ts";

describe("bounded work", () => {
  it("a task almost never accepted, with instant rework and review, still finishes (it was an endless loop at one instant)", () => {
    const scenario = loadScenario("scenarios/seed-article.yaml", {
      set: ["companies[A].agent.firstPassAcceptance=1e-300", "companies[A].task.reworkShare=0", "companies[A].task.reviewTime=0", "companies[A].product.v1Tasks=5", "runs=1"],
    });
    const result = simulate(scenario, 0);
    expect(result.companies[0].v1).not.toBeNull();
  });

  it("a run past its event budget stops with one line naming the run and the likely cause", () => {
    const scenario = loadScenario("scenarios/seed-article.yaml");
    expect(() => simulate(scenario, 3, { maxEvents: 1000 })).toThrow(RunawayRunError);
    expect(() => simulate(scenario, 3, { maxEvents: 1000 })).toThrow(
      /^runaway run: run 3 of scenario "seed-article" passed 1,000 events at week [\d.]+ of \d+; likely cause: too much work per run \(company [AB]: [\d,]+ v1 tasks, first-pass acceptance [\d.]+\)/,
    );
  });
});
