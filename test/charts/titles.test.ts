/** Titles state the finding, computed from the results; the user's words win when given. */
import { describe, expect, it } from "vitest";
import { chartText, comparisonSentence, summaryCharts } from "../../src/charts/index.ts";
import { deckTextWidth } from "../../src/charts/deck-font.ts";
import { titleFit, wrapLines } from "../../src/charts/theme.ts";
import { sweepFirstTitle, sweepReachedTitle } from "../../src/charts/titles.ts";
import type { Comparison } from "../../src/montecarlo/types.ts";
import { summaryFixture } from "./fixture.ts";

const base: Comparison = { of: "B", against: "A", metric: "target", medianDifferenceWeeks: -4.6, low: -5.0, high: -4.1, shareSooner: 0.96, shareLater: 0.03 };

describe("titles from results", () => {
  it("say who gets there sooner, by how much and how often", () => {
    expect(comparisonSentence(summaryFixture(), base)).toBe("B reaches $10M 4.6 weeks sooner than A in 96% of runs");
  });

  it("turn the sentence around when the first company is the later one", () => {
    const later = { ...base, metric: "v1" as const, medianDifferenceWeeks: 2, low: 1.5, high: 2.5, shareSooner: 0.1, shareLater: 0.85 };
    expect(comparisonSentence(summaryFixture(), later)).toBe("A ships v1 2.0 weeks sooner than B in 85% of runs");
  });

  it("say there is no clear difference when the interval spans zero", () => {
    const unclear = { ...base, medianDifferenceWeeks: 0.2, low: -0.5, high: 0.9, shareSooner: 0.45, shareLater: 0.5 };
    expect(comparisonSentence(summaryFixture(), unclear)).toBe("No clear difference between B and A in weeks to $10M (median +0.2 weeks, B minus A)");
  });

  it("say first that most runs reach neither target, before any median of the few that do", () => {
    // grounded: neither company reaches $10M in 91% of runs; the median lead of the other 9% is not the answer.
    const rare = { ...base, medianDifferenceWeeks: 21.1, low: -3, high: 30, shareSooner: 0.04, shareLater: 0.05 };
    expect(comparisonSentence(summaryFixture(), rare)).toBe(
      "In 91% of runs neither B nor A reaches $10M by week 52; in the rest, no clear difference between B and A in weeks to $10M (median +21.1 weeks, B minus A)",
    );
    // When no run tells them apart, there is no rest to describe.
    expect(comparisonSentence(summaryFixture(), { ...rare, shareSooner: 0, shareLater: 0, medianDifferenceWeeks: null, low: null, high: null })).toBe("In 100% of runs neither B nor A reaches $10M by week 52");
    // Exactly half reaching neither is not "most": the finding stands alone.
    expect(comparisonSentence(summaryFixture(), { ...base, shareSooner: 0.3, shareLater: 0.2 })).not.toMatch(/^In \d+% of runs neither/);
  });

  it("drop the weeks when the median is beyond the horizon", () => {
    expect(comparisonSentence(summaryFixture(), { ...base, medianDifferenceWeeks: null, low: null, high: null })).toBe("B reaches $10M sooner than A in 96% of runs");
  });

  it("give way to a title or caption the user set for that chart", () => {
    const frame = { size: { width: 1280, height: 720 }, caption: ["run caption", "chart caption"] };
    expect(chartText("levers", "computed", frame)).toEqual({ title: "computed", frame });
    const text = chartText("levers", "computed", frame, { text: { levers: { title: "What would make us faster", caption: "our guess" } } });
    expect(text.title).toBe("What would make us faster");
    expect(text.frame.caption).toEqual(["run caption", "our guess"]);
    const specs = summaryCharts(summaryFixture(), { text: { "paired-difference": { title: "B wins" } } });
    const titleOf = (name: string) => (specs.find((c) => c.name === name)?.spec as unknown as { title: { text: string } }).title.text;
    expect(titleOf("paired-difference")).toBe("B wins");
    expect(titleOf("levers")).toBe("Instant reviews would save B 2.6 weeks to $10M");
  });
});

describe("a long title fits its slide", () => {
  const room = 1232; // a 1280 px chart less 24 px of padding each side
  const long = "Reaching $10M ARR: A by week 35.2 in half the runs; B by week 29.8 in half the runs";

  it("a title that fits is left as it is", () => {
    expect(titleFit("B: median weeks to $10M ARR", room, 30)).toEqual({});
  });

  it("a longer one is set just small enough to fit, with 1% to spare, and is never cut", () => {
    const fit = titleFit(long, room, 30);
    expect(fit.limit).toBeUndefined();
    expect(deckTextWidth(long, fit.fontSize!, true)).toBeCloseTo(0.99 * room, 6);
    expect(fit.fontSize!).toBeLessThan(30);
  });

  it("is never set below 60% of the title size: past that it is cut at the edge", () => {
    const fit = titleFit(`${long}; ${long}`, room, 30);
    expect(fit).toEqual({ fontSize: 18, limit: room });
  });

  it("every chart of the fixture has a title that fits its width at the size it is set", () => {
    for (const { spec } of summaryCharts(summaryFixture())) {
      const s = spec as unknown as { width: number; padding: number; title: { text: string; fontSize?: number }; config: { title: { fontSize: number } } };
      const size = s.title.fontSize ?? s.config.title.fontSize;
      expect(deckTextWidth(s.title.text, size, true)).toBeLessThanOrEqual(s.width - 2 * s.padding);
    }
  });
});

describe("caption lines fit their slide", () => {
  it("a line that fits is kept; a longer one is broken at spaces into lines that fit, words in order", () => {
    const list = `no detectable effect: ${Array.from({ length: 20 }, (_, i) => `input number ${i}`).join(", ")}`;
    const lines = wrapLines(["seed-article · 2,000 runs", list], 1232, 18);
    expect(lines[0]).toBe("seed-article · 2,000 runs");
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(deckTextWidth(line, 18)).toBeLessThanOrEqual(1232);
    expect(lines.slice(1).join(" ")).toBe(list);
  });

  it("a word wider than the room stays whole on its own line", () => {
    expect(wrapLines(["short x".replace("x", "y".repeat(200))], 300, 18)).toEqual(["short", "y".repeat(200)]);
  });
});

describe("sweep titles say when nothing moved", () => {
  // The fixture sweeps B's tokens/s over three points; give B the same share at both ends.
  const flat = () => {
    const s = summaryFixture();
    for (const p of s.points) {
      const b = p.companies.find((c) => c.name === "B")!;
      b.reachedTarget = { ...b.reachedTarget, share: 0.95 };
      b.firstToTarget = { ...b.firstToTarget, share: 0.6 };
    }
    return s;
  };

  it("the reached overlay: one share 'at both ends', never 'from 95% to 95%'", () => {
    expect(sweepReachedTitle(flat(), "B output tokens/s", "B")).toBe("B at $10M by week 52: 95% of runs at both ends of B output tokens/s");
  });

  it("the chance of being first 'stays at' its value", () => {
    expect(sweepFirstTitle(flat(), "B output tokens/s")).toBe("B's chance of reaching $10M first stays at 60% across B output tokens/s");
  });

  it("a value that moves still reads from one end to the other", () => {
    const s = flat();
    s.points[2].companies.find((c) => c.name === "B")!.reachedTarget.share = 0.99;
    expect(sweepReachedTitle(s, "B output tokens/s", "B")).toBe("B at $10M by week 52: from 95% to 99% of runs across B output tokens/s");
  });
});
