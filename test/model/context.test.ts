/**
 * The context window (src/model/context.ts, docs/model.md "The context window"): a task's context
 * grows turn by turn; a turn that would read more than the offering's window is preceded by a
 * compaction, one model call that reads the whole context and writes a summary. Checked in closed
 * form by hand, in the limit (a window nothing reaches changes nothing), and by monotonicity (a
 * smaller window never compacts less nor finishes sooner; a faster offering compacts faster).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactions, turnsThatFit, type ContextShape } from "../../src/model/context.ts";
import { simulate } from "../../src/model/index.ts";
import { loadScenario, type Scenario } from "../../src/scenario/index.ts";
import { company, scenario } from "./scenario-builder.ts";

const SECOND = 1 / 3600;
/** A context of 20k tokens growing 10k a turn, a 10k summary, a 100k window. */
const SHAPE: ContextShape = { base: 20_000, growthPerTurn: 10_000, summary: 10_000, window: 100_000 };

describe("how many compactions a pass needs (closed form)", () => {
  it("a fresh context of 20k fits 9 turns in 100k (20k, 30k, … 100k); after a compaction, 30k fits 8", () => {
    expect(turnsThatFit(20_000, SHAPE)).toBe(9);
    expect(turnsThatFit(30_000, SHAPE)).toBe(8);
  });

  it("9 turns: none; 10 turns: one; 17: still one; 18: two; 30: three (⌈(30 − 9) ÷ 8⌉)", () => {
    expect(compactions(9, SHAPE)).toBe(0);
    expect(compactions(10, SHAPE)).toBe(1);
    expect(compactions(17, SHAPE)).toBe(1);
    expect(compactions(18, SHAPE)).toBe(2);
    expect(compactions(30, SHAPE)).toBe(3);
  });

  it("no window, or a context that does not grow, never compacts", () => {
    expect(compactions(10_000, { ...SHAPE, window: Infinity })).toBe(0);
    expect(compactions(10_000, { ...SHAPE, growthPerTurn: 0 })).toBe(0);
  });

  const shapes = fc.record({
    base: fc.integer({ min: 0, max: 100_000 }),
    summary: fc.integer({ min: 0, max: 20_000 }),
    growthPerTurn: fc.integer({ min: 1, max: 50_000 }),
    room: fc.integer({ min: 1, max: 1_000_000 }),
  });
  it("a smaller window never compacts less (any context, any pass length)", () => {
    fc.assert(
      fc.property(shapes, fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500_000 }), (s, turns, more) => {
        const small = { ...s, window: s.base + s.summary + s.room };
        const large = { ...small, window: small.window + more };
        return compactions(turns, small) >= compactions(turns, large);
      }),
    );
  });

  it("the count is the number of turns that do not fit, stretch by stretch (checked turn by turn)", () => {
    fc.assert(
      fc.property(shapes, fc.integer({ min: 1, max: 300 }), (s, turns) => {
        const shape = { ...s, window: s.base + s.summary + s.room };
        // Walk the turns: a turn that would read more than the window first compacts.
        let context = shape.base;
        let count = 0;
        for (let k = 0; k < turns; k++) {
          if (k > 0 && context > shape.window) {
            count++;
            context = shape.base + shape.summary;
          }
          context += shape.growthPerTurn;
        }
        return compactions(turns, shape) === count;
      }),
    );
  });
});

/**
 * One unattended task of 30 turns writing 1k output tokens each, a context growing 10 tokens per
 * output token (10k a turn) from 20k, a 10k summary: in a 100k window, 3 compactions, each reading
 * a full window (the context has just passed it).
 */
function contextCase(window: number, tokensPerSecond = 100, prefillTokensPerSecond = 100_000) {
  return company("A", {
    agent: { contextWindow: window, tokensPerSecond, prefillTokensPerSecond },
    task: { turns: 30, outputTokens: 30_000, baseContext: 20_000, contextGrowth: 10, summaryTokens: 10_000 },
  });
}
/** v1 only: the next release waits a day for feedback, past a 10 h horizon. */
const run = (c: ReturnType<typeof company>) => simulate(scenario({ horizon: 10, companies: [c] }), 0).companies[0];

