/**
 * Every chart spec built from the fixed fixture: a snapshot of the spec (review changes in
 * test/charts/__snapshots__/), compiles with vega-lite without a warning, and carries the deck theme.
 */
import { describe, expect, it } from "vitest";
import type { TopLevelSpec } from "vega-lite";
import { COMPANY_PALETTE, compileChart, summaryCharts, timelineSpec } from "../../src/charts/index.ts";
import { summaryFixture, traceFixture } from "./fixture.ts";

const charts = [...summaryCharts(summaryFixture()), { name: "timeline", spec: timelineSpec(traceFixture(), { companies: ["A", "B"], horizonWeeks: 3, caption: ["fixture · run 0 · seed 42"] }) as TopLevelSpec }];

describe("chart specs from the fixture", () => {
  it("builds the charts the fixture has data for, in reading order", () => {
    expect(charts.map((c) => c.name)).toEqual(["paired-difference", "break-even", "levers", "reached-curve", "weeks-to-target", "arr-fan", "sweep-weeks", "sweep-first", "sweep-reached", "sweep-arr", "tornado-a", "tornado-b", "speed-premium", "timeline"]);
  });

  for (const { name, spec } of charts) {
    describe(name, () => {
      it("matches its snapshot", async () => {
        await expect(`${JSON.stringify(spec, null, 2)}\n`).toMatchFileSnapshot(`__snapshots__/${name}.vl.json`);
      });

      it("compiles with vega-lite without warnings", () => {
        expect(compileChart(spec).warnings).toEqual([]);
      });

      it("uses the deck size, large type and a title with the run caption", () => {
        const s = spec as { width: number; height: number; title: { text: string; subtitle: string[] }; config: { title: { fontSize: number }; axis: { labelFontSize: number } } };
        expect([s.width, s.height]).toEqual([1280, 720]);
        expect(s.config.title.fontSize).toBeGreaterThanOrEqual(28);
        expect(s.config.axis.labelFontSize).toBeGreaterThanOrEqual(18);
        expect(s.title.text.length).toBeGreaterThan(10);
        expect(s.title.subtitle[0]).toMatch(name === "timeline" ? /seed 42/ : /^seed-article · 200 runs · seed 42 · velocity-sim 0\.1\.0$/);
      });
    });
  }

  it("gives each company the same colour in every chart that colours by company", () => {
    const scales = charts.flatMap(({ spec }) => JSON.stringify(spec).match(/"domain":\["A","B"\],"range":\["[^"]+","[^"]+"\]/g) ?? []);
    expect(scales.length).toBeGreaterThanOrEqual(7);
    for (const s of scales) expect(s).toBe(`"domain":["A","B"],"range":["${COMPANY_PALETTE[0]}","${COMPANY_PALETTE[1]}"]`);
  });
});

describe("titles that differ", () => {
  it("no two charts of a report share a title (sweep-reached said sweep-weeks' finding again)", () => {
    const titles = charts.map(({ spec }) => (spec as { title: { text: string | string[] } }).title.text).map((t) => ([] as string[]).concat(t).join(" "));
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe("axes set by the data shown", () => {
  it("weeks-to-target: when the runs that never got there dwarf every week's bar, the axis fits the weeks and the label gives the cut shares", () => {
    const spec = charts.find((c) => c.name === "weeks-to-target")!.spec as unknown as { layer: { data: { values: { share?: number; kind?: string; text?: string }[] }; encoding: { y?: { scale?: { domain: number[] } } } }[] };
    const bars = spec.layer[0].data.values;
    const reached = Math.max(...bars.filter((b) => b.kind === "reached").map((b) => b.share!));
    const never = Math.max(...bars.filter((b) => b.kind === "not reached").map((b) => b.share!));
    expect(never).toBeGreaterThan(2 * reached); // the fixture's case: 34% never vs a few % a week
    const top = spec.layer[0].encoding.y!.scale!.domain[1];
    expect(top).toBeCloseTo(1.5 * reached, 10);
    expect(spec.layer[2].data.values[0].text).toBe("not by week 52: A 34%, B 20% (cut)");
  });
});
