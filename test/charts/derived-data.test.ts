/** The data the builders derive: histogram bins from the Kaplan–Meier steps, timeline spans from a trace. */
import { describe, expect, it } from "vitest";
import { timelineData } from "../../src/charts/index.ts";
import { joinCloseMilestoneLabels, mergeTaskSpans, type TimelineMark, type TimelineSpan } from "../../src/charts/timeline.ts";
import { binWeeks, binnedShares } from "../../src/charts/weeks-distribution.ts";
import { traceFixture } from "./fixture.ts";

describe("binnedShares", () => {
  it("turns each rise of the reached curve into the share reaching it in that bin", () => {
    const curve = [
      { week: 0, reached: 0, low: 0, high: 0 },
      { week: 3, reached: 0.1, low: 0, high: 0 },
      { week: 3.5, reached: 0.25, low: 0, high: 0 },
      { week: 5, reached: 0.6, low: 0, high: 0 },
    ];
    const bins = binnedShares(curve, 2);
    expect([...bins.keys()]).toEqual([1, 2]);
    expect(bins.get(1)).toBeCloseTo(0.25, 12);
    expect(bins.get(2)).toBeCloseTo(0.35, 12);
  });

  it("counts a step at the horizon in the last bin", () => {
    const curve = [{ week: 51, reached: 0.2, low: 0, high: 0 }, { week: 52, reached: 0.5, low: 0, high: 0 }];
    expect([...binnedShares(curve, 2, 52)]).toEqual([[25, 0.5]]);
  });

  it("uses whole-week bins, about 26 over the horizon", () => {
    expect([binWeeks(13), binWeeks(26), binWeeks(52), binWeeks(104)]).toEqual([1, 1, 2, 4]);
  });
});

describe("timelineData", () => {
  const { spans, marks } = timelineData(traceFixture(), 3 * 168);

  it("pairs each task's first start with its acceptance, across rework", () => {
    const task = spans.find((s) => s.company === "B" && s.kind === "task" && s.detail.startsWith("v1 task 2"));
    expect(task).toMatchObject({ start: 13 / 168, end: 16.8 / 168, row: "B agent tasks" });
    // A: 3 + 1 tasks, B: 3 + 2.
    expect(spans.filter((s) => s.kind === "task")).toHaveLength(9);
  });

  it("draws planning until the first task, release work until release, feedback from release until it is in", () => {
    const kinds = spans.filter((s) => s.company === "A").map((s) => `${s.kind} ${(s.start * 168).toFixed(1)}-${(s.end * 168).toFixed(1)}`);
    expect(kinds).toEqual(expect.arrayContaining(["planning 9.0-13.0", "release work 35.0-39.0", "feedback 39.0-135.0", "planning 177.0-181.0", "feedback 203.0-290.0"]));
  });

  it("marks releases, takeoff and milestones on the market row", () => {
    expect(marks.map((m) => `${m.company} ${m.kind} ${m.label}`)).toEqual(["B release v1", "A release v1", "B release v2", "B takeoff takeoff", "A release v2", "B milestone $1M", "B milestone $10M"]);
  });

  it("marks a response to a rival on the responding company's plan & release row, at its time", () => {
    const response = { time: 250, company: "A", event: "response" as const, release: 0, detail: "answers a rival's takeoff: switches to fast, +2 sessions, +0 engineers" };
    const withResponse = timelineData([...traceFixture(), response], 3 * 168).marks.filter((m) => m.kind === "response");
    expect(withResponse).toEqual([{ company: "A", row: "A plan & release", kind: "response", size: 420, week: 250 / 168, label: "responds", detail: response.detail }]);
  });

  it("ends a span the horizon cut off at the horizon", () => {
    const cut = timelineData(traceFixture().filter((e) => e.time < 280), 280);
    expect(cut.spans.find((s) => s.company === "A" && s.kind === "feedback" && s.start === 203 / 168)?.end).toBe(280 / 168);
  });
});

describe("mergeTaskSpans", () => {
  const task = (company: string, start: number, end: number): TimelineSpan => ({ company, row: `${company} agent tasks`, kind: "task", opacity: 0.3, start, end, detail: "t" });

  it("merges a company's overlapping and touching tasks into busy spans, keeps other spans", () => {
    const feedback: TimelineSpan = { ...task("A", 0, 9), kind: "feedback", row: "A feedback wait" };
    const merged = mergeTaskSpans([task("A", 0, 2), task("A", 1, 3), task("A", 3, 4), task("A", 5, 6), task("B", 1, 2), feedback]);
    expect(merged.filter((s) => s.kind === "task").map((s) => `${s.company} ${s.start}-${s.end} ${s.detail}`)).toEqual([
      "A 0-4 3 agent tasks in parallel or back to back",
      "A 5-6 t",
      "B 1-2 t",
    ]);
    expect(merged).toContainEqual(feedback);
  });

  it("shrinks the fixture trace's nine tasks to fewer spans covering the same weeks", () => {
    const { spans } = timelineData(traceFixture(), 3 * 168);
    const busy = mergeTaskSpans(spans).filter((s) => s.kind === "task");
    const covered = (list: TimelineSpan[], week: number) => list.some((s) => s.kind === "task" && s.start <= week && week <= s.end);
    expect(busy.length).toBeLessThan(9);
    for (let hour = 0; hour < 3 * 168; hour += 0.5) expect(covered(busy, hour / 168)).toBe(covered(spans, hour / 168));
  });
});

describe("joinCloseMilestoneLabels", () => {
  const milestone = (company: string, week: number, label: string): TimelineMark => ({ company, row: `${company} market`, kind: "milestone", size: 420, week, label, detail: label });

  it("joins labels that would overlap into the first and leaves far ones alone, per company", () => {
    const marks = [milestone("B", 4, "$1M"), milestone("B", 4.5, "$10M"), milestone("A", 4.6, "$1M"), milestone("B", 20, "$100M")];
    // 20 px per week: half a week apart is 10 px, far less than two labels' widths.
    expect(joinCloseMilestoneLabels(marks, 20).map((m) => `${m.company} ${m.label}`)).toEqual(["B $1M, $10M", "B ", "A $1M", "B $100M"]);
    expect(marks[0].label).toBe("$1M");
  });

  it("keeps every label when the marks are far enough apart at this scale", () => {
    const marks = [milestone("B", 4, "$1M"), milestone("B", 4.5, "$10M")];
    expect(joinCloseMilestoneLabels(marks, 400).map((m) => m.label)).toEqual(["$1M", "$10M"]);
  });
});
