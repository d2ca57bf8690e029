import { describe, expect, it } from "vitest";
import { callCostUsd, concurrentSaving, noSkips, replayedCallSeconds, replaySession, withinAttention, type RecordedCall, type RecordedSession, type ReplayOffering } from "../../src/sessions/index.ts";

const offering = (tokensPerSecond: number, extra: Partial<ReplayOffering> = {}): ReplayOffering => ({
  name: `${tokensPerSecond} tok/s`,
  tokensPerSecond,
  prefillTokensPerSecond: 50_000,
  timeToFirstTokenSeconds: 2,
  pricePerMInput: 5,
  pricePerMCachedInput: 0.5,
  pricePerMOutput: 25,
  longContextAbove: Infinity,
  longContextPricePerMInput: 10,
  longContextPricePerMCachedInput: 1,
  longContextPricePerMOutput: 37.5,
  ...extra,
});

// 100k tokens of context → 2 s prefill; 2 s first token; 500 output tokens → 10 s at 50 tok/s: 14 s modelled.
const call = (seconds: number, part = 0, start = 0): RecordedCall => ({ start, firstLine: start + 3000, end: start + seconds * 1000, outputTokens: 500, inputTokens: 0, cacheReadTokens: 90_000, cacheWriteTokens: 10_000, model: 0, part });

describe("a replayed call", () => {
  it("keeps what the catalogue does not explain, and swaps the modelled part", () => {
    // recorded 20 s = 14 s modelled + 6 s unexplained; at 100 tok/s decode takes 5 s: 6 + 9 = 15 s
    expect(replayedCallSeconds(call(20), offering(50), offering(100))).toBeCloseTo(15, 12);
  });

  it("gives back the recording on the recorded offering, whatever the call's length", () => {
    for (const s of [1, 7, 14, 20, 300]) expect(replayedCallSeconds(call(s), offering(50), offering(50))).toBeCloseTo(s, 12);
  });

  it("scales a call quicker than the catalogue says", () => {
    // recorded 7 s, modelled 14 s: f = 1/2, replayed = 7 − 7 + 9/2 = 4.5 s
    expect(replayedCallSeconds(call(7), offering(50), offering(100))).toBeCloseTo(4.5, 12);
  });

  it("is never longer on a faster offering, and shortens with speed", () => {
    let previous = Infinity;
    for (const tps of [50, 100, 200, 1000, 1e6]) {
      const r = replayedCallSeconds(call(20), offering(50), offering(tps));
      expect(r).toBeLessThanOrEqual(previous);
      previous = r;
    }
    // the limit: decode free, 6 s unexplained + 2 s prefill + 2 s first token
    expect(previous).toBeCloseTo(10, 3);
  });

  it("bills cache reads at the cached price, writes and uncached input at the input price, long contexts at theirs", () => {
    // 10k × $5 + 90k × $0.5 + 500 × $25 per M
    expect(callCostUsd(call(20), offering(50))).toBeCloseTo((10_000 * 5 + 90_000 * 0.5 + 500 * 25) / 1e6, 12);
    expect(callCostUsd(call(20), offering(50, { longContextAbove: 50_000 }))).toBeCloseTo((10_000 * 10 + 90_000 * 1 + 500 * 37.5) / 1e6, 12);
  });
});

describe("a replayed session", () => {
  const session = (calls: RecordedCall[]): RecordedSession => ({ file: "s.jsonl", parts: [], models: ["m"], calls, tools: [], prompts: [0], promptStarts: [null], compactions: 0, first: 0, last: 3_600_000, skipped: noSkips(), skippedFiles: [], lines: 0, bytes: 0 });

  it("adds its own calls' savings; overlapping subagents save only their largest", () => {
    const calls = [call(20, 0, 0), call(20, 0, 100_000), call(20, 1, 200_000), call(20, 1, 230_000), call(20, 2, 210_000)];
    const r = replaySession(session(calls), () => offering(50), offering(100));
    // each call saves 5 s: 2 main calls = 10 s; parts 1 (two calls, 10 s) and 2 (5 s) overlap → 10 s
    expect(r.savedHours * 3600).toBeCloseTo(20, 9);
    expect(r.recordedHours).toBe(1);
    expect(r.shareSaved).toBeCloseTo(20 / 3600, 12);
    expect(r.callHoursRecorded * 3600).toBeCloseTo(100, 9);
  });

  it("groups only subagents whose spans overlap", () => {
    expect(concurrentSaving([{ start: 0, end: 10, saved: 3 }, { start: 5, end: 20, saved: 4 }, { start: 30, end: 40, saved: 2 }])).toBe(6);
  });
});

describe("calls within the attention span", () => {
  it("counts a call with the tools its reply started, as recorded and replayed", () => {
    // call 1: 0–4 s, its tool 4–10 s: 10 s in all, within the 10 s span (as recorded and replayed);
    // call 2: 10–29.9 s, no tool: 19.9 s recorded, 14 s of it modelled at 50 tok/s; at 100 tok/s
    // decode drops 5 s (14.9 s), at 10⁶ tok/s 10 s less 0.5 ms (9.9005 s: within).
    const calls = [{ ...call(4, 0, 0), firstLine: 2000 }, { ...call(19.9, 0, 10_000), firstLine: 12_000 }];
    const s: RecordedSession = { file: "s", parts: [], models: ["m"], calls, tools: [{ start: 4000, end: 10_000, part: 0 }], prompts: [0], promptStarts: [null], compactions: 0, first: 0, last: 30_000, skipped: noSkips(), skippedFiles: [], lines: 0, bytes: 0 };
    expect(withinAttention(s, () => offering(50), offering(50))).toEqual({ calls: 2, recorded: 1, replayed: 1 });
    expect(withinAttention(s, () => offering(50), offering(100))).toEqual({ calls: 2, recorded: 1, replayed: 1 });
    expect(withinAttention(s, () => offering(50), offering(1e6))).toEqual({ calls: 2, recorded: 1, replayed: 2 });
  });
});
