/** Where the idea has fit but no run reaches the target, the finding says so instead of "A first in 0% of them". */
import { describe, expect, it } from "vitest";
import type { IdeaSummary, PointSummary, Summary } from "../../src/montecarlo/types.ts";
import { ideaFindings } from "../../src/report/ideas-table.ts";

const share = (s: number) => ({ share: s, low: s, high: s });

describe("an idea with fit that no run takes to the target", () => {
  it("says no run got there by the horizon", () => {
    const idea: IdeaSummary = { idea: "", companies: ["A", "B"], hadFit: share(0.4), runsWithFit: 12, firstToTakeoff: [share(0.5), share(0.3)], noTakeoff: share(0.2), firstToTarget: [share(0), share(0)], noTarget: share(1) };
    const summary = { targetUsd: 10e6, horizonWeeks: 52, points: [{ label: "base", ideas: [idea] } as unknown as PointSummary] } as unknown as Summary;
    expect(ideaFindings(summary)).toEqual(["The idea has fit in 40% of runs (A, B share it); where it has, no run got to $10M by week 52."]);
  });
});
