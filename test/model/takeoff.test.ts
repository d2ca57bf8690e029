/**
 * Product–market fit as a bounded search (src/model/takeoff.ts), claim by claim. Hand-made
 * scenarios (scenario-builder.ts): a 24/7 team of one, one agent session; each task takes ~2 h of
 * agent work and 1 h of review, so a 40-task release takes ~3.5 days to build.
 */
import { describe, expect, it } from "vitest";
import { simulate, type CompanyRun } from "../../src/model/index.ts";
import { FitSearch, learningFromEvidence } from "../../src/model/takeoff.ts";
import { company, scenario } from "./scenario-builder.ts";

const WEEK = 168;

/** Median, with runs that never took off (null) counted as later than anything. */
function median(values: (number | null)[]): number {
  const sorted = values.map((v) => v ?? Infinity).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Search {
  tasks: number;
  feedbackDelay: number;
  policy: "wait" | "pipeline";
  learningNeeded?: number;
  fitChance?: number;
  horizon?: number;
}

/** One company searching for fit: releases of `tasks` tasks, ~20 early adopters a week once v1 is out. */
function search(s: Search, runs: number): CompanyRun[] {
  const sc = scenario({
    horizon: s.horizon ?? 52 * WEEK,
    market: { earlyAdopterRate: 20 },
    companies: [
      company("A", {
        product: { v1Tasks: s.tasks, iterationTasks: s.tasks, feedbackDelay: s.feedbackDelay, iterationPolicy: s.policy },
        takeoff: { fitChance: s.fitChance ?? 1, learningNeeded: s.learningNeeded ?? 3, evidencePerLearning: 400 },
      }),
    ],
  });
  return Array.from({ length: runs }, (_, run) => simulate(sc, run).companies[0]);
}

describe("learning from evidence", () => {
  it("gives one bit for the first evidencePerLearning, one more for each doubling (diminishing returns)", () => {
    expect(learningFromEvidence(0, 400)).toBe(0);
    expect(learningFromEvidence(400, 400)).toBeCloseTo(1, 12);
    expect(learningFromEvidence(1200, 400)).toBeCloseTo(2, 12);
    expect(learningFromEvidence(2800, 400)).toBeCloseTo(3, 12);
  });

  it("pools releases planned on the same knowledge; different hypotheses add up", () => {
    // Two releases of 10 tasks, each seen by 40 users (400 task-users) by its feedback.
    const same = new FitSearch(true, 10, 400);
    same.observe(same.record(0, 10, 5), 40); // hypothesis 0
    same.observe(same.record(0, 10, 6), 40); // planned before any feedback: hypothesis 0 again
    expect(same.learningAt(10)).toBeCloseTo(Math.log2(3), 12); // log2(1 + 800/400)
    const different = new FitSearch(true, 10, 400);
    different.observe(different.record(0, 10, 5), 40);
    different.observe(different.record(1, 10, 6), 40); // planned after the first feedback: a new hypothesis
    expect(different.learningAt(10)).toBeCloseTo(2, 12);
  });

  it("counts only feedback that has arrived", () => {
    const fit = new FitSearch(true, 1, 400);
    const v1 = fit.record(0, 10, 100);
    expect(fit.learningAt(99)).toBe(0);
    fit.observe(v1, 40); // the simulation observes it at hour 100
    expect(fit.learningAt(100)).toBeCloseTo(1, 12);
  });

  it("gives a release planned on no new learning no new chance", () => {
    const fit = new FitSearch(true, 0.5, 400);
    expect(fit.takesOff(0)).toBe(false); // v1: its chance, not enough learning
    expect(fit.takesOff(0)).toBe(false); // v2 planned on the same knowledge: no chance at all
    expect(fit.takesOff(1)).toBe(true); // new learning, enough of it
  });
});

describe("product–market fit is a bounded search", () => {
  it("never takes off more often than fitChance: P(ever takes off) ≤ fitChance", () => {
    // Plenty of time and little to learn: every run with fit takes off, none without.
    const runs = search({ tasks: 5, feedbackDelay: 24, policy: "pipeline", learningNeeded: 0.5, fitChance: 0.3, horizon: 8 * WEEK }, 400);
    const tookOff = runs.filter((c) => c.takeoff !== null);
    for (const c of tookOff) expect(c.fit).toBe(true);
    expect(tookOff.length).toBe(runs.filter((c) => c.fit).length);
    // The share with fit is a Binomial(400, 0.3) draw: SE = √(0.3 × 0.7 / 400) ≈ 0.023.
    const share = tookOff.length / runs.length;
    expect(share).toBeLessThan(0.3 + 3 * 0.023);
    expect(share).toBeGreaterThan(0.3 - 3 * 0.023);
  });

  it("never takes off without fit, however many releases ship", () => {
    const runs = search({ tasks: 1, feedbackDelay: 1, policy: "pipeline", learningNeeded: 0, fitChance: 0, horizon: 20 * WEEK }, 5);
    for (const c of runs) {
      expect(c.releases.length).toBeGreaterThan(300);
      expect(c.takeoff).toBeNull();
    }
  });

  it("learns nothing without feedback: a feedback delay past the horizon means no learning and no takeoff", () => {
    const runs = search({ tasks: 5, feedbackDelay: 60 * WEEK, policy: "pipeline" }, 5);
    for (const c of runs) {
      expect(c.releases.length).toBeGreaterThan(50);
      expect(c.learnings).toBe(0);
      expect(c.takeoff).toBeNull();
    }
  });

  it("learns nothing from releases nobody uses", () => {
    const sc = scenario({
      horizon: 20 * WEEK,
      market: { earlyAdopterRate: 0 },
      companies: [company("A", { takeoff: { fitChance: 1, learningNeeded: 1, evidencePerLearning: 1 } })],
    });
    const c = simulate(sc, 0).companies[0];
    expect(c.releases.length).toBeGreaterThan(50);
    expect(c.learnings).toBe(0);
    expect(c.takeoff).toBeNull();
  });

  it("takes off with a release planned on arrived feedback, never on stale knowledge", () => {
    const sc = scenario({
      horizon: 20 * WEEK,
      market: { earlyAdopterRate: 20 },
      companies: [company("A", { product: { feedbackDelay: 72, iterationPolicy: "pipeline" }, takeoff: { fitChance: 1, learningNeeded: 2, evidencePerLearning: 10 } })],
    });
    const r = simulate(sc, 0, { trace: true });
    const c = r.companies[0];
    expect(c.takeoff).not.toBeNull();
    const plan = r.trace!.find((e) => e.event === "planStart" && e.release === c.takeoffRelease)!;
    expect(Number(/from (\d+) feedback/.exec(plan.detail)![1])).toBeGreaterThan(0);
    // Pipelining ships a release every 6 h; only those planned after new feedback had a chance.
    expect(c.takeoffRelease!).toBeGreaterThan(12);
  });

  it("splitting the same work into 8× more releases cuts time to takeoff by far less than 8×", () => {
    for (const policy of ["wait", "pipeline"] as const) {
      for (const feedbackDelay of [2, 24, 96]) {
        const big = median(search({ tasks: 40, feedbackDelay, policy }, 15).map((c) => c.takeoff));
        const small = median(search({ tasks: 5, feedbackDelay, policy }, 15).map((c) => c.takeoff));
        expect(big).toBeLessThan(Infinity);
        // Measured: at most ~2× (the first small release reaches users days earlier).
        expect(big / small).toBeLessThan(8 / 2.5);
      }
    }
  });
});

describe("waiting for feedback vs pipelining", () => {
  // A 40-task release takes ~3.5 days to build.
  const time = (feedbackDelay: number, policy: "wait" | "pipeline") => median(search({ tasks: 40, feedbackDelay, policy }, 15).map((c) => c.takeoff));

  it("waiting wins when feedback is fast relative to building (2 h vs ~3.5 days)", () => {
    // Pipelining starts a whole release on stale knowledge; waiting loses only 2 h per release.
    expect(time(2, "wait")).toBeLessThan(time(2, "pipeline"));
  });

  it("pipelining wins when feedback is slow relative to building (400 h vs ~3.5 days)", () => {
    // Waiting idles 400 h per release; pipelining keeps users seeing new work, and the evidence
    // of releases on the same knowledge pools into the next hypothesis.
    expect(time(400, "pipeline")).toBeLessThan(time(400, "wait"));
  });
});
