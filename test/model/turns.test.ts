/**
 * Humans in the loop, on hand-made scenarios whose answers are worked out by hand in the comments:
 * supervised turns hold an engineer, the attention span decides between waiting and switching,
 * the rate limit throttles, long-context prices apply above their threshold.
 * Defaults (scenario-builder.ts): a 24/7 team of one, planning 2 h, review 1 h, release work 1 h.
 */
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/model/index.ts";
import { breakdownTotal } from "../../src/model/breakdown.ts";
import { company, OFFICE_HOURS, scenario, type CompanyPatch } from "./scenario-builder.ts";

const SECOND = 1 / 3600;
const PLAN = 2;
const REVIEW = 1;
const RELEASE = 1;

/** One task of `turns` supervised turns; each call decodes 500 tokens at 100 tok/s (5 s) plus `toolsPerTurn` hours. */
function supervised(turns: number, prompt: number, read: number, toolsPerTurn: number, extra: CompanyPatch = {}) {
  return company("A", {
    ...extra,
    task: { turns, autonomy: 0, promptTime: prompt, readTime: read, outputTokens: 500 * turns, toolTime: toolsPerTurn * turns, ...extra.task },
    team: { refocusTime: 0.05, ...extra.team },
  });
}

describe("an exact case: one engineer, one task of n supervised turns", () => {
  // 12 turns of prompt 0.25 h, a 5 s call, and a read that makes each turn exactly half an hour.
  const n = 12;
  const call = 5 * SECOND;
  const prompt = 0.25;
  const read = 0.25 - call;

  it("off the calendar: planning + n × (prompt + call + read) + review + release work", () => {
    const r = simulate(scenario({ horizon: 30, companies: [supervised(n, prompt, read, 0)] }), 0).companies[0];
    expect(r.v1).toBeCloseTo(PLAN + n * (prompt + call + read) + REVIEW + RELEASE, 9); // = 10 h
    // The engineer sat through every call (5 s < the 10 s attention span): no refocus.
    expect(r.breakdownToV1?.waitingOnModel).toBeCloseTo(n * call, 9);
    expect(r.breakdownToV1?.steering).toBeCloseTo(n * (prompt + read), 9);
    expect(r.breakdownToV1?.refocus).toBe(0);
    expect(breakdownTotal(r.breakdownToV1!)).toBeCloseTo(r.v1!, 9);
  });

  it("on the calendar: the same 10 working hours from Monday 09:00 end Tuesday 11:00", () => {
    const s = scenario({ horizon: 60, companies: [supervised(n, prompt, read, 0, { team: { calendar: OFFICE_HOURS } })] });
    const r = s.companies[0] && simulate(s, 0).companies[0];
    // Monday 09:00 + 8 h = 17:00 (hour 17); 2 h more on Tuesday: 24 + 9 + 2 = hour 35.
    expect(r.v1).toBeCloseTo(35, 9);
    expect(r.breakdownToV1?.offHours).toBeCloseTo(35 - 10, 9);
    expect(breakdownTotal(r.breakdownToV1!)).toBeCloseTo(35, 9);
  });

  it("a call longer than the attention span costs refocus on each turn", () => {
    const tools = 0.1;
    const long = call + tools;
    const r = simulate(scenario({ horizon: 30, companies: [supervised(n, prompt, read, tools)] }), 0).companies[0];
    expect(r.v1).toBeCloseTo(PLAN + n * (prompt + long + 0.05 + read) + REVIEW + RELEASE, 9);
    expect(r.breakdownToV1?.refocus).toBeCloseTo(n * 0.05, 9);
    expect(r.breakdownToV1?.waitingOnModel).toBe(0);
    expect(r.breakdownToV1?.toolTime).toBeCloseTo(n * tools, 9);
    expect(r.breakdownToV1?.agentGeneration).toBeCloseTo(n * call, 9);
    expect(breakdownTotal(r.breakdownToV1!)).toBeCloseTo(r.v1!, 9);
  });
});

