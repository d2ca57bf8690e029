/**
 * Rivals respond: when a rival takes off (or ships), after a decision delay, a company adds agent
 * sessions or engineers, once. Hand-made scenarios (scenario-builder.ts): one task per release takes
 * 1 h of generation + 1 h of tools on one session, 1 h of review; a 24/7 team.
 */
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/model/index.ts";
import { company, constant, scenario } from "./scenario-builder.ts";

/** B takes off with its v1 at hour 6 (fit, nothing to learn). */
const leader = company("B", { takeoff: { fitChance: 1 } });
/** A builds a 24-task v1 on one agent session: 24 × 2 h of agent time in a row. */
const follower = (response = {}) => company("A", { product: { v1Tasks: 24 }, response });

describe("response to a rival", () => {
  it("adds agent sessions a decision delay after the rival's takeoff, and the follower ships sooner", () => {
    const slow = simulate(scenario({ companies: [follower(), leader] }), 0, { trace: true });
    const answered = simulate(scenario({ companies: [follower({ when: "rivalTakeoff", decisionDelay: 10, addSessions: 3 }), leader] }), 0, { trace: true });
    // Plan 0→2, then 24 tasks × 2 h on one session: v1 at 2 + 48 + 1 (last review) + 1 (release) = 52.
    expect(slow.companies[0].v1).toBeCloseTo(52, 9);
    const response = answered.trace!.find((e) => e.event === "response")!;
    expect(response.company).toBe("A");
    expect(response.time).toBeCloseTo(16, 9); // B took off at 6, + 10 h
    expect(response.detail).toMatch(/\+3 sessions/);
    // From hour 16 four sessions work the remaining tasks: v1 well before 52.
    expect(answered.companies[0].v1!).toBeLessThan(40);
  });

  it("switches inference offering after the decision: later work runs faster, at the new prices", () => {
    const base = follower().agent;
    // A "fast" offering: 10× the tokens/s at 6× the output price (the seed's speed-for-price trade).
    const fast = { ...base, tokensPerSecond: constant(1000), pricePerMOutput: 150, longContextPricePerMOutput: 150 };
    const slow = simulate(scenario({ companies: [follower(), leader] }), 0).companies[0];
    const switched = simulate(scenario({ companies: [follower({ when: "rivalTakeoff", decisionDelay: 4, model: "fast", offering: fast }), leader] }), 0, { trace: true });
    const a = switched.companies[0];
    // B takes off at 6, A switches at 10. v1's calls were shaped when its tasks were handed over
    // (hour 2), so v1 ships at 52 either way; v2's one task generates in 0.1 h instead of 1 h:
    // 24 h feedback + 2 plan + (0.1 + 1 tools) + 1 review + 1 release = 29.1 h instead of 30.
    expect(switched.trace!.find((e) => e.event === "response")!.detail).toMatch(/switches to fast/);
    expect(a.v1).toBeCloseTo(slow.v1!, 9);
    expect(slow.releases[1] - slow.releases[0]).toBeCloseTo(30, 9);
    expect(a.releases[1] - a.releases[0]).toBeCloseTo(29.1, 9);
    // Same tokens per release, dearer output: more spend for the same work.
    expect(a.tokenSpend).toBeGreaterThan(slow.tokenSpend);
  });

  it("does nothing with when: never, or when the trigger never happens", () => {
    const none = simulate(scenario({ companies: [follower(), leader] }), 0).companies[0];
    const never = simulate(scenario({ companies: [follower({ when: "never", addSessions: 3 }), leader] }), 0).companies[0];
    const noTakeoff = simulate(scenario({ companies: [follower({ when: "rivalTakeoff", addSessions: 3 }), company("B")] }), 0).companies[0];
    expect(never.v1).toBe(none.v1);
    expect(noTakeoff.v1).toBe(none.v1);
  });

  it("answers a rival's first release on rivalRelease, only once", () => {
    const r = simulate(scenario({ companies: [follower({ when: "rivalRelease", decisionDelay: 1, addSessions: 1 }), company("B")] }), 0, { trace: true });
    const responses = r.trace!.filter((e) => e.event === "response");
    expect(responses).toHaveLength(1);
    expect(responses[0].time).toBeCloseTo(7, 9); // B's v1 at 6, + 1 h
  });

  it("pays added engineers from the day they join", () => {
    const horizon = 100;
    const r = simulate(scenario({ horizon, companies: [follower({ when: "rivalTakeoff", decisionDelay: 10, addEngineers: 2 }), leader] }), 0).companies[0];
    // One engineer for 100 h, two more from hour 16: (100 + 2 × 84) engineer-hours at $4k a week.
    expect(r.teamSpend).toBeCloseTo((4000 / 168) * (100 + 2 * 84), 9);
  });

  it("lets a follower that buys capacity late close the gap: paired runs, it reaches the target sooner", () => {
    // Both fit at once; B's v1 is small (ships first), A's is big. A answers B's release.
    const grower = { p: 0.01, q: 0.7 };
    const b = company("B", { product: { v1Tasks: 6 }, takeoff: { fitChance: 1 }, growth: grower });
    const a = (response = {}) => company("A", { product: { v1Tasks: 30 }, takeoff: { fitChance: 1 }, growth: grower, response });
    let sooner = 0;
    let gapAlone = 0;
    let gapAnswering = 0;
    const RUNS = 20;
    for (let run = 0; run < RUNS; run++) {
      const alone = simulate(scenario({ horizon: 12 * 168, companies: [a(), b] }), run).companies;
      const answering = simulate(scenario({ horizon: 12 * 168, companies: [a({ when: "rivalRelease", decisionDelay: 1, addSessions: 9, addEngineers: 4 }), b] }), run).companies;
      expect(alone[0].target).not.toBeNull();
      expect(answering[0].target).not.toBeNull();
      if (answering[0].target! < alone[0].target!) sooner++;
      gapAlone += (alone[0].target! - alone[1].target!) / RUNS;
      gapAnswering += (answering[0].target! - answering[1].target!) / RUNS;
    }
    expect(sooner).toBeGreaterThan(RUNS * 0.8);
    expect(gapAnswering).toBeLessThan(gapAlone);
  });
});
