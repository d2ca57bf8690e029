/**
 * Mechanism tests on hand-made scenarios whose answers are worked out by hand in the comments.
 * Defaults (scenario-builder.ts): a 24/7 team of one, one agent session at 100 tok/s, one task per
 * release of 360k output tokens (1 h) + 1 h tools, 1 h review, 2 h planning, 1 h release work,
 * feedback after 24 h, policy `wait`.
 */
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/model/index.ts";
import { breakdownTotal } from "../../src/model/breakdown.ts";
import { company, OFFICE_HOURS, scenario } from "./scenario-builder.ts";

describe("one task, one reviewer", () => {
  it("ships v1 after planning + agent + review + release work", () => {
    const r = simulate(scenario(), 0).companies[0];
    // plan 0→2, agent 2→4 (1 h generation + 1 h tools), review 4→5, release work 5→6.
    expect(r.v1).toBeCloseTo(6, 9);
    expect(r.breakdownToV1).toMatchObject({ planning: 2, agentGeneration: 1, toolTime: 1, review: 1, releaseWork: 1, offHours: 0, waitingForAgent: 0, waitingForReviewer: 0 });
    // Wait policy: each later release starts after 24 h of feedback: 6, 36, 66, …
    expect(r.releases.slice(0, 3).map((t) => Number(t.toFixed(9)))).toEqual([6, 36, 66]);
  });

  it("counts and prices tokens: input, cached input and output", () => {
    const s = scenario({ horizon: 10 }); // only v1 fits
    const r = simulate(s, 0).companies[0];
    expect(r.tokens).toEqual({ input: 500_000, cachedInput: 500_000, output: 360_000 });
    // 0.5M × $5 + 0.5M × $0.5 + 0.36M × $25 = 2.5 + 0.25 + 9.
    expect(r.tokenSpend).toBeCloseTo(11.75, 9);
    // One engineer at $4k a week for 10 hours.
    expect(r.teamSpend).toBeCloseTo((4000 * 10) / 168, 9);
  });

  it("adds time to first token per step", () => {
    const r = simulate(scenario({ companies: [company("A", { agent: { timeToFirstToken: 0.25 }, task: { turns: 4 } })] }), 0).companies[0];
    expect(r.v1).toBeCloseTo(7, 9);
    expect(r.breakdownToV1?.timeToFirstToken).toBeCloseTo(1, 9);
  });

  it("queues tasks for one agent session and one reviewer", () => {
    // Two tasks: agent 2→4 and 4→6; reviews 4→5 and 6→7; release 7→8. The critical task waited
    // 2 h for the agent.
    const r = simulate(scenario({ companies: [company("A", { product: { v1Tasks: 2 } })] }), 0).companies[0];
    expect(r.v1).toBeCloseTo(8, 9);
    expect(r.breakdownToV1?.waitingForAgent).toBeCloseTo(2, 9);
  });
});

describe("working hours", () => {
  it("makes a Friday-evening hand-off wait for Monday", () => {
    // Office hours. Planning 2 h: Monday 09:00→11:00. The agent works 105 h around the clock
    // (1 h generation + 104 h tools): done Friday 20:00 (hour 116). Review waits for Monday 09:00
    // (hour 177), ends 10:00; release work → v1 at hour 179.
    const s = scenario({ companies: [company("A", { team: { calendar: OFFICE_HOURS }, task: { toolTime: 104 } })] });
    const r = simulate(s, 0).companies[0];
    expect(r.v1).toBeCloseTo(179, 9);
    // Off-hours: Monday 00:00→09:00 before planning, and Friday 20:00 → Monday 09:00 (61 h).
    expect(r.breakdownToV1?.offHours).toBeCloseTo(70, 9);
    expect(breakdownTotal(r.breakdownToV1!)).toBeCloseTo(179, 9);
  });
});

