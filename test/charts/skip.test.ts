/** Charts whose data is absent are left out, not drawn empty. */
import { describe, expect, it } from "vitest";
import { breakdownSpec, breakEvenSpec, compileChart, reachedCurveSpec, speedPremiumSpec, summaryCharts, sweepFirstSpec, sweepHeatmapSpec, sweepShape, sweepWeeksSpec, timelineSpec, tornadoSpec } from "../../src/charts/index.ts";
import type { Summary } from "../../src/montecarlo/types.ts";
import { summaryFixture, unsweptFixture } from "./fixture.ts";

describe("charts without data", () => {
  it("a run without a sweep has no sweep, heatmap or speed-premium chart", () => {
    const s = unsweptFixture();
    expect(sweepWeeksSpec(s)).toBeNull();
    expect(sweepFirstSpec(s)).toBeNull();
    expect(sweepHeatmapSpec(s, 0)).toBeNull();
    expect(speedPremiumSpec(s)).toBeNull();
    expect(summaryCharts(s).map((c) => c.name)).toEqual(["paired-difference", "break-even", "levers", "reached-curve", "weeks-to-target", "arr-fan", "tornado-a", "tornado-b"]);
  });

  it("a point without a verdict (one company, no sweep) has no break-even chart", () => {
    const s = unsweptFixture();
    s.points[0].verdicts = [];
    expect(breakEvenSpec(s)).toBeNull();
  });

  it("leaves out a company's tornado when none of its inputs has a detectable effect, and breakdowns when no run got there", () => {
    const s = summaryFixture();
    for (const p of s.points) {
      for (const c of p.companies) {
        c.sensitivity = c.sensitivity.map((x) => ({ ...x, detectable: false }));
        c.breakdownToV1 = null;
        c.breakdownToTakeoff = null;
      }
    }
    expect(tornadoSpec(s, 0)).toBeNull();
    expect(tornadoSpec(s, 1)).toBeNull();
    expect(summaryCharts(s).some((c) => c.name.startsWith("tornado"))).toBe(false);
    expect(breakdownSpec(s)).toBeNull();
  });

  it("leaves out the reached curve when no company has one, and the timeline for an empty trace", () => {
    const s = summaryFixture();
    for (const c of s.points[2].companies) c.reachedCurve = [];
    expect(reachedCurveSpec(s)).toBeNull();
    expect(timelineSpec([])).toBeNull();
  });

  it("rejects a sweep point that does not exist", () => {
    expect(() => reachedCurveSpec(summaryFixture(), { point: 3 })).toThrow(RangeError);
  });
});

describe("named sweep points without axes", () => {
  it("put the point labels on x of the sweep charts and in captions", () => {
    const s = summaryFixture();
    s.sweepAxes = [];
    s.points.forEach((p, i) => {
      p.label = ["standard", "fast", "wafer-scale"][i];
      p.params = {};
    });
    s.baseline = "standard";
    const weeks = sweepWeeksSpec(s) as unknown as { data: { values: { value: string }[] }; title: { text: string; subtitle: string[] } };
    expect(weeks.title.text).toBe("B's median weeks to $10M go from 34.0 to 29.8 across the sweep points");
    expect(weeks.data.values.map((v) => v.value)).toEqual(["standard", "standard", "fast", "fast", "wafer-scale", "wafer-scale"]);
    expect((reachedCurveSpec(s) as unknown as { title: { subtitle: string[] } }).title.subtitle[1]).toBe("at wafer-scale");
    expect(JSON.stringify(speedPremiumSpec(s))).toContain("run by run vs standard");
  });
});

describe("named sweep points with parameters (speed tiers: speed and price together)", () => {
  // As the Monte Carlo layer writes them: sweepAxes are the first point's paths, and a later tier
  // may set a parameter the first does not, so the points are no grid over those paths.
  function tiers(): Summary {
    const s = summaryFixture();
    const [speed, price] = ["companies[B].agent.tokensPerSecond", "companies[B].agent.pricePerMOutput"];
    s.sweepAxes = [speed, price];
    s.points.forEach((p, i) => {
      p.label = ["standard", "fast", "wafer-scale"][i];
      p.params = { [speed]: [65, 200, 1000][i], [price]: ["$25", "$50", "$50"][i] };
    });
    s.points[1].params["companies[B].agent.timeToFirstToken"] = "1 s";
    s.baseline = "standard";
    return s;
  }

  it("are told apart from a grid", () => {
    expect(sweepShape(tiers()).kind).toBe("named");
    expect(sweepShape(summaryFixture())).toEqual({ kind: "grid", axes: ["companies[B].agent.tokensPerSecond"] });
    expect(sweepShape(unsweptFixture()).kind).toBe("single");
  });

  it("get the sweep charts by label, no heatmap, and their labels in captions", () => {
    const s = tiers();
    const weeks = sweepWeeksSpec(s) as unknown as { data: { values: { value: string }[] } };
    expect([...new Set(weeks.data.values.map((v) => v.value))]).toEqual(["standard", "fast", "wafer-scale"]);
    expect(sweepHeatmapSpec(s, 0)).toBeNull();
    expect((reachedCurveSpec(s) as unknown as { title: { subtitle: string[] } }).title.subtitle[1]).toBe("at wafer-scale");
    expect(JSON.stringify(speedPremiumSpec(s))).toContain("run by run vs standard");
    for (const chart of summaryCharts(s)) expect(compileChart(chart.spec).warnings, chart.name).toEqual([]);
  });
});
