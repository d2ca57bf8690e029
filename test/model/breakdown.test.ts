import { describe, expect, it } from "vitest";
import { breakdownThrough, breakdownTotal, emptyBreakdown, newTaskHistory, type ReleaseHistory } from "../../src/model/breakdown.ts";
import { BREAKDOWN_CATEGORIES } from "../../src/model/types.ts";

describe("breakdown bookkeeping", () => {
  it("starts at zero in every category", () => {
    const b = emptyBreakdown();
    expect(Object.keys(b)).toEqual([...BREAKDOWN_CATEGORIES]);
    expect(breakdownTotal(b)).toBe(0);
  });

  it("adds releases along the critical path", () => {
    const task = { ...newTaskHistory(13), waitingForAgent: 1, timeToFirstToken: 0.1, agentGeneration: 2, toolTime: 0.5, waitingForReviewer: 3, offHours: 16, review: 1, rework: 4 };
    const r1: ReleaseHistory = { release: 1, waitingForFeedback: 0, planningWait: 0, planning: 4, planningOffHours: 9, criticalTask: task, releaseWait: 0, releaseWork: 2, releaseOffHours: 0 };
    const r2: ReleaseHistory = { release: 2, waitingForFeedback: 72, planningWait: 0, planning: 4, planningOffHours: 0, criticalTask: task, releaseWait: 0, releaseWork: 2, releaseOffHours: 0 };
    const one = breakdownThrough([r1, r2], 1);
    expect(one.offHours).toBe(25);
    expect(breakdownTotal(one)).toBeCloseTo(13 + 27.6 + 2, 12);
    const two = breakdownThrough([r1, r2], 2);
    expect(two.waitingForFeedback).toBe(72);
    expect(breakdownTotal(two)).toBeCloseTo(breakdownTotal(one) + 72 + 4 + 27.6 + 2, 12);
  });
});