describe("rework", () => {
  it("doubles a task that is rejected once (reworkShare 1)", () => {
    // Acceptance 50%: each pass is 2 h of agent + 1 h review, so a task with k rejections takes 3(k+1) h.
    const s = scenario({ companies: [company("A", { agent: { firstPassAcceptance: 0.5 } })] });
    const trace = simulate(s, 3, { trace: true }).trace!;
    const byRelease = new Map<number, { start: number; rejections: number; accepted?: number }>();
    for (const e of trace) {
      if (e.event === "taskStart" && !byRelease.has(e.release)) byRelease.set(e.release, { start: e.time, rejections: 0 });
      if (e.event === "taskRejected") byRelease.get(e.release)!.rejections += 1;
      if (e.event === "taskAccepted") byRelease.get(e.release)!.accepted = e.time;
    }
    const done = [...byRelease.values()].filter((t) => t.accepted !== undefined);
    expect(done.some((t) => t.rejections === 0)).toBe(true);
    expect(done.some((t) => t.rejections === 1)).toBe(true);
    for (const t of done) expect(t.accepted! - t.start).toBeCloseTo(3 * (t.rejections + 1), 9);
  });

  it("counts rework tokens and puts the loop under rework in the breakdown", () => {
    const s = scenario({ horizon: 40, companies: [company("A", { agent: { firstPassAcceptance: 0.5 }, task: { reworkShare: 0.5 } })] });
    for (let run = 0; run < 20; run++) {
      const r = simulate(s, run, { trace: true });
      const rejections = r.trace!.filter((e) => e.event === "taskRejected" && e.release === 1).length;
      const c = r.companies[0];
      // Rework passes are half the size: 2 h × 0.5 agent + 0.5 h review each.
      expect(c.v1).toBeCloseTo(6 + 1.5 * rejections, 9);
      expect(c.breakdownToV1?.rework).toBeCloseTo(1.5 * rejections, 9);
      expect(c.tokens.output).toBeGreaterThanOrEqual(360_000 * (1 + 0.5 * rejections) - 1e-6);
    }
  });
});

describe("queues", () => {
  it("serves rework before new tasks waiting for the same agent session", () => {
    // Three tasks, one session: agent 2→4 (#1), 4→6 (#2), 6→8 (#3, waiting since 2). If #1 is
    // rejected at 5 (review 4→5), its rework waits for the session too, and gets it at 6 ahead of #3.
    const s = scenario({ horizon: 30, companies: [company("A", { product: { v1Tasks: 3 }, agent: { firstPassAcceptance: 0.5 } })] });
    let checked = 0;
    for (let run = 0; run < 40 && checked < 3; run++) {
      const trace = simulate(s, run, { trace: true }).trace!;
      const firstRejection = trace.find((e) => e.event === "taskRejected");
      if (firstRejection?.task !== 1 || Math.abs(firstRejection.time - 5) > 1e-9) continue;
      const startAt6 = trace.find((e) => e.event === "taskStart" && Math.abs(e.time - 6) < 1e-9);
      expect(startAt6?.task).toBe(1);
      expect(startAt6?.detail).toMatch(/^rework/);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe("iteration policy", () => {
  it("waits for feedback before planning (wait) or plans right after shipping (pipeline)", () => {
    const wait = simulate(scenario({ horizon: 100 }), 0, { trace: true });
    const pipe = simulate(scenario({ horizon: 100, companies: [company("A", { product: { iterationPolicy: "pipeline" } })] }), 0, { trace: true });
    // Wait: one release every 30 h (6 h of work + 24 h of feedback). Pipeline: every 6 h.
    expect(wait.companies[0].releases.map((t) => Math.round(t))).toEqual([6, 36, 66, 96]);
    expect(pipe.companies[0].releases.length).toBe(16);
    expect(pipe.companies[0].releases[1]).toBeCloseTo(12, 9);
    // What was known when each release was planned: wait learns from every release; pipeline's
    // v2 is planned at hour 6, before v1's feedback (hour 30).
    const known = (r: typeof wait) => r.trace!.filter((e) => e.event === "planStart").map((e) => Number(/from (\d+) feedback/.exec(e.detail)![1]));
    expect(known(wait)).toEqual([0, 1, 2, 3]);
    expect(known(pipe).slice(0, 6)).toEqual([0, 0, 0, 0, 0, 1]);
    // Nobody used these releases (no early adopters): feedback came in, but there was nothing to learn.
    expect(wait.companies[0].learnings).toBe(0);
  });

  it("takes off at the first release planned on enough learning: v2, after v1's feedback", () => {
    // v1 ships at 6; by its feedback at 30 ~14 early adopters (100 a week) have used it: evidence
    // 1 task × ~14 users ≈ 3.9 bits at 1 per bit, more than the 1 bit needed; v2 is planned at 30
    // and ships at 36.
    const s = scenario({
      market: { earlyAdopterRate: 100 },
      companies: [company("A", { takeoff: { fitChance: 1, learningNeeded: 1, evidencePerLearning: 1 } })],
    });
    const r = simulate(s, 0).companies[0];
    expect(r.takeoffRelease).toBe(2);
    expect(r.takeoff).toBeCloseTo(36, 9);
    // To takeoff: two releases of 6 h and the 24 h wait for v1's feedback.
    expect(r.breakdownToTakeoff?.waitingForFeedback).toBeCloseTo(24, 9);
    expect(breakdownTotal(r.breakdownToTakeoff!)).toBeCloseTo(36, 9);
  });
});
