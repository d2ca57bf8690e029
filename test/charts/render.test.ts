/**
 * The renderer: every fixture chart becomes an SVG with its title and axis titles as text, and a
 * PNG at 2× the deck size that is not blank; the text really is drawn (system fonts are loaded).
 */
import { describe, expect, it } from "vitest";
import type { TopLevelSpec } from "vega-lite";
import { compileChart, deckScale, parseSize, renderCharts, renderPng, renderSvg, summaryCharts, timelineSpec, weeksDistributionSpec } from "../../src/charts/index.ts";
import { summaryFixture, traceFixture } from "./fixture.ts";
import { pngGrey, pngSize, variance } from "./png.ts";

const charts = [...summaryCharts(summaryFixture()), { name: "timeline", spec: timelineSpec(traceFixture(), { companies: ["A", "B"], horizonWeeks: 3 }) as TopLevelSpec }];

/** Axis titles of a spec, wherever its layers set them. */
function axisTitles(spec: unknown): string[] {
  const titles: string[] = [];
  const walk = (node: unknown, key: string) => {
    if (Array.isArray(node)) node.forEach((n) => walk(n, key));
    else if (node !== null && typeof node === "object") {
      for (const [k, v] of Object.entries(node)) {
        if ((key === "x" || key === "y") && k === "title" && typeof v === "string") titles.push(v);
        walk(v, k);
      }
    }
  };
  walk(spec, "");
  return [...new Set(titles)];
}

const unescape = (s: string) => s.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'");

describe("renderSvg and renderPng", () => {
  for (const { name, spec } of charts) {
    it(`${name}: SVG with title and axis titles, PNG 2560×1440 and not blank`, async () => {
      const svg = await renderSvg(spec);
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).toContain('width="1280" height="720"');
      const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1]));
      expect(texts).toContain((spec as { title: { text: string } }).title.text);
      const titles = axisTitles(spec);
      expect(titles.length).toBeGreaterThan(0);
      for (const t of titles) expect(texts).toContain(t);

      const png = renderPng(svg);
      expect(pngSize(png)).toEqual({ width: 2560, height: 1440 });
      // A blank page has variance 0; a chart with lines, bars and text is in the hundreds or more.
      expect(variance(pngGrey(png))).toBeGreaterThan(100);
    });
  }

  it("draws the text: removing the text elements changes many pixels", async () => {
    const svg = await renderSvg(weeksDistributionSpec(summaryFixture()) as TopLevelSpec);
    const withText = pngGrey(renderPng(svg, 1));
    const without = pngGrey(renderPng(svg.replace(/<text[^>]*>[^<]*<\/text>/g, ""), 1));
    let changed = 0;
    for (let i = 0; i < withText.length; i++) if (Math.abs(withText[i] - without[i]) > 64) changed++;
    // Title, caption and ~40 axis labels at 18–30px cover well over 5,000 pixels at 1×.
    expect(changed).toBeGreaterThan(5000);
  });

  it("renders at another --size", async () => {
    const [chart] = summaryCharts(summaryFixture(), { size: parseSize("1920x1080") });
    expect(pngSize(renderPng(await renderSvg(chart.spec)))).toEqual({ width: 3840, height: 2160 });
  });
});

describe("renderCharts: PNGs drawn in resvg's thread pool while the next SVG is laid out", () => {
  it("gives every chart, in order, the same SVG and PNG bytes as rendering them one by one", async () => {
    const charts = summaryCharts(summaryFixture()).slice(0, 6);
    const together = await renderCharts(charts.map((c) => c.spec));
    expect(together).toHaveLength(charts.length);
    // vega numbers clip paths across a process (clip1, clip2, …): the same chart rendered again
    // differs only there.
    const sameIds = (svg: string) => svg.replace(/clip\d+/g, "clip");
    for (const [i, chart] of charts.entries()) {
      expect(sameIds(together[i].svg)).toBe(sameIds(await renderSvg(chart.spec)));
      expect(Buffer.from(together[i].png).equals(renderPng(together[i].svg))).toBe(true);
      expect(together[i].specJson).toBe(`${JSON.stringify(chart.spec, null, 2)}\n`);
    }
  });

  it("an invalid spec after good ones fails the whole call, with no unhandled rejection left behind", async () => {
    const good = summaryCharts(summaryFixture())[0].spec;
    await expect(renderCharts([good, { mark: "nonsense" } as unknown as TopLevelSpec])).rejects.toThrow();
  });
});

describe("deck scale", () => {
  it("grows type with the slide past 1280×720 and never shrinks it below the minimum", () => {
    expect([deckScale({ width: 1920, height: 1080 }), deckScale({ width: 1280, height: 720 }), deckScale({ width: 800, height: 600 }), deckScale({ width: 2560, height: 720 })]).toEqual([1.5, 1, 1, 1]);
    for (const chart of summaryCharts(summaryFixture(), { size: { width: 1920, height: 1080 } })) {
      const config = (chart.spec as { config: { title: { fontSize: number }; axis: { labelFontSize: number } } }).config;
      expect([config.title.fontSize, config.axis.labelFontSize], chart.name).toEqual([45, 27]);
      expect(compileChart(chart.spec).warnings, chart.name).toEqual([]);
    }
  });
});

describe("parseSize", () => {
  it("reads WxH", () => {
    expect(parseSize("1920x1080")).toEqual({ width: 1920, height: 1080 });
    expect(parseSize(" 1280 X 720 ")).toEqual({ width: 1280, height: 720 });
  });

  it.each(["", "1280", "1280x", "x720", "12.5x720", "100x100", "1280x99999", "-1280x720"])("rejects %j with a one-line user-facing message", (text) => {
    let error: unknown;
    try {
      parseSize(text);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ userFacing: true, name: "ChartOptionError" });
    expect((error as Error).message).toBe(`--size: expected WxH in pixels, each 320 to 8000 (e.g. 1280x720), got ${JSON.stringify(text)}`);
  });
});
