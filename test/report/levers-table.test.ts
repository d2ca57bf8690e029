/**
 * The lever table shows only levers that matter, most weeks saved first, and folds the rest into
 * one line each — the same rows in the terminal, summary.md and the report.
 */
import { describe, expect, it } from "vitest";
import type { LeverEffect, Summary } from "../../src/montecarlo/types.ts";
import { leversTable, renderHtml, renderMarkdown, renderTerminal } from "../../src/report/index.ts";
import { unsweptFixture } from "../charts/fixture.ts";

/** One lever's effect on every milestone of a company: `saved` weeks, interval ± `noise`. */
function effects(lever: string, company: string, saved: number, noise: number, extra: Partial<LeverEffect> = {}): LeverEffect[] {
  return (["v1", "takeoff", "target"] as const).map((metric) => ({
    lever,
    company,
    metric,
    medianWeeksSaved: saved,
    low: saved - noise,
    high: saved + noise,
    shareSooner: saved > 0 ? 1 : 0,
    shareLater: 0,
    runs: 100,
    restrictedMeanSaved: { horizonWeeks: 52, weeks: saved, low: saved - noise, high: saved + noise },
    medianSavedBound: null,
    inScenario: true,
    detectable: Math.abs(saved) > noise,
    ...extra,
  }));
}

function summary(): Summary {
  const s = unsweptFixture();
  s.levers = [
    { id: "instant-model", label: "instant model calls" },
    { id: "instant-review", label: "instant reviews" },
    { id: "instant-tools", label: "instant tools" },
    { id: "no-rate-limit", label: "no rate limit" },
  ];
  s.points[0].levers = [
    ...effects("instant-model", "A", 0.5, 0.1),
    ...effects("instant-model", "B", 0, 0, { detectable: false }),
    ...effects("instant-review", "A", 2, 0.2),
    ...effects("instant-review", "B", 1, 0.2),
    ...effects("instant-tools", "A", 0.01, 0.3, { detectable: false }),
    ...effects("instant-tools", "B", 0, 0, { detectable: false }),
    ...effects("no-rate-limit", "A", 0, 0, { inScenario: false, detectable: false }),
    ...effects("no-rate-limit", "B", 0, 0, { inScenario: false, detectable: false }),
  ];
  return s;
}

describe("leversTable", () => {
  const table = leversTable(summary(), summary().points[0])!;

  it("shows the levers with an effect, most weeks saved first", () => {
    expect(table.rows.map((r) => `${r[0].text} ${r[1].text}`)).toEqual(["instant reviews A", "instant reviews B", "instant model calls A"]);
  });

  it("folds no-effect rows and costs the scenario does not have into one line each, then says the runs each shown lever used", () => {
    expect(table.notes).toEqual([
      "no effect: instant model calls (B); instant tools (A, B).",
      "not in this scenario: no rate limit (A, B).",
      "runs per lever (until ±0.1 week): instant reviews 100, instant model calls 100.",
    ]);
  });

  it("prints those lines in the terminal, summary.md and the report alike", () => {
    for (const text of [renderTerminal({ ...table, footnote: undefined }), renderMarkdown(table), renderHtml(table)]) {
      expect(text).toContain("no effect: instant model calls (B); instant tools (A, B).");
      expect(text).toContain("not in this scenario: no rate limit (A, B).");
      expect(text).not.toMatch(/no rate limit\s*[|<]/);
    }
  });

  it("gives a censored median's bound instead of a dash", () => {
    const s = summary();
    const target = s.points[0].levers.find((e) => e.lever === "instant-review" && e.company === "A" && e.metric === "target")!;
    Object.assign(target, { medianWeeksSaved: null, low: null, high: null, medianSavedBound: { side: "at least", weeks: 17.4 } });
    const row = leversTable(s, s.points[0])!.rows.find((r) => r[0].text === "instant reviews" && r[1].text === "A")!;
    // Printed as the change in weeks with the lever (negative = sooner), as every table reads.
    expect(row[4]).toEqual({ text: "at most -17.4", note: "censored" });
  });

  it("shows every row of a summary written before folding existed", () => {
    const s = summary();
    for (const e of s.points[0].levers) {
      delete e.inScenario;
      delete e.detectable;
    }
    expect(leversTable(s, s.points[0])!.rows).toHaveLength(8);
  });
});

describe("where fewer than half the runs are decided", () => {
  // Issue 30: "+7.0 (+6.3 to +9.7)" saved over 12 of 200 runs, restricted mean +0.39, sorted by the +7.0.
  function few(): Summary {
    const s = summary();
    s.points[0].levers = [
      ...effects("instant-review", "A", 1, 0.2),
      ...effects("instant-model", "A", 7, 0.5, { decidedRuns: 6, restrictedMeanSaved: { horizonWeeks: 52, weeks: 0.39, low: 0.2, high: 0.6 } }),
    ];
    return s;
  }

  it("a lever row prints the restricted mean with its interval, not the median of the few", () => {
    const row = leversTable(few(), few().points[0])!.rows.find((r) => r[0].text === "instant model calls")!;
    expect(row[2].text).toBe("-0.4");
    expect(row[2].note).toBe("mean -0.6 to -0.2");
  });

  it("rows are sorted by what they print: the -1.0 median above the -0.4 mean, whatever the -7.0 median of 6% of runs", () => {
    expect(leversTable(few(), few().points[0])!.rows.map((r) => r[0].text)).toEqual(["instant reviews", "instant model calls"]);
  });
});
