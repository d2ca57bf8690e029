import { describe, expect, it } from "vitest";
import { BREAKDOWN_CATEGORIES, type CompanyRun, type RunResult } from "../../src/model/index.ts";
import { layoutFor, packRun, RunTable, summarisePoint } from "../../src/montecarlo/index.ts";

const WEEK = 168;

function company(name: string, targetWeek: number | null, extra: Partial<CompanyRun> = {}): CompanyRun {
  const zero = Object.fromEntries(BREAKDOWN_CATEGORIES.map((c) => [c, 0])) as CompanyRun["breakdownToV1"];
  return {
    name,
    v1: 3 * WEEK,
    releases: [3 * WEEK],
    takeoff: targetWeek === null ? null : (targetWeek - 2) * WEEK,
    takeoffRelease: targetWeek === null ? null : 1,
    milestones: [targetWeek === null ? null : targetWeek * WEEK],
    target: targetWeek === null ? null : targetWeek * WEEK,
    fit: true,
    learnings: 1,
    tokens: { input: 0, cachedInput: 0, output: 0 },
    tokenSpend: 100,
    tokenBillDiscounted: 100,
    teamSpend: 1000,
    tokenSpendToTarget: null,
    teamSpendToTarget: null,
    revenue: 10,
    netValue: -1090,
    arrWeekly: [0, 1, 2],
    arrAtHorizon: 2,
    breakdownToV1: { ...zero!, review: 3 * WEEK },
    breakdownToTakeoff: null,
    inputs: { "market.potentialCustomers": 1000 },
    ...extra,
  };
}

/** Four hand-made runs of A and B: who is first and by how much is known by hand. */
const runs: RunResult[] = [
  { run: 0, companies: [company("A", 10), company("B", 8)] },
  { run: 1, companies: [company("A", 12), company("B", null)] },
  { run: 2, companies: [company("A", null), company("B", 6)] },
  { run: 3, companies: [company("A", null), company("B", null)] },
];

function table(results: RunResult[]): RunTable {
  const layout = layoutFor(results[0]);
  const rows = new Float64Array(layout.width * results.length);
  results.forEach((r, i) => packRun(r, layout, rows, i * layout.width));
  return new RunTable(layout, rows);
}

describe("summarisePoint on hand-made runs", () => {
  const summary = summarisePoint(table(runs), { index: 0, label: "base", params: {}, horizon: 20 * WEEK });
  const [a, b] = summary.companies;

  it("counts who reached the target and who was first", () => {
    expect(a.reachedTarget.share).toBe(0.5);
    expect(b.reachedTarget.share).toBe(0.5);
    // Run 0: B first (8 < 10); run 1: A (B never); run 2: B; run 3: nobody.
    expect(a.firstToTarget.share).toBe(0.25);
    expect(b.firstToTarget.share).toBe(0.5);
  });

  it("measures the lead with a company that never got there counted at the horizon", () => {
    // B's lead over A in runs 0, 1, 2: 10 − 8 = 2, 12 − 20 = −8, 20 − 6 = 14 → median 2.
    const lead = b.leads[0];
    expect(lead.rival).toBe("A");
    expect(lead.p50).toBe(2);
    expect(lead.ahead).toBe(0.5);
  });

  it("treats weeks to target as censored: median is the KM median, not the median of those who made it", () => {
    // A: events at 10 and 12 weeks, two censored at 20: S = 3/4 after 10, 1/2 after 12 → median 12.
    expect(a.weeksToTarget.p50).toBe(12);
    expect(a.weeksToTarget.p90).toBeNull();
    expect(a.weeksToV1.p50).toBe(3);
    expect(a.breakdownToV1?.review).toBe(3 * WEEK);
    expect(a.breakdownToTakeoff).toBeNull();
  });

  it("skips inputs that did not vary and has no speed premium without a sweep", () => {
    expect(a.sensitivity).toEqual([]);
    expect(a.speedPremium).toBeNull();
  });

  it("unpacks exactly what was packed", () => {
    const t = table(runs);
    expect(Array.from(t.scalar(1, "target")).map((h) => h / WEEK)).toEqual([8, Number.NaN, 6, Number.NaN]);
    expect(Array.from(t.arrAtWeek(0, 2))).toEqual([2, 2, 2, 2]);
    expect(Array.from(t.input(0, 0))).toEqual([1000, 1000, 1000, 1000]);
  });
});

describe("fit exists vs who finds it first (hand-made runs)", () => {
  // Five runs of A and B on one idea: fit in runs 0–3 only; run 4 has no fit and nobody takes off.
  const five: RunResult[] = [
    { run: 0, companies: [company("A", 10), company("B", 8)] },
    { run: 1, companies: [company("A", 12), company("B", null)] },
    { run: 2, companies: [company("A", null), company("B", 6)] },
    { run: 3, companies: [company("A", null), company("B", null)] },
    { run: 4, companies: [company("A", null, { fit: false }), company("B", null, { fit: false })] },
  ];

  it("one shared idea: fit in 4 of 5 runs; of those, B first to the target in 2, A in 1, nobody in 1", () => {
    const [idea] = summarisePoint(table(five), { index: 0, label: "base", params: {}, horizon: 20 * WEEK }).ideas;
    expect(idea.companies).toEqual(["A", "B"]);
    expect(idea.hadFit.share).toBe(0.8);
    expect(idea.runsWithFit).toBe(4);
    expect(idea.firstToTarget.map((s) => s.share)).toEqual([0.25, 0.5]);
    expect(idea.noTarget.share).toBe(0.25);
    // Takeoff is two weeks before the target in these runs: the same order.
    expect(idea.firstToTakeoff.map((s) => s.share)).toEqual([0.25, 0.5]);
  });

  it("separate ideas: one summary each, with no rival to be first against", () => {
    const ideas = summarisePoint(table(five), { index: 0, label: "base", params: {}, horizon: 20 * WEEK, ideaOf: ["a", "b"] }).ideas;
    expect(ideas.map((i) => i.companies)).toEqual([["A"], ["B"]]);
    expect(ideas[1].firstToTarget[0].share).toBe(0.5); // B reached in runs 0 and 2 of its 4 with fit
  });
});
