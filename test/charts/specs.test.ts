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
