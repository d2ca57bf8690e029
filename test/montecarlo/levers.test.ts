/**
 * Levers (Amdahl's law by experiment): re-running the same runs with one cost made free. Closed
 * forms on hand-made scenarios with a team working around the clock, so every hour is arithmetic.
 */
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/model/index.ts";
import { applyLever, leverChanges, LEVER_IDS, leverEffects, layoutFor, packLeverRun, packRun, pairedDifference, parseLevers, RunTable } from "../../src/montecarlo/index.ts";
import { loadScenario, type Scenario } from "../../src/scenario/index.ts";
import { company, dist, scenario } from "../model/scenario-builder.ts";

const RUNS = 40;

/** v1 hours of company 0 in runs 0…RUNS−1 of `s`. */
function v1s(s: Scenario): Float64Array {
  return Float64Array.from({ length: RUNS }, (_, r) => simulate(s, r).companies[0].v1 ?? Number.NaN);
}

describe("levers", () => {
  it("instant model calls save exactly the generation and first-token time of a one-task v1", () => {
    // plan 2 h → generation 360k tokens at 100 tok/s = 1 h, first token 0.25 h, tools 1 h → review 1 h → release 1 h.
    const s = scenario({ companies: [company("A", { agent: { timeToFirstToken: 0.25 } })] });
    expect(simulate(s, 0).companies[0].v1).toBeCloseTo(6.25, 10);
    expect(simulate(applyLever(s, "instant-model"), 0).companies[0].v1).toBeCloseTo(5, 10);
  });

  it("instant reviews save exactly the review time, run by run, when review is on the path", () => {
    const review = dist((rng) => 1 + 3 * rng(), 2.5);
    const s = scenario({ companies: [company("A", { task: { reviewTime: review } })] });
    const asRun = v1s(s);
    const levered = v1s(applyLever(s, "instant-review"));
    for (let r = 0; r < RUNS; r++) expect(asRun[r] - levered[r]).toBeGreaterThan(1 - 1e-9);
    const d = pairedDifference(levered, asRun);
    expect(d.shareSooner).toBe(1);
  });

  it("a lever that is not on the critical path saves nothing: more sessions than tasks", () => {
    // Three tasks of random size, four sessions: no task ever waits for a session.
    const tokens = dist((rng) => 100_000 + 500_000 * rng(), 350_000);
    const s = scenario({ companies: [company("A", { agent: { sessions: 4 }, product: { v1Tasks: 3 }, task: { outputTokens: tokens }, team: { engineers: 3 } })] });
    const d = pairedDifference(v1s(applyLever(s, "unlimited-sessions")), v1s(s));
    expect(d.median).toBe(0);
    expect(d.shareSooner).toBe(0);
    expect(d.shareLater).toBe(0);
  });

  it("keeps the random numbers: no feedback latency changes nothing before the first feedback", () => {
    // The latency is drawn from the release's stream after the tasks' sizes; a lever that stopped
    // drawing it would shift the next release's draws, and one that drew it early would change v1.
    const latency = dist((rng) => 24 + 48 * rng(), 48);
    const tokens = dist((rng) => 100_000 + 500_000 * rng(), 350_000);
    const s = scenario({ companies: [company("A", { product: { feedbackLatency: latency }, task: { outputTokens: tokens } })] });
    expect(Array.from(v1s(applyLever(s, "no-feedback-latency")))).toEqual(Array.from(v1s(s)));
  });

  it("no feedback latency: waiting for feedback, v2 ships exactly one latency sooner", () => {
    // v1 ships, users use it for the 24 h delay, the team reads it 12 h later, then plans v2.
    const s = scenario({ companies: [company("A", { product: { feedbackDelay: 24, feedbackLatency: 12 } })] });
    const asRun = simulate(s, 0).companies[0].releases;
    const levered = simulate(applyLever(s, "no-feedback-latency"), 0).companies[0].releases;
    expect(levered[0]).toBe(asRun[0]);
    expect(asRun[1] - levered[1]).toBeCloseTo(12, 10);
  });

  it("no feedback latency reads the same users' signal, only sooner: the users counted are those at the delay", () => {
    // Pipelining (release times do not wait for feedback) and no fit (no takeoff), so both runs
    // ship at the same times: each release's feedback comes from the same number of users, 36 h
    // later with the latency than without.
    const s = scenario({
      horizon: 4 * 168,
      market: { earlyAdopterRate: 20 },
      companies: [company("A", { product: { feedbackDelay: 24, feedbackLatency: 36, iterationPolicy: "pipeline" } })],
    });
    const feedback = (sc: Scenario) => simulate(sc, 0, { trace: true }).trace!.filter((e) => e.event === "feedback");
    const asRun = feedback(s);
    const levered = feedback(applyLever(s, "no-feedback-latency")).slice(0, asRun.length);
    expect(asRun.length).toBeGreaterThan(10);
    asRun.forEach((e, i) => {
      expect(e.time - levered[i].time).toBeCloseTo(36, 9);
      expect(e.detail).toBe(levered[i].detail); // "v3 feedback in from 41 users"
    });
    expect(asRun.some((e) => !/from 0 users/.test(e.detail))).toBe(true);
  });

  it("waiting for feedback with a latency, every plan knows every earlier release's feedback", () => {
    // The read lands exactly when the wait ends (one sum for both: a sum taken in two steps can be
    // one ulp later, and the plan at that instant would miss the release it waited for: 13% of
    // plans did, before). Full-precision durations, as lognormal draws give.
    const delay = dist((rng) => Math.exp(2 + 2 * rng()), 25);
    const latency = dist((rng) => Math.exp(1 + 2 * rng()), 9);
    const planning = dist((rng) => 1 + 3 * rng(), 2.5);
    const s = scenario({
      horizon: 40 * 168,
      market: { earlyAdopterRate: 5 },
      companies: [company("A", { product: { planningTime: planning, feedbackDelay: delay, feedbackLatency: latency } })],
    });
    let plans = 0;
    for (let run = 0; run < 20; run++) {
      for (const e of simulate(s, run, { trace: true }).trace!.filter((e) => e.event === "planStart" && e.release > 1)) {
        expect(Number(/from (\d+) feedback/.exec(e.detail)![1])).toBe(e.release - 1);
        plans++;
      }
    }
    expect(plans).toBeGreaterThan(1000);
  });

  it("no feedback latency takes off sooner, not later: the seed story with 1 to 3 days of latency, 300 paired runs", () => {
    // A zero feedback delay (a lever once) made takeoff later here more often than sooner: it counted
    // the customers before anyone had used the release. Reading the same signal sooner helps (a
    // run may still differ either way: an earlier release meets fewer early adopters).
    const set = ["A", "B"].map((c) => `companies[${c}].product.feedbackLatency=1 d to 3 d`);
    const s = loadScenario("scenarios/seed-article.yaml", { set });
    const levered = applyLever(s, "no-feedback-latency");
    let sooner = 0;
    let later = 0;
    for (let r = 0; r < 300; r++) {
      const a = simulate(s, r).companies[1].takeoff ?? Infinity;
      const b = simulate(levered, r).companies[1].takeoff ?? Infinity;
      if (b < a) sooner++;
      else if (b > a) later++;
    }
    expect(sooner).toBeGreaterThan(150);
    expect(later).toBeLessThan(sooner / 4);
  });

  it("steering free saves exactly the engineer's prompt and read time of a supervised turn", () => {
    // plan 2 h → prompt 0.5 h → the call (1 h decode + 1 h tools, past the attention span: the
    // engineer leaves and comes back) → read 0.25 h → review 1 h → release 1 h = 6.75 h.
    const s = scenario({ companies: [company("A", { task: { autonomy: 0, promptTime: 0.5, readTime: 0.25 } })] });
    expect(simulate(s, 0).companies[0].v1).toBeCloseTo(6.75, 10);
    expect(simulate(applyLever(s, "steering-free"), 0).companies[0].v1).toBeCloseTo(6, 10);
  });

  it("steering free also clears supervisedTurns: the same 6 h as every turn unattended", () => {
    const s = scenario({ companies: [company("A", { task: { autonomy: 1, supervisedTurns: 1, promptTime: 0.5, readTime: 0.25 } })] });
    expect(leverChanges(s, "steering-free")).toBe(true);
    expect(simulate(s, 0).companies[0].v1).toBeGreaterThan(6.5);
    expect(simulate(applyLever(s, "steering-free"), 0).companies[0].v1).toBeCloseTo(6, 10);
    const none = scenario({ companies: [company("A", { task: { autonomy: 0, supervisedTurns: 0 } })] });
    expect(leverChanges(none, "steering-free")).toBe(false);
  });

  it("no rate limit saves time only where the limit binds", () => {
    const limited = (tokensPerMinute: number) => scenario({ companies: [company("A", { agent: { tokensPerMinute } })] });
    const binding = limited(5_000);
    const free = scenario();
    expect(simulate(binding, 0).companies[0].v1).toBeGreaterThan(simulate(free, 0).companies[0].v1 ?? Infinity);
    expect(simulate(applyLever(binding, "no-rate-limit"), 0).companies[0].v1).toBeCloseTo(simulate(free, 0).companies[0].v1 ?? NaN, 10);
    const loose = limited(1e12);
    // A limit that never made a call wait: the run without it is this very run (so it is not re-run).
    const stats = { events: 0, rateLimitWait: -1 };
    const asRun = simulate(loose, 0, { stats });
    expect(stats.rateLimitWait).toBe(0);
    expect(simulate(applyLever(loose, "no-rate-limit"), 0)).toEqual(asRun);
    simulate(binding, 0, { stats });
    expect(stats.rateLimitWait).toBeGreaterThan(0);
  });

  it("knows when a lever changes nothing, and then the re-run is exactly the run as it was", () => {
    // Every turn already unattended, no rate limit, unlimited sessions: those costs are already free.
    const s = scenario({ companies: [company("A", { agent: { sessions: Infinity } })] });
    for (const id of ["steering-free", "no-rate-limit", "unlimited-sessions"]) {
      expect(leverChanges(s, id)).toBe(false);
      expect(simulate(applyLever(s, id), 3)).toEqual(simulate(s, 3));
    }
    // No feedback latency by default: that lever too changes nothing.
    expect(leverChanges(s, "no-feedback-latency")).toBe(false);
    for (const id of ["instant-model", "instant-review", "instant-tools"]) expect(leverChanges(s, id)).toBe(true);
  });

  it("packs into rows and reads back as weeks saved (positive = sooner)", () => {
    const s = scenario({ companies: [company("A", { agent: { timeToFirstToken: 0.25 } })], horizon: 4 * 168 });
    const levered = applyLever(s, "instant-model");
    const first = simulate(s, 0);
    // Six runs re-run (the fewest an effect is told from none with), seven as run.
    const layout = layoutFor(first, ["instant-model"], 6);
    const rows = new Float64Array(layout.width * 7);
    for (let r = 0; r < 7; r++) {
      packRun(simulate(s, r), layout, rows, r * layout.width);
      packLeverRun(r < 6 ? simulate(levered, r) : null, layout, 0, rows, r * layout.width);
    }
    const effects = leverEffects(new RunTable(layout, rows), 4 * 168);
    const v1 = effects.find((e) => e.metric === "v1");
    expect(v1?.runs).toBe(6);
    expect(v1?.medianWeeksSaved).toBeCloseTo(1.25 / 168, 10);
    expect(v1?.shareSooner).toBe(1);
    // 1.25 hours in every run: a zero-width interval just above the under-an-hour floor.
    expect(v1).toMatchObject({ inScenario: true, detectable: true });
  });

  it("parses --levers: all, none, a list in the default order, and refuses an unknown id", () => {
    expect(parseLevers("all")).toEqual(LEVER_IDS);
    expect(parseLevers("none")).toEqual([]);
    expect(parseLevers("no-feedback-latency, instant-model")).toEqual(["instant-model", "no-feedback-latency"]);
    expect(() => parseLevers("instant-everything")).toThrow(/unknown lever "instant-everything"/);
    expect(parseLevers("no-rate-limit,no-feedback-latency")).toEqual(["no-feedback-latency", "no-rate-limit"]);
    // A removed lever says why and what to use instead.
    expect(() => parseLevers("no-feedback-delay")).toThrow(/"no-feedback-delay" was removed \(the feedback delay is the users' time with a release.*use no-feedback-latency\)/);
  });
});
