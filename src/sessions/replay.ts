/**
 * Re-timing a recorded session on another offering: the answer with the fewest assumptions. Tools
 * and person time stay as recorded; only each model call changes.
 *
 * A recorded call took `r` seconds. The catalogue explains a call on offering O as
 *   m(O) = context ÷ O.prefill + O.firstToken + output ÷ O.tokensPerSecond
 * (context = every input token the call read). The recorded call is taken as the recorded
 * offering's m(old) plus what the catalogue does not explain (network, queueing, retries), which
 * stays; when the call was quicker than m(old), the offering ran faster than catalogued and the
 * whole call is scaled:
 *   f = min(1, r ÷ m(old)),   replayed = r − f·m(old) + f·m(new)
 * so replaying on the recorded offering gives back the recording exactly, and a faster offering
 * never makes a call longer.
 *
 * Wall time saved: the session's own calls run one after another, so their savings add up. A
 * subagent transcript ran inside a tool call of its parent: its calls' savings add up within it,
 * and of subagents that ran at the same time only the largest saving shortens the parent's wait.
 * The hours saved are an upper bound where a person was away during a call (their return does not
 * move), and cannot see that a faster agent may change what the person does.
 */
import type { RecordedCall, RecordedSession } from "./types.ts";

const MS_PER_HOUR = 3_600_000;

/** One offering as the replay needs it: speeds, latency and prices (USD per million tokens). */
export interface ReplayOffering {
  /** Catalogue name, or a description (`68 tok/s`). */
  name: string;
  tokensPerSecond: number;
  prefillTokensPerSecond: number;
  /** Mean time to first token, seconds. */
  timeToFirstTokenSeconds: number;
  pricePerMInput: number;
  pricePerMCachedInput: number;
  pricePerMOutput: number;
  /** Context size above which a call is billed at the long-context prices (Infinity: no tier). */
  longContextAbove: number;
  longContextPricePerMInput: number;
  longContextPricePerMCachedInput: number;
  longContextPricePerMOutput: number;
}

/** One session re-timed. Hours are wall-clock hours; money is USD. */
export interface ReplayedSession {
  file: string;
  modelCalls: number;
  /** Wall span as recorded. */
  recordedHours: number;
  /** Wall span with every call re-timed. */
  replayedHours: number;
  /** recordedHours − replayedHours (negative: the new offering is slower). */
  savedHours: number;
  /** savedHours ÷ recordedHours, null for an empty span. */
  shareSaved: number | null;
  /** Summed call time as recorded and as replayed (calls of subagents included). */
  callHoursRecorded: number;
  callHoursReplayed: number;
  /** The session's tokens billed at the recorded offerings' prices and at the new one's. */
  recordedCostUsd: number;
  replayedCostUsd: number;
  /** The session's own calls (not subagents'), for the attention counts. */
  ownCalls: number;
  /**
   * Own calls that, with the tools their reply started, end within the attention span (a person
   * watching would wait rather than switch to other work, docs/model.md §2): as recorded and replayed.
   */
  withinAttentionRecorded: number;
  withinAttentionReplayed: number;
}

/** Nielsen's response-time limit, ~10 s, the model's default `attentionSpan` (seconds). */
export const ATTENTION_SPAN_SECONDS = 10;

/** Seconds the catalogue gives one call on `o`. */
export function modelledCallSeconds(call: RecordedCall, o: ReplayOffering): number {
  const context = call.inputTokens + call.cacheReadTokens + call.cacheWriteTokens;
  return context / o.prefillTokensPerSecond + o.timeToFirstTokenSeconds + call.outputTokens / o.tokensPerSecond;
}

/** Seconds of one call replayed on `next`, recorded on `old` (see the file's comment). */
export function replayedCallSeconds(call: RecordedCall, old: ReplayOffering, next: ReplayOffering): number {
  const recorded = Math.max(0, (call.end - call.start) / 1000);
  const mOld = modelledCallSeconds(call, old);
  if (!(mOld > 0)) return recorded;
  const f = Math.min(1, recorded / mOld);
  return Math.max(0, recorded - f * mOld + f * modelledCallSeconds(call, next));
}

/**
 * USD of one call's tokens on `o`. Cache writes are billed at the input price (the catalogue has
 * no cache-write price; Anthropic bills them at 1.25× input, so this is a lower bound there).
 */
export function callCostUsd(call: RecordedCall, o: ReplayOffering): number {
  const context = call.inputTokens + call.cacheReadTokens + call.cacheWriteTokens;
  const long = context > o.longContextAbove;
  const input = long ? o.longContextPricePerMInput : o.pricePerMInput;
  const cached = long ? o.longContextPricePerMCachedInput : o.pricePerMCachedInput;
  const output = long ? o.longContextPricePerMOutput : o.pricePerMOutput;
  return ((call.inputTokens + call.cacheWriteTokens) * input + call.cacheReadTokens * cached + call.outputTokens * output) / 1e6;
}

/**
 * Re-times `session` on `next`. `recordedAs` gives the offering each call was recorded on (by the
 * model index of the call).
 */
