/**
 * Levers that cannot mislead, over every bundled scenario: a lever only removes a cost, so it may
 * not make a company later at the median by more than the noise of its interval. A lever that did
 * (as the old "no feedback delay" did, by reading feedback before anyone had used the release)
 * would be changing what the company learns, not what it waits for.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LEVER_IDS, type LeverEffect } from "../../src/montecarlo/index.ts";
import { runScenario } from "../../src/run/index.ts";

// models.yaml is the offerings' catalogue, not a scenario.
const scenarios = readdirSync("scenarios").filter((f) => f.endsWith(".yaml") && f !== "models.yaml");

/** Weeks a lever makes a company later at the median beyond its 95% interval (0 when none). */
function slowdownBeyondNoise(e: LeverEffect): number {
  if (e.medianWeeksSaved === null || e.medianWeeksSaved >= 0) return 0;
  // The interval reaches zero (a null end is censored: unbounded), so the slowdown is within the noise.
  if (e.high === null || e.high >= 0) return 0;
  return -e.medianWeeksSaved;
}

describe("every lever on every bundled scenario", () => {
  it("finds the bundled scenarios", () => {
    expect(scenarios).toEqual(expect.arrayContaining(["seed-article.yaml", "grounded.yaml", "catch-up.yaml"]));
  });

  for (const file of scenarios) {
    it(`${file}: no lever makes a company later to v1 or takeoff at the median beyond its interval`, async () => {
      // v1 and takeoff: each company's own path, which the lever alone decides. Weeks to target are
      // those of a market where every rival got the lever too, so a rival's gain may rightly cost
      // a company a day (grounded: instant model calls make B one day later, A having got them too).
      const outDir = mkdtempSync(join(tmpdir(), "velocity-levers-suite-"));
      const result = await runScenario({ file: `scenarios/${file}`, runs: 60, workers: 1, version: "test", levers: [...LEVER_IDS], leverRuns: 60, outDir });
      const points = result.summary!.points;
      const slow = points.flatMap((p) => p.levers.filter((e) => e.metric !== "target" && slowdownBeyondNoise(e) > 0).map((e) => `${p.label}: ${e.lever} ${e.company} ${e.metric}: ${e.medianWeeksSaved} (${e.low} to ${e.high})`));
      expect(slow).toEqual([]);
      expect(points.every((p) => p.levers.length > 0)).toBe(true);
    }, 120_000);
  }
});
