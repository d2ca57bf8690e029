/** Two swept parameters give one heatmap per company instead of the sweep curves. */
import { describe, expect, it } from "vitest";
import { compileChart, summaryCharts, sweepHeatmapSpec } from "../../src/charts/index.ts";
import type { Summary } from "../../src/montecarlo/types.ts";
import { summaryFixture } from "./fixture.ts";

const SPEED = "companies[B].agent.tokensPerSecond";
const TEAM = "companies[B].team.engineers";

/** The fixture's three speed points crossed with two team sizes (same numbers, new labels). */
function twoAxisFixture(): Summary {
  const s = summaryFixture();
  const points = [2, 4].flatMap((engineers) => s.points.map((p) => ({ ...p, params: { ...p.params, [TEAM]: engineers } as Record<string, number | string> })));
  points.forEach((p, i) => {
    p.index = i;
    p.label = `${SPEED}=${p.params[SPEED]},${TEAM}=${p.params[TEAM]}`;
  });
  points[5] = { ...points[5], companies: [points[5].companies[0], { ...points[5].companies[1], weeksToTarget: { ...points[5].companies[1].weeksToTarget, p50: null } }] };
  return { ...s, sweepAxes: [SPEED, TEAM], points };
}

describe("sweepHeatmapSpec", () => {
  it("draws a cell per grid point with the median, '>horizon' where there is none", () => {
    const spec = sweepHeatmapSpec(twoAxisFixture(), 1) as unknown as { data: { values: { x: string; y: string; text: string }[] }; title: { text: string } };
    expect(spec.title.text).toBe("B: median weeks to $10M ARR");
    expect(spec.data.values).toHaveLength(6);
    expect(spec.data.values[0]).toMatchObject({ x: "65", y: "2", text: "34.0" });
    expect(spec.data.values[5]).toMatchObject({ x: "1000", y: "4", text: ">52" });
  });

  it("compiles without warnings and replaces the sweep curves in the chart set", () => {
    const s = twoAxisFixture();
    expect(compileChart(sweepHeatmapSpec(s, 0)!).warnings).toEqual([]);
    const names = summaryCharts(s).map((c) => c.name);
    expect(names).toContain("sweep-heatmap-a");
    expect(names).toContain("sweep-heatmap-b");
    expect(names).not.toContain("sweep-weeks");
    expect(names).not.toContain("sweep-first");
  });

  it("is left out for a one-axis sweep and for a company that does not exist", () => {
    expect(sweepHeatmapSpec(summaryFixture(), 0)).toBeNull();
    expect(sweepHeatmapSpec(twoAxisFixture(), 2)).toBeNull();
  });
});