export function replaySession(session: RecordedSession, recordedAs: (modelIndex: number) => ReplayOffering, next: ReplayOffering): ReplayedSession {
  const recordedMs = session.last > session.first ? session.last - session.first : 0;
  let mainSaved = 0;
  let callRecorded = 0;
  let callReplayed = 0;
  let costRecorded = 0;
  let costReplayed = 0;
  // Per subagent part: its span and its calls' summed saving.
  const parts = new Map<number, { start: number; end: number; saved: number }>();
  for (const call of session.calls) {
    const old = recordedAs(call.model);
    const recorded = Math.max(0, (call.end - call.start) / 1000);
    const replayed = replayedCallSeconds(call, old, next);
    callRecorded += recorded;
    callReplayed += replayed;
    costRecorded += callCostUsd(call, old);
    costReplayed += callCostUsd(call, next);
    const saved = (recorded - replayed) * 1000;
    if (call.part === 0) {
      mainSaved += saved;
    } else {
      const p = parts.get(call.part);
      if (p === undefined) parts.set(call.part, { start: call.start, end: call.end, saved });
      else {
        p.start = Math.min(p.start, call.start);
        p.end = Math.max(p.end, call.end);
        p.saved += saved;
      }
    }
  }
  const savedMs = mainSaved + concurrentSaving([...parts.values()]);
  const attention = withinAttention(session, recordedAs, next);
  const savedHours = Math.min(savedMs, recordedMs) / MS_PER_HOUR;
  const recordedHours = recordedMs / MS_PER_HOUR;
  return {
    file: session.file,
    modelCalls: session.calls.length,
    recordedHours,
    replayedHours: recordedHours - savedHours,
    savedHours,
    shareSaved: recordedHours > 0 ? savedHours / recordedHours : null,
    callHoursRecorded: callRecorded / 3600,
    callHoursReplayed: callReplayed / 3600,
    recordedCostUsd: costRecorded,
    replayedCostUsd: costReplayed,
    ownCalls: attention.calls,
    withinAttentionRecorded: attention.recorded,
    withinAttentionReplayed: attention.replayed,
  };
}

/**
 * How many of the session's own calls, each with the tools its reply started (until the next own
 * call), end within {@link ATTENTION_SPAN_SECONDS}: as recorded, and with the call replayed. This is
 * the model's turn at real sizes: a call and its tools (docs/model.md §10).
 */
export function withinAttention(session: RecordedSession, recordedAs: (modelIndex: number) => ReplayOffering, next: ReplayOffering): { calls: number; recorded: number; replayed: number } {
  const own = session.calls.filter((c) => c.part === 0);
  const tools = session.tools.filter((t) => t.part === 0);
  let recorded = 0;
  let replayed = 0;
  let k = 0;
  for (let i = 0; i < own.length; i++) {
    const c = own[i];
    const until = i + 1 < own.length ? own[i + 1].start : Number.POSITIVE_INFINITY;
    let toolSeconds = 0;
    while (k < tools.length && tools[k].start < c.firstLine) k++;
    for (let j = k; j < tools.length && tools[j].start < until; j++) toolSeconds += (tools[j].end - tools[j].start) / 1000;
    const r = Math.max(0, (c.end - c.start) / 1000);
    if (r + toolSeconds <= ATTENTION_SPAN_SECONDS) recorded++;
    if (replayedCallSeconds(c, recordedAs(c.model), next) + toolSeconds <= ATTENTION_SPAN_SECONDS) replayed++;
  }
  return { calls: own.length, recorded, replayed };
}

/**
 * Subagents' savings on the parent's clock: parts whose spans overlap ran at the same time, and
 * the parent waited for the longest, so a group of overlapping parts saves its largest saving.
 */
export function concurrentSaving(parts: readonly { start: number; end: number; saved: number }[]): number {
  const sorted = [...parts].sort((a, b) => a.start - b.start);
  let total = 0;
  let groupEnd = Number.NEGATIVE_INFINITY;
  let groupBest = 0;
  let open = false;
  for (const p of sorted) {
    if (open && p.start < groupEnd) {
      groupBest = Math.max(groupBest, p.saved);
      groupEnd = Math.max(groupEnd, p.end);
    } else {
      if (open) total += groupBest;
      groupBest = p.saved;
      groupEnd = p.end;
      open = true;
    }
  }
  if (open) total += groupBest;
  return total;
}

/** The total of replayed sessions (shares recomputed from the sums). */
export function replayTotal(sessions: readonly ReplayedSession[]): ReplayedSession {
  const t: ReplayedSession = { file: "total", modelCalls: 0, recordedHours: 0, replayedHours: 0, savedHours: 0, shareSaved: null, callHoursRecorded: 0, callHoursReplayed: 0, recordedCostUsd: 0, replayedCostUsd: 0, ownCalls: 0, withinAttentionRecorded: 0, withinAttentionReplayed: 0 };
  for (const s of sessions) {
    t.modelCalls += s.modelCalls;
    t.recordedHours += s.recordedHours;
    t.replayedHours += s.replayedHours;
    t.savedHours += s.savedHours;
    t.callHoursRecorded += s.callHoursRecorded;
    t.callHoursReplayed += s.callHoursReplayed;
    t.recordedCostUsd += s.recordedCostUsd;
    t.replayedCostUsd += s.replayedCostUsd;
    t.ownCalls += s.ownCalls;
    t.withinAttentionRecorded += s.withinAttentionRecorded;
    t.withinAttentionReplayed += s.withinAttentionReplayed;
  }
  t.shareSaved = t.recordedHours > 0 ? t.savedHours / t.recordedHours : null;
  return t;
}