describe("a compaction costs a model call: its prefill, first token and summary decode, and its tokens", () => {
  const without = run(contextCase(Infinity));
  const within = run(contextCase(100_000));

  it("3 compactions at 100 tok/s: each 1 s of prefill (100k at 100k/s) + 100 s of summary (10k tokens) = 303 s later", () => {
    expect(within.v1! - without.v1!).toBeCloseTo(3 * 101 * SECOND, 9);
    expect(within.breakdownToV1!.agentGeneration - without.breakdownToV1!.agentGeneration).toBeCloseTo(3 * 100 * SECOND, 9);
    expect(within.breakdownToV1!.prefill - without.breakdownToV1!.prefill).toBeCloseTo(3 * SECOND, 9);
  });

  it("billed like any call: 3 × 10k output tokens and 3 × 100k input tokens more", () => {
    expect(within.tokens.output - without.tokens.output).toBeCloseTo(30_000, 6);
    expect(within.tokens.input + within.tokens.cachedInput - (without.tokens.input + without.tokens.cachedInput)).toBeCloseTo(300_000, 6);
    expect(within.tokenSpend).toBeGreaterThan(without.tokenSpend);
  });

  it("a faster offering compacts faster: at 1,000 tok/s the same 3 compactions take 3 × (1 s + 10 s)", () => {
    const fastWithout = run(contextCase(Infinity, 1000));
    const fastWithin = run(contextCase(100_000, 1000));
    expect(fastWithin.v1! - fastWithout.v1!).toBeCloseTo(3 * 11 * SECOND, 9);
  });

  it("a smaller window never finishes sooner (any window from 30k up; prefill instant, so a compaction costs the same at any window)", () => {
    const instant = (window: number) => run(contextCase(window, 100, Infinity));
    fc.assert(
      fc.property(fc.integer({ min: 30_001, max: 400_000 }), fc.integer({ min: 0, max: 400_000 }), (window, more) => instant(window).v1! >= instant(window + more).v1!),
      { numRuns: 30 },
    );
  });
});

describe("grounded.yaml: the limit and the effect", () => {
  const grounded = loadScenario(new URL("../../scenarios/grounded.yaml", import.meta.url).pathname);
  const withWindow = (window: number | null): Scenario => ({
    ...grounded,
    companies: grounded.companies.map((c) => ({ ...c, agent: { ...c.agent, contextWindow: window ?? c.agent.contextWindow } })),
  });
  const runs = (s: Scenario) => Array.from({ length: 12 }, (_, r) => simulate(s, r));

  it("a window no context reaches (a trillion tokens) gives exactly the runs of no window at all", () => {
    expect(runs(withWindow(1e12))).toEqual(runs(withWindow(Infinity)));
  });

  it("Codex-Spark's agent hours to v1 rise as its window shrinks: 256k < 128k < 64k (mean of 12 runs)", () => {
    const agentHours = (window: number) => {
      const s = { ...grounded, companies: grounded.companies.map((c) => (c.name === "B" ? { ...c, agent: { ...c.agent, contextWindow: window } } : c)) };
      const bs = runs(s).map((r) => r.companies[1].breakdownToV1!);
      return bs.reduce((sum, b) => sum + b.prefill + b.timeToFirstToken + b.agentGeneration, 0) / bs.length;
    };
    expect(agentHours(128_000)).toBeGreaterThan(agentHours(256_000));
    expect(agentHours(64_000)).toBeGreaterThan(agentHours(128_000));
  });

  it("the catalogue's windows (200k for Opus 4.6, 128k for Codex-Spark) are reached: more tokens billed than without", () => {
    const catalogue = runs(withWindow(null));
    const none = runs(withWindow(Infinity));
    for (const company of [0, 1]) {
      const billed = (rs: typeof none) => rs.reduce((sum, r) => sum + r.companies[company].tokens.output, 0);
      expect(billed(catalogue)).toBeGreaterThan(billed(none));
    }
  });
});