describe("attention: who holds the engineer", () => {
  // Two tasks of one supervised turn, two sessions, one engineer; prompt 0.2 h, read 0.3 h.
  const two = (toolsPerTurn: number) =>
    company("A", {
      agent: { sessions: 2 },
      product: { v1Tasks: 2 },
      task: { turns: 1, autonomy: 0, promptTime: 0.2, readTime: 0.3, outputTokens: 500, toolTime: toolsPerTurn },
      team: { refocusTime: 0.05 },
    });

  it("a short call keeps its engineer: the second task waits for the whole first turn", () => {
    const call = 5 * SECOND;
    const r = simulate(scenario({ horizon: 30, companies: [two(0)] }), 0).companies[0];
    // Plan 0→2; task 1's turn 2→2.5+call; task 2's turn →3+2·call; two reviews →5+2·call; release.
    expect(r.v1).toBeCloseTo(6 + 2 * call, 9);
  });

  it("a long call frees its engineer, who steers the other task meanwhile and pays refocus on return", () => {
    const c = 1 + 5 * SECOND; // 1 h of tools + 5 s of decoding
    const r = simulate(scenario({ horizon: 30, companies: [two(1)] }), 0).companies[0];
    // Task 1 prompt 2→2.2, call →2.2+c; the engineer prompts task 2 2.2→2.4 (call →2.4+c).
    // Task 1 back at 2.2+c: refocus + read →2.55+c; task 2 (waiting since 2.4+c) →2.9+c.
    // Reviews →3.9+c and →4.9+c; release work → 5.9+c.
    expect(r.v1).toBeCloseTo(5.9 + c, 9);
  });

  it("autonomy 1 needs no engineer until review, as unattended agents always did", () => {
    const r = simulate(scenario({ horizon: 30, companies: [company("A", { task: { turns: 3, autonomy: 1, promptTime: 5, readTime: 5 } })] }), 0).companies[0];
    // Plan 2, agent 1 h generation + 1 h tools, review 1, release 1: prompts and reads never happen.
    expect(r.v1).toBeCloseTo(6, 9);
    expect(r.breakdownToV1?.steering).toBe(0);
  });

  it("speed buys the most at the knee: a call dropping under the attention span saves refocus too", () => {
    const v1At = (tokensPerSecond: number) =>
      simulate(scenario({ horizon: 100, companies: [supervised(12, 0.1, 0.1, 0, { agent: { tokensPerSecond }, task: { outputTokens: 12 * 1500 } })] }), 0).companies[0].v1!;
    // 1,500 tokens per call: 15 s at 100 tok/s (switch, refocus), 7.5 s at 200 tok/s (attended).
    const slow = v1At(100);
    const fast = v1At(200);
    expect(slow - fast).toBeCloseTo(12 * (7.5 * SECOND + 0.05), 9);
    // Beyond the knee, doubling again saves only the decode time.
    expect(fast - v1At(400)).toBeCloseTo(12 * 3.75 * SECOND, 9);
  });
});

describe("the rate limit (tokens per minute, a token bucket)", () => {
  it("makes a call that exceeds the budget wait for the bucket to refill", () => {
    // One call of 1M input + 360k output tokens; the bucket holds 100k and refills 6M per hour.
    const r = simulate(scenario({ horizon: 30, companies: [company("A", { agent: { tokensPerMinute: 100_000 } })] }), 0).companies[0];
    const wait = (1_360_000 - 100_000) / 6_000_000;
    expect(r.v1).toBeCloseTo(6 + wait, 9);
    expect(r.breakdownToV1?.rateLimitWait).toBeCloseTo(wait, 9);
  });

  it("throttles more as the budget shrinks, and not at all when it is ample", () => {
    const v1At = (tokensPerMinute: number) => simulate(scenario({ horizon: 60, companies: [company("A", { agent: { tokensPerMinute, sessions: 3 }, product: { v1Tasks: 3 } })] }), 0).companies[0].v1!;
    const free = simulate(scenario({ horizon: 60, companies: [company("A", { agent: { sessions: 3 }, product: { v1Tasks: 3 } })] }), 0).companies[0].v1!;
    expect(v1At(10_000_000)).toBeCloseTo(free, 9);
    expect(v1At(200_000)).toBeGreaterThan(free);
    expect(v1At(50_000)).toBeGreaterThan(v1At(200_000));
  });
});

