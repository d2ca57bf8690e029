import { describe, expect, it } from "vitest";
import type { IdeaSummary, PointSummary, Summary } from "../../src/montecarlo/types.ts";
import { ideaFindings, ideasTable } from "../../src/report/ideas-table.ts";

const share = (s: number) => ({ share: s, low: s, high: s });
const idea = (companies: string[], fit: number, first: number[], none: number): IdeaSummary => ({
  idea: "",
  companies,
  hadFit: share(fit),
  runsWithFit: Math.round(fit * 200),
  firstToTakeoff: first.map(share),
  noTakeoff: share(none),
  firstToTarget: first.map(share),
  noTarget: share(none),
});
const summaryWith = (ideas: IdeaSummary[]): Summary => ({ targetUsd: 10e6, points: [{ label: "base", ideas } as unknown as PointSummary] }) as unknown as Summary;

describe("fit exists vs who finds it first, in words", () => {
  it("says first whether the idea has fit, then who is first where it has", () => {
    const s = summaryWith([idea(["A", "B"], 0.9, [0, 0.99], 0.01)]);
    expect(ideaFindings(s)).toEqual(["The idea has fit in 90% of runs (A, B share it); where it has, B reaches $10M first in 99% of them (A 0%, none 1%)."]);
    expect(ideasTable(s, s.points[0])!.rows[0].map((c) => c.text)).toEqual(["the idea", "A, B", "90%", "180", "B 99%, A 0%, none 1%", "B 99%, A 0%, none 1%"]);
  });

  it("says nothing about who is first for an idea only one company pursues", () => {
    const s = summaryWith([idea(["A"], 0.3, [0.2], 0.8), idea(["B"], 0.3, [0.25], 0.75)]);
    expect(ideaFindings(s)).toEqual([]);
    expect(ideasTable(s, s.points[0])).toBeNull();
  });
});
