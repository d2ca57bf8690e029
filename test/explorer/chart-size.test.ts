/**
 * The explorer's chart text is readable where it is shown: each chart is drawn at the width of its
 * pane (no narrower than MIN_DRAW_WIDTH, then shrunk), so the smallest text vega draws — axis
 * labels, legends, captions, long titles set smaller to fit — times the shrink is at least
 * MIN_SHOWN_FONT_PX on screen, for every chart and every pane width the page can lay out. Drawn at
 * the deck's 1280 px and shrunk into the ~720-px column, as before, labels showed at 10 px. And no
 * title (the finding) is cut with "…": the page breaks it into lines (title-lines.ts).
 */
import { describe, expect, it } from "vitest";
import { renderSvg, summaryCharts } from "../../src/charts/index.ts";
import { explorerChartSize, MIN_DRAW_WIDTH, MIN_SHOWN_FONT_PX } from "../../src/explorer/chart-size.ts";
import { uncutTitle } from "../../src/explorer/title-lines.ts";
import { summaryFixture } from "../charts/fixture.ts";

/** The smallest font-size in an SVG vega drew, px. */
function smallestFont(svg: string): number {
  const sizes = [...svg.matchAll(/font-size="([\d.]+)(?:px)?"/g)].map((m) => Number(m[1]));
  expect(sizes.length).toBeGreaterThan(0);
  return Math.min(...sizes);
}

describe("explorer charts are drawn at the size they are shown", () => {
  it("draws at the pane's width, 16:9, within the deck's 1280×720 and never below the minimum", () => {
    expect(explorerChartSize(720)).toEqual({ width: 720, height: 405 });
    expect(explorerChartSize(2400)).toEqual({ width: 1280, height: 720 });
    expect(explorerChartSize(300).width).toBe(MIN_DRAW_WIDTH);
    expect(explorerChartSize(Number.NaN)).toEqual({ width: 1280, height: 720 });
  });

  // 400: the results column at a 1280-px window; 720 at 1600 (the browser test's); 1040 at 1920.
  for (const pane of [400, 720, 1040, 1600]) {
    it(`in a ${pane}-px pane every chart's smallest text shows at ${MIN_SHOWN_FONT_PX} px or more`, async () => {
      const size = explorerChartSize(pane);
      const shrink = Math.min(1, pane / size.width);
      for (const { name, spec } of summaryCharts(summaryFixture(), { size })) {
        // What the page draws: the spec with its title in lines rather than cut.
        const svg = await renderSvg(uncutTitle(spec));
        const shown = smallestFont(svg) * shrink;
        expect(shown, `${name} at ${size.width}×${size.height} in ${pane} px`).toBeGreaterThanOrEqual(MIN_SHOWN_FONT_PX);
        expect(svg, `${name}: a text cut with an ellipsis`).not.toContain("…");
      }
    });
  }

  it("breaks a title the deck would cut into lines, every word kept", () => {
    const size = explorerChartSize(560);
    const cut = summaryCharts(summaryFixture(), { size }).filter(({ spec }) => (spec as { title: { limit?: number } }).title.limit !== undefined);
    // The fixture has titles too long for a 560-px chart: the case is exercised.
    expect(cut.length).toBeGreaterThan(0);
    for (const { spec } of cut) {
      const before = (spec as { title: { text: string } }).title.text;
      const after = uncutTitle(spec) as { title: { text: string[]; limit?: number; fontSize: number } };
      expect(after.title.limit).toBeUndefined();
      expect(after.title.text.join(" ")).toBe(before);
      expect(after.title.fontSize).toBeGreaterThanOrEqual(18);
    }
  });

  it("would not be readable drawn at the deck's size and shrunk, as before", async () => {
    const { spec } = summaryCharts(summaryFixture())[0];
    expect(smallestFont(await renderSvg(spec)) * (720 / 1280)).toBeLessThan(MIN_SHOWN_FONT_PX);
  });
});
