/** Headless text widths: DejaVu Sans advances, and the "fit" layout they give. */
import * as vega from "vega";
import { describe, expect, it } from "vitest";
import { compileChart, sweepWeeksSpec } from "../../src/charts/index.ts";
import { deckTextWidth, useDeckTextMetrics } from "../../src/charts/text-metrics.ts";
import { summaryFixture } from "./fixture.ts";

describe("deckTextWidth", () => {
  it("adds the font's advance widths (in em) times the size", () => {
    // DejaVu Sans: "0" is 0.636 em, space 0.318 em; bold "0" 0.696 em.
    expect(deckTextWidth("00 0", 20)).toBeCloseTo(20 * (3 * 0.636 + 0.318), 9);
    expect(deckTextWidth("0", 10, true)).toBeCloseTo(6.96, 9);
    expect(deckTextWidth("", 18)).toBe(0);
  });

  it("is far below vega's blind guess of 0.8 em per character for ordinary text", () => {
    const text = "band: 10th–90th percentile of runs (capped at the 52-week horizon)";
    expect(deckTextWidth(text, 18)).toBeLessThan(0.7 * 0.8 * text.length * 18);
  });
});

describe("useDeckTextMetrics", () => {
  it("lets a chart with a long caption keep almost the full width for its plot", async () => {
    useDeckTextMetrics();
    const spec = sweepWeeksSpec(summaryFixture());
    if (spec === null) throw new Error("fixture has a sweep");
    const view = new vega.View(vega.parse(compileChart(spec).vega), { renderer: "none" });
    await view.runAsync();
    const plotWidth = view.width();
    view.finalize();
    // 1280 px less 2 × 24 padding and the y axis (~70 px); with 0.8 em guesses it was 928 px.
    expect(plotWidth).toBeGreaterThan(1100);
  });
});