describe("prices", () => {
  it("bills a call whose context is above the long-context threshold at long-context prices", () => {
    const agent = { longContextAbove: 500_000, longContextPricePerMInput: 10, longContextPricePerMCachedInput: 1, longContextPricePerMOutput: 37.5 };
    // One turn reads 1M tokens (above 500k): 0.5M × $10 + 0.5M × $1 + 0.36M × $37.5.
    const one = simulate(scenario({ horizon: 10, companies: [company("A", { agent })] }), 0).companies[0];
    expect(one.tokenSpend).toBeCloseTo(5 + 0.5 + 13.5, 9);
    // Four turns read 250k each (below): the normal $11.75.
    const four = simulate(scenario({ horizon: 10, companies: [company("A", { agent, task: { turns: 4 } })] }), 0).companies[0];
    expect(four.tokenSpend).toBeCloseTo(11.75, 9);
  });

  it("adds the offering's cost per session-hour", () => {
    // The session is open 2→4 (1 h generation + 1 h tools).
    const r = simulate(scenario({ horizon: 10, companies: [company("A", { agent: { costPerSessionHour: 10 } })] }), 0).companies[0];
    expect(r.tokenSpend).toBeCloseTo(11.75 + 20, 9);
  });

  it("prefill takes input tokens ÷ prefill tokens/s, and a weaker model needs more turns", () => {
    const r = simulate(scenario({ horizon: 30, companies: [company("A", { agent: { prefillTokensPerSecond: 1_000_000 / 1800 } })] }), 0).companies[0];
    expect(r.v1).toBeCloseTo(6.5, 9); // 1M input tokens at 555.6 tok/s = 0.5 h
    expect(r.breakdownToV1?.prefill).toBeCloseTo(0.5, 9);
    const weak = simulate(scenario({ horizon: 30, companies: [company("A", { agent: { relativeTurns: 2, timeToFirstToken: 0.25 } })] }), 0).companies[0];
    expect(weak.breakdownToV1?.timeToFirstToken).toBeCloseTo(0.5, 9); // 1 turn × 2 = 2 calls × 0.25 h
  });
});

describe("levers: a cost set to zero or infinity is legal in compiled params", () => {
  it("runs with instant models, free steering, unlimited sessions and no rate limit", () => {
    const s = scenario({
      horizon: 30,
      companies: [
        supervised(12, 0, 0, 0, {
          agent: { tokensPerSecond: Infinity, prefillTokensPerSecond: Infinity, timeToFirstToken: 0, sessions: Infinity, maxSessions: Infinity, tokensPerMinute: Infinity },
          team: { refocusTime: 0 },
          product: { v1Tasks: 5 },
        }),
      ],
    });
    const r = simulate(s, 0).companies[0];
    // Only planning, five 1 h reviews by the one engineer and release work remain.
    expect(r.v1).toBeCloseTo(PLAN + 5 * REVIEW + RELEASE, 9);
  });
});

describe("supervisedTurns: one prompt, then the agent's own stretch (as recorded sessions show)", () => {
  // 12 turns, each call 5 s; supervisedTurns 1: one prompt (0.25 h), the first call, one read
  // (0.25 h − 5 s), then 11 unattended calls; autonomy 0 is overridden.
  const n = 12;
  const call = 5 * SECOND;
  it("costs the engineer one prompt and one read per task, whatever the number of turns", () => {
    const c = supervised(n, 0.25, 0.25 - call, 0, { task: { supervisedTurns: 1 } });
    const r = simulate(scenario({ horizon: 30, companies: [c] }), 0).companies[0];
    expect(r.v1).toBeCloseTo(PLAN + 0.25 + call + (0.25 - call) + (n - 1) * call + REVIEW + RELEASE, 9);
    expect(r.breakdownToV1?.steering).toBeCloseTo(0.25 + (0.25 - call), 9);
    expect(breakdownTotal(r.breakdownToV1!)).toBeCloseTo(r.v1!, 9);
  });

  it("is capped by the pass's turns, and 0 runs every turn alone (as autonomy 1)", () => {
    const all = simulate(scenario({ horizon: 30, companies: [supervised(n, 0.25, 0.25 - call, 0, { task: { supervisedTurns: 50 } })] }), 0).companies[0];
    const every = simulate(scenario({ horizon: 30, companies: [supervised(n, 0.25, 0.25 - call, 0)] }), 0).companies[0];
    expect(all.v1).toBeCloseTo(every.v1!, 12);
    const none = simulate(scenario({ horizon: 30, companies: [supervised(n, 0.25, 0.25 - call, 0, { task: { supervisedTurns: 0 } })] }), 0).companies[0];
    expect(none.v1).toBeCloseTo(PLAN + n * call + REVIEW + RELEASE, 9);
  });
});
