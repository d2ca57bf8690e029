/**
 * Charts of one kind share one scale, and a colour means one thing: a company's colour is that
 * company in every chart, never "sooner" or "later".
 */
import { describe, expect, it } from "vitest";
import { COMPANY_PALETTE, companyColor, pairedDifferenceSpec, renderSvg, tornadoSpec } from "../../src/charts/index.ts";
import { summaryFixture } from "./fixture.ts";

/** Every colour a spec's marks or data name. */
function colours(spec: unknown): string[] {
  const found = JSON.stringify(spec).match(/#[0-9A-Fa-f]{6}/g) ?? [];
  return [...new Set(found.map((c) => c.toUpperCase()))];
}

describe("one scale per chart kind, one meaning per colour", () => {
  it("draws both companies' tornados on the same weeks axis", () => {
    const summary = summaryFixture();
    const scale = (i: number) => (tornadoSpec(summary, i) as { layer: { encoding: { x: { scale: unknown } } }[] }).layer[0].encoding.x.scale;
    expect(scale(0)).toEqual(scale(1));
    expect(scale(0)).toMatchObject({ domain: [expect.any(Number), expect.any(Number)] });
  });

  it("colours each share of the paired comparison by the company that got there first, else grey", () => {
    const spec = pairedDifferenceSpec(summaryFixture());
    const used = colours(spec);
    // A and B are companies 0 and 1 of the fixture; no other palette colour (e.g. #D55E00 for "later") appears.
    expect(used.filter((c) => COMPANY_PALETTE.includes(c)).sort()).toEqual([companyColor(0), companyColor(1)].sort());
    const bars = (spec as { layer: { data: { values: { kind: string; color: string; row: string }[] } }[] }).layer[0].data.values;
    for (const bar of bars.filter((b) => b.row.startsWith("B vs A"))) {
      if (bar.kind === "sooner") expect(bar.color).toBe(companyColor(1)); // B got there first
      if (bar.kind === "later") expect(bar.color).toBe(companyColor(0)); // A did
    }
  });

  it("draws the paired comparison of the most companies a scenario may have (50: 3,675 rows) without overflowing vega's stack", async () => {
    const summary = summaryFixture();
    const point = summary.points[2];
    point.companies = Array.from({ length: 50 }, (_, i) => ({ ...point.companies[0], name: `C${i}` }));
    const template = point.comparisons[0];
    point.comparisons = point.companies.flatMap((a, i) => point.companies.slice(0, i).flatMap((b) => (["v1", "takeoff", "target"] as const).map((metric) => ({ ...template, of: a.name, against: b.name, metric }))));
    summary.points = [point];
    expect(point.comparisons).toHaveLength(3675);
    const svg = await renderSvg(pairedDifferenceSpec(summary) as NonNullable<ReturnType<typeof pairedDifferenceSpec>>);
    expect(svg).toContain("C49 vs C48");
  });
});
