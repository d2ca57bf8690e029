/** Whole-run properties: determinism, common random numbers, the breakdown's bookkeeping. */
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/model/index.ts";
import { breakdownTotal } from "../../src/model/breakdown.ts";
import type { Rng } from "../../src/random/index.ts";
import { company, dist, OFFICE_HOURS, scenario } from "./scenario-builder.ts";

// Hand-rolled distributions keep this file independent of the sampler implementations.
const spread = (low: number, high: number) => dist((rng: Rng) => low + (high - low) * rng(), (low + high) / 2, `${low} to ${high}`);

const busy = (name: string, tokensPerSecond = 65) =>
  company(name, {
    agent: { tokensPerSecond, timeToFirstToken: 2 / 3600, sessions: 3, firstPassAcceptance: 0.7 },
    team: { engineers: 2, calendar: OFFICE_HOURS },
    task: {
      outputTokens: spread(20e3, 400e3),
      inputTokens: spread(200e3, 2e6),
      turns: spread(5, 40),
      toolTime: spread(0.1, 1),
      reviewTime: spread(0.2, 2),
      reworkShare: 0.4,
    },
    product: { v1Tasks: spread(10, 30), iterationTasks: spread(3, 10), planningTime: 4, releaseTime: spread(1, 6), feedbackDelay: spread(48, 200) },
    takeoff: { fitChance: 0.6, learningNeeded: spread(0.5, 3), evidencePerLearning: 200 },
    growth: { p: 0.01, q: 0.6, attractivenessCap: 1.5, attractivenessRate: 0.1 },
  });

const race = scenario({ horizon: 26 * 168, companies: [busy("A"), busy("B", 1000)], market: { earlyAdopterRate: 30, monthlyChurn: 0.03 } });

describe("simulate", () => {
  it("is a pure function of (seed, run)", () => {
    expect(simulate(race, 7)).toEqual(simulate(race, 7));
    expect(simulate(race, 7)).not.toEqual(simulate(race, 8));
    const traced = simulate(race, 7, { trace: true });
    const { trace, ...rest } = traced;
    expect(rest).toEqual(simulate(race, 7));
    expect(trace!.length).toBeGreaterThan(100);
    for (let i = 1; i < trace!.length; i++) expect(trace![i].time).toBeGreaterThanOrEqual(trace![i - 1].time);
  });

  it("breaks down every hour to v1 and to takeoff (parts sum to the span)", () => {
    let tookOff = 0;
    for (let run = 0; run < 30; run++) {
      for (const c of simulate(race, run).companies) {
        expect(c.v1).not.toBeNull();
        expect(Math.abs(breakdownTotal(c.breakdownToV1!) - c.v1!)).toBeLessThan(1e-9 * c.v1!);
        for (const hours of Object.values(c.breakdownToV1!)) expect(hours).toBeGreaterThanOrEqual(-1e-9);
        if (c.takeoff !== null) {
          tookOff += 1;
          expect(Math.abs(breakdownTotal(c.breakdownToTakeoff!) - c.takeoff)).toBeLessThan(1e-9 * c.takeoff);
          expect(c.releases[c.takeoffRelease! - 1]).toBe(c.takeoff);
        } else {
          expect(c.breakdownToTakeoff).toBeNull();
        }
      }
    }
    expect(tookOff).toBeGreaterThan(10);
  });

  it("keeps the books with engineers in the loop and a binding rate limit", () => {
    const steered = (name: string, tokensPerSecond: number) =>
      company(name, {
        ...{ agent: { tokensPerSecond, timeToFirstToken: 2 / 3600, prefillTokensPerSecond: 20_000, sessions: 3, firstPassAcceptance: 0.7, tokensPerMinute: 60_000 } },
        team: { engineers: 2, calendar: OFFICE_HOURS, refocusTime: spread(1 / 60, 10 / 60) },
        task: { outputTokens: spread(5e3, 60e3), inputTokens: spread(50e3, 500e3), turns: spread(2, 12), autonomy: 0.4, promptTime: spread(0.005, 0.05), readTime: spread(0.005, 0.05), toolTime: spread(0, 0.005), reviewTime: spread(0.1, 1), reworkShare: 0.4 },
        product: { v1Tasks: spread(10, 30), iterationTasks: spread(3, 10), planningTime: 4, releaseTime: spread(1, 6), feedbackDelay: spread(48, 200) },
        takeoff: { fitChance: 0.6, learningNeeded: spread(0.5, 3), evidencePerLearning: 200 },
      });
    const s = scenario({ horizon: 12 * 168, companies: [steered("A", 65), steered("B", 2000)] });
    let attended = 0;
    let throttled = 0;
    for (let run = 0; run < 20; run++) {
      for (const c of simulate(s, run).companies) {
        expect(Math.abs(breakdownTotal(c.breakdownToV1!) - c.v1!)).toBeLessThan(1e-9 * c.v1!);
        for (const hours of Object.values(c.breakdownToV1!)) expect(hours).toBeGreaterThanOrEqual(-1e-9);
        attended += c.breakdownToV1!.waitingOnModel;
        throttled += c.breakdownToV1!.rateLimitWait;
      }
    }
    expect(attended).toBeGreaterThan(0);
    expect(throttled).toBeGreaterThan(0);
  });

  it("gives every sweep point the same tasks (common random numbers)", () => {
    const slow = simulate(scenario({ horizon: race.horizon, companies: [busy("A", 65)] }), 3, { trace: true });
    const fast = simulate(scenario({ horizon: race.horizon, companies: [busy("A", 1000)] }), 3, { trace: true });
    const firstPasses = (r: typeof slow) =>
      r.trace!.filter((e) => e.event === "taskStart" && e.release === 1 && !e.detail.startsWith("rework")).map((e) => `${e.task}:${e.detail.split(",")[0]}`).sort();
    expect(firstPasses(fast)).toEqual(firstPasses(slow));
    expect(fast.companies[0].v1!).toBeLessThan(slow.companies[0].v1!);
  });

  it("records distribution-valued inputs under their full path, constants not", () => {
    const s = scenario({ companies: [company("B", { agent: { tokensPerSecond: spread(500, 1500) } })], market: { potentialCustomers: spread(1e5, 3e5) } });
    const inputs = simulate(s, 0).companies[0].inputs;
    expect(Object.keys(inputs).sort()).toEqual(["companies[B].agent.tokensPerSecond", "market.potentialCustomers"]);
    expect(inputs["companies[B].agent.tokensPerSecond"]).toBeGreaterThanOrEqual(500);
  });
});
