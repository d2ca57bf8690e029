/** Where no run reaches the target, the weeks-to-target chart's title says so (not "A is first in 0% of runs"). */
import { describe, expect, it } from "vitest";
import { firstTitle } from "../../src/charts/titles.ts";
import type { PointSummary, Summary } from "../../src/montecarlo/types.ts";

const none = { share: 0, low: 0, high: 0.1 };

describe("titles where no run got there", () => {
  it("says no run reaches the target by the horizon", () => {
    const point = { companies: [{ name: "A", reachedTarget: none, firstToTarget: none }, { name: "B", reachedTarget: none, firstToTarget: none }] } as unknown as PointSummary;
    const summary = { targetUsd: 10e6, horizonWeeks: 52, points: [point] } as unknown as Summary;
    expect(firstTitle(summary, point)).toBe("No run reaches $10M ARR by week 52");
  });
});
